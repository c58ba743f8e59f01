//! [`Shared`]: an `Rc` whose equality is identity.
//!
//! Yew compares props (and `use_memo` dependencies) with `PartialEq` on
//! every render. `Rc<T>` compares the values it points to, so a prop holding
//! a worker result compared the whole result each time: for a 10 MiB
//! document that was the report's clean text and every list in it, several
//! times per render (over 100 ms on the main thread). A worker result never
//! changes in place — a new result is a new allocation — so identity is the
//! right equality for it.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

/// A shared, immutable value that compares equal only to itself (and its clones).
pub struct Shared<T: ?Sized>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Shared::new(value)
    }
}

impl<T: ?Sized> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Shared::new(T::default())
    }
}

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

/// Sorts `items` stably by `cmp`, through one shared sort of indices.
///
/// First-paint budget (250 KB brotli): each `slice::sort_by` with its own
/// closure is a fresh copy of the standard library's sort (~4 KB of wasm
/// each; the page had 17). Here only the index sort is compiled, once; the
/// comparison goes through `dyn`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> std::cmp::Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    {
        let items = &*items;
        sort_indices(&mut order, &|a, b| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => a.cmp(&b),
        });
    }
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// The one instance of the standard stable sort the page's own sorts share.
#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

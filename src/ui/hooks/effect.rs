//! [`use_effect_on`] and [`use_callback_on`]: Yew's `use_effect_with` and
//! `use_callback` through one instantiation.
//!
//! Every `use_effect_with(deps, f)` call site instantiates Yew's effect
//! machinery for its own dependency and closure types (about 0.5 KB of the
//! page's wasm each, twenty of them). Here the dependencies are compared and
//! the closure called through `dyn`, so the machinery is in the page once
//! (first-paint budget, BENCHMARKS.md).

use std::any::Any;
use yew::prelude::*;

/// A dependency value compared with another of any type.
trait AnyEq {
    fn as_any(&self) -> &dyn Any;
    fn eq_any(&self, other: &dyn Any) -> bool;
}

impl<T: PartialEq + 'static> AnyEq for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn eq_any(&self, other: &dyn Any) -> bool {
        other.downcast_ref::<T>() == Some(self)
    }
}

/// Dependencies behind `dyn`: equal when of the same type and equal.
struct Deps(Box<dyn AnyEq>);

impl PartialEq for Deps {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_any(other.0.as_any())
    }
}

/// An effect taking its dependencies behind `dyn`.
type Effect = Box<dyn FnOnce(&dyn Any)>;

/// The one instantiation of Yew's effect hook.
#[hook]
fn use_effect_dyn(deps: Deps, f: Effect) {
    use_effect_with(deps, move |d| f(d.0.as_any()));
}

/// Runs `f` with `deps` after a render whenever `deps` changed (and after the
/// first): `use_effect_with` for effects without a teardown.
#[hook]
pub fn use_effect_on<D, F>(deps: D, f: F)
where
    D: PartialEq + 'static,
    F: FnOnce(&D) + 'static,
{
    use_effect_dyn(
        Deps(Box::new(deps)),
        Box::new(move |d: &dyn Any| {
            if let Some(d) = d.downcast_ref::<D>() {
                f(d);
            }
        }),
    );
}

/// A callback and the dependencies it was made with, behind `dyn`.
type Memo = Option<(Deps, Box<dyn Any>)>;

/// The one instantiation of Yew's ref hook for [`use_callback_on`].
#[hook]
fn use_memo_slot() -> std::rc::Rc<std::cell::RefCell<Memo>> {
    use_mut_ref(|| None)
}

/// The same [`Callback`] render after render while `deps` stay equal
/// (`use_callback` through one instantiation). A child whose props hold
/// only such callbacks and unchanged data skips its render when the App
/// re-renders for something else (a 10 MiB concordance table was rebuilt
/// and reconciled on every status change: 40–80 ms of main thread).
/// `f` must read what changes through `deps` or a ref, never through a
/// state captured at the render that made it.
#[hook]
pub fn use_callback_on<IN, D, F>(deps: D, f: F) -> Callback<IN>
where
    IN: 'static,
    D: PartialEq + 'static,
    F: Fn(IN) + 'static,
{
    let slot = use_memo_slot();
    let mut slot = slot.borrow_mut();
    let deps = Deps(Box::new(deps));
    if let Some((old, cb)) = slot.as_ref() {
        if *old == deps {
            if let Some(cb) = cb.downcast_ref::<Callback<IN>>() {
                return cb.clone();
            }
        }
    }
    let cb = Callback::from(f);
    *slot = Some((deps, Box::new(cb.clone())));
    cb
}

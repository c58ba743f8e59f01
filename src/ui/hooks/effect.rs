//! [`use_effect_on`]: Yew's `use_effect_with` through one instantiation.
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

//! `use_controls`: a panel's control values as a reducer whose actions are
//! edits, so two quick edits (tick a box, then type) both apply to the latest
//! state instead of the second undoing the first, as happens with callbacks
//! that captured a `UseStateHandle`'s value at render time.

use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// Control values of type `T`; read them through `Deref`.
#[derive(Clone, PartialEq)]
pub struct Controls<T>(T);

impl<T> Deref for Controls<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// An edit of the controls.
pub type Edit<T> = Rc<dyn Fn(&mut T)>;

/// An edit of the controls made from an event.
type EventEdit<T, E> = Rc<dyn Fn(&mut T, &E)>;

impl<T: Clone + 'static> Reducible for Controls<T> {
    type Action = Edit<T>;

    fn reduce(self: Rc<Self>, edit: Edit<T>) -> Rc<Self> {
        let mut c = self.0.clone();
        edit(&mut c);
        Rc::new(Controls(c))
    }
}

/// The controls of a component, starting from `init`.
#[hook]
pub fn use_controls<T, F>(init: F) -> UseReducerHandle<Controls<T>>
where
    T: Clone + 'static,
    F: FnOnce() -> T,
{
    use_reducer(move || Controls(init()))
}

/// A callback that edits the controls with `f`, applied to the latest state.
pub fn edit<T: Clone + 'static, E: 'static>(
    controls: &UseReducerHandle<Controls<T>>,
    f: impl Fn(&mut T, &E) + 'static,
) -> Callback<E> {
    edit_dyn(controls, Rc::new(f))
}

/// [`edit`] behind one `dyn`: the callback and the dispatched edit are
/// compiled once per kind of controls and event, not once per call site
/// (first-paint budget: the page has ~40 of them).
fn edit_dyn<T: Clone + 'static, E: 'static>(
    controls: &UseReducerHandle<Controls<T>>,
    f: EventEdit<T, E>,
) -> Callback<E> {
    let dispatcher = controls.dispatcher();
    Callback::from(move |e: E| {
        let (f, e) = (f.clone(), Rc::new(e));
        dispatcher.dispatch(Rc::new(move |c: &mut T| f(c, &e)));
    })
}

//! Processing options: each cleaning rule and the Traditional → Simplified
//! conversion can be switched; a change re-analyses the whole corpus.

use crate::core::analyze::AnalyzeOptions;
use crate::core::clean::Rule;
use crate::ui::i18n::Strings;
use yew::prelude::*;

/// Props of [`settings`].
#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    /// UI strings.
    pub strings: &'static Strings,
    /// The current options.
    pub options: AnalyzeOptions,
    /// Called with the new options.
    pub on_options: Callback<AnalyzeOptions>,
}

fn toggled(options: &AnalyzeOptions, rule: Option<Rule>) -> AnalyzeOptions {
    let mut o = options.clone();
    match rule {
        None => o.to_simplified = !o.to_simplified,
        Some(r) => o.clean.set(r, !o.clean.enabled(r)),
    }
    o
}

/// A row of switches.
/// `open` (whether the switches show) is the parent's state: this is a plain
/// function, not a component (first-paint budget: each component type costs
/// the page ~4 KB of Yew lifecycle code).
pub fn settings(props: &SettingsProps, open: UseStateHandle<bool>) -> Html {
    let s = props.strings;
    let w = s.wb();
    let switch = |rule: Option<Rule>, label: &'static str, on: bool, key: &'static str| {
        let options = props.options.clone();
        let cb = props.on_options.clone();
        let onchange = Callback::from(move |_: Event| cb.emit(toggled(&options, rule)));
        // issue 21: each rule says what it does
        let help = match rule {
            Some(r) => w.rule_help(r),
            None => w.simplify_help,
        };
        let help_id = format!("opt-{key}-help");
        html! {
            <label class="switch" title={help}>
                <input type="checkbox" checked={on} {onchange} data-testid={format!("opt-{key}")}
                    aria-describedby={help_id.clone()}/>
                <span class="switch-text">
                    <span class="switch-name">{ label }</span>
                    <span class="switch-help" id={help_id}>{ help }</span>
                </span>
            </label>
        }
    };
    let o = &props.options;
    // controlled, so re-renders never fold the panel while the user works in it
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <section class="settings">
            <button type="button" class="disclosure" aria-expanded={open.to_string()}
                aria-controls="settings-switches" data-testid="settings" onclick={toggle}>{ s.settings }</button>
            <div class="switches" id="settings-switches" hidden={!*open}>
                { switch(None, s.opt_simplify, o.to_simplified, "simplify") }
                { for Rule::ALL.iter().map(|&r| switch(Some(r), s.rule(r), o.clean.enabled(r), r.kind())) }
            </div>
        </section>
    }
}

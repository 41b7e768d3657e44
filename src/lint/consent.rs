//! DL408–DL411 — how consent is asked: pre-ticked choices, cookie walls, refusing on
//! the first layer, consent taken from browser settings (`[consent]`,
//! docs/catalogue.md). Each rule reads only what the catalogue states: a fact left out
//! is not a finding.

use super::cx::Cx;
use crate::diag::codes::{
    BROWSER_SETTINGS_CONSENT, COOKIE_WALL, NO_REJECT_ON_FIRST_LAYER, PRE_TICKED_CONSENT,
};
use crate::model::{ConsentMechanism, facts};

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;
    let Some(consent) = &policy.consent else {
        return;
    };
    let needs_consent = policy.cookies.iter().any(facts::requires_consent);
    let asked = &consent.asked;
    if let Some(pre) = &asked.pre_ticked
        && pre.value
    {
        cx.emit(
            PRE_TICKED_CONSENT,
            &pre.loc,
            "choices in the consent banner are ticked in advance",
            "pre-ticked",
            "leave every non-necessary choice unticked until the visitor ticks it",
        );
    }
    if !needs_consent {
        return;
    }
    if let Some(wall) = &asked.cookie_wall
        && wall.value
    {
        cx.emit(
            COOKIE_WALL,
            &wall.loc,
            "the site can only be used after accepting cookies",
            "cookie wall",
            "let visitors use the site when they refuse; if a genuine equivalent alternative exists, allow this rule with a comment saying which",
        );
    }
    if consent.mechanism.value == ConsentMechanism::OptInBanner
        && let Some(reject) = &asked.reject_first_layer
        && !reject.value
    {
        cx.emit(
            NO_REJECT_ON_FIRST_LAYER,
            &reject.loc,
            "the banner's first layer offers accepting but not refusing",
            "no reject on the first layer",
            "offer \"refuse all\" beside \"accept all\", as visible, then set reject_first_layer = true",
        );
    }
    if consent.mechanism.value == ConsentMechanism::BrowserSettings {
        cx.emit(
            BROWSER_SETTINGS_CONSENT,
            &consent.mechanism.loc,
            "consent for cookies is taken from the browser's settings",
            "browser settings",
            "ask before setting cookies that need consent (mechanism = \"opt-in-banner\")",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;

    /// The complete catalogue with one of its `[consent]` facts turned around.
    fn with(fact: &str) -> String {
        let (key, value) = fact.split_once(" = ").unwrap();
        let other = if value == "true" { "false" } else { "true" };
        edit(
            COMPLETE,
            &format!("{key} = {other}\n"),
            &format!("{fact}\n"),
        )
    }

    #[test]
    fn pre_ticked_choices_are_an_error() {
        let text = with("pre_ticked = true");
        let diag = lint_text(&text).fires_once("DL408", line_of(&text, "pre_ticked = true"));
        assert_eq!(diag.severity, crate::diag::Severity::Error);
        lint_text(COMPLETE).quiet("DL408");
        lint_text(COMPLETE).quiet("DL408");
    }

    #[test]
    fn a_cookie_wall_is_questioned() {
        let text = with("cookie_wall = true");
        lint_text(&text).fires_once("DL409", line_of(&text, "cookie_wall = true"));
        lint_text(COMPLETE).quiet("DL409");
    }

    #[test]
    fn refusing_belongs_on_the_first_layer() {
        let text = with("reject_first_layer = false");
        lint_text(&text).fires_once("DL410", line_of(&text, "reject_first_layer = false"));
        lint_text(COMPLETE).quiet("DL410");
        // Not stated is not a finding.
        let unstated = edit(COMPLETE, "reject_first_layer = true\n", "");
        lint_text(&unstated).quiet("DL410");
    }

    #[test]
    fn browser_settings_are_not_consent() {
        let text = edit(
            COMPLETE,
            "mechanism = \"opt-in-banner\"",
            "mechanism = \"browser-settings\"",
        );
        lint_text(&text).fires_once("DL411", line_of(&text, "mechanism = \"browser-settings\""));
        lint_text(COMPLETE).quiet("DL411");
        // Without cookies that need consent there is nothing to consent to.
        let necessary_only = remove_table(&text, "[[cookies]]\nname = \"_ac_id");
        lint_text(&necessary_only).quiet("DL411");
    }
}

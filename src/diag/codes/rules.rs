//! Compliance rules (docs/lints.md); each one's long explanation is
//! `docs/lints/<CODE>.md`, included at build time.

use super::{Code, Kind};
use crate::diag::Severity;

/// A structural number for a rule: DL017 was a structural warning before it could be
/// allowed like a rule, and codes are stable.
pub const MISSING_MESSAGES: &Code = &Code {
    code: "DL017",
    name: "missing-messages",
    default_severity: Severity::Warning,
    summary: "a policy locale lacks some of disclose's own messages, so parts of its pages fall back to another language (an error under `--strict-translations`)",
    source: "GDPR Art. 12(1); WCAG 2.1 SC 3.1.2",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL017.md"),
};

pub const CONTROLLER_CONTACT_MISSING: &Code = &Code {
    code: "DL101",
    name: "controller-contact-missing",
    default_severity: Severity::Warning,
    summary: "the controller gives no e-mail address, telephone number or postal address",
    source: "GDPR Art. 13(1)(a), 14(1)(a)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL101.md"),
};

pub const DPO_CONTACT_MISSING: &Code = &Code {
    code: "DL102",
    name: "dpo-contact-missing",
    default_severity: Severity::Warning,
    summary: "a data protection officer is declared without an e-mail address, telephone number or address",
    source: "GDPR Art. 13(1)(b), 14(1)(b), 37(7)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL102.md"),
};

pub const PURPOSE_WITHOUT_LEGAL_BASIS: &Code = &Code {
    code: "DL103",
    name: "purpose-without-legal-basis",
    default_severity: Severity::Warning,
    summary: "a purpose states no legal basis",
    source: "GDPR Art. 13(1)(c), 14(1)(c), 6(1)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL103.md"),
};

pub const LEGITIMATE_INTEREST_UNSTATED: &Code = &Code {
    code: "DL104",
    name: "legitimate-interest-unstated",
    default_severity: Severity::Warning,
    summary: "a purpose relies on legitimate interests without stating the interest",
    source: "GDPR Art. 13(1)(d), 14(2)(b)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL104.md"),
};

pub const RECIPIENTS_MISSING: &Code = &Code {
    code: "DL105",
    name: "recipients-missing",
    default_severity: Severity::Warning,
    summary: "a data category names no recipients or categories of recipients",
    source: "GDPR Art. 13(1)(e), 14(1)(e)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL105.md"),
};

pub const PROCESSOR_COUNTRY_MISSING: &Code = &Code {
    code: "DL106",
    name: "processor-country-missing",
    default_severity: Severity::Warning,
    summary: "a processor or other recipient has no country, so a transfer outside the EEA cannot be ruled out",
    source: "GDPR Art. 13(1)(f), 14(1)(f)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL106.md"),
};

pub const THIRD_COUNTRY_WITHOUT_SAFEGUARD: &Code = &Code {
    code: "DL107",
    name: "third-country-without-safeguard",
    default_severity: Severity::Warning,
    summary: "a recipient outside the EEA has no transfer mechanism",
    source: "GDPR Art. 13(1)(f), 14(1)(f), 44, 46(1)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL107.md"),
};

pub const SAFE_HARBOR_TRANSFER: &Code = &Code {
    code: "DL201",
    name: "safe-harbor-transfer",
    default_severity: Severity::Error,
    summary: "a transfer relies on Safe Harbor, invalid since 6 October 2015 (CJEU C-362/14, Schrems I)",
    source: "GDPR Art. 44, 45(1); CJEU C-362/14 (Schrems I)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL201.md"),
};

pub const PRIVACY_SHIELD_TRANSFER: &Code = &Code {
    code: "DL202",
    name: "privacy-shield-transfer",
    default_severity: Severity::Error,
    summary: "a transfer relies on the EU-US Privacy Shield, invalid since 16 July 2020 (CJEU C-311/18, Schrems II)",
    source: "GDPR Art. 44, 45(1), 46(1); CJEU C-311/18 (Schrems II)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL202.md"),
};

pub const DPF_OUTSIDE_US: &Code = &Code {
    code: "DL203",
    name: "dpf-outside-us",
    default_severity: Severity::Error,
    summary: "the EU-US Data Privacy Framework is named for a recipient outside the United States",
    source: "GDPR Art. 45(1); Commission Implementing Decision (EU) 2023/1795",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL203.md"),
};

pub const ADEQUACY_WITHOUT_DECISION: &Code = &Code {
    code: "DL204",
    name: "adequacy-without-decision",
    default_severity: Severity::Warning,
    summary: "`adequacy` is named for a country without a Commission adequacy decision",
    source: "GDPR Art. 45(1), 45(3)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL204.md"),
};

pub const RETENTION_MISSING: &Code = &Code {
    code: "DL301",
    name: "retention-missing",
    default_severity: Severity::Warning,
    summary: "a data category has no retention period or criteria, and [privacy].retention gives no general one",
    source: "GDPR Art. 13(2)(a), 14(2)(a)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL301.md"),
};

pub const COOKIE_LIFETIME_UNSTATED: &Code = &Code {
    code: "DL302",
    name: "cookie-lifetime-unstated",
    default_severity: Severity::Warning,
    summary: "a persistent cookie does not say how long it lasts",
    source: "GDPR Art. 13(2)(a); ePrivacy Art. 5(3); CJEU C-673/17 (Planet49), para. 81",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL302.md"),
};

pub const RIGHTS_MISSING: &Code = &Code {
    code: "DL303",
    name: "rights-missing",
    default_severity: Severity::Warning,
    summary: "the policy does not mention every right Art. 13(2)(b) requires (access, rectification, erasure, restriction, objection, portability)",
    source: "GDPR Art. 13(2)(b), 14(2)(c)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL303.md"),
};

pub const WITHDRAWAL_NOT_OFFERED: &Code = &Code {
    code: "DL304",
    name: "withdrawal-not-offered",
    default_severity: Severity::Warning,
    summary: "processing relies on consent, but the right to withdraw consent is not granted",
    source: "GDPR Art. 13(2)(c), 14(2)(d), 7(3)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL304.md"),
};

pub const COMPLAINT_RIGHT_MISSING: &Code = &Code {
    code: "DL305",
    name: "complaint-right-missing",
    default_severity: Severity::Warning,
    summary: "the right to complain to a supervisory authority is not granted, or no authority is named",
    source: "GDPR Art. 13(2)(d), 14(2)(e), 77(1)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL305.md"),
};

pub const AUTOMATED_DECISIONS_UNADDRESSED: &Code = &Code {
    code: "DL306",
    name: "automated-decisions-unaddressed",
    default_severity: Severity::Warning,
    summary: "the privacy policy does not say whether decisions are made solely by automated means",
    source: "GDPR Art. 13(2)(f), 14(2)(g), 22(1)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL306.md"),
};

pub const AUTOMATED_DECISIONS_LOGIC_MISSING: &Code = &Code {
    code: "DL307",
    name: "automated-decisions-logic-missing",
    default_severity: Severity::Warning,
    summary: "automated decision-making is declared without the logic involved and its consequences",
    source: "GDPR Art. 13(2)(f), 14(2)(g), 22",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL307.md"),
};

pub const COOKIE_WITHOUT_CONSENT: &Code = &Code {
    code: "DL401",
    name: "cookie-without-consent",
    default_severity: Severity::Warning,
    summary: "a cookie that is not strictly necessary serves no purpose based on consent",
    source: "ePrivacy Art. 5(3); GDPR Art. 6(1)(a)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL401.md"),
};

pub const IMPLIED_CONSENT: &Code = &Code {
    code: "DL402",
    name: "implied-consent",
    default_severity: Severity::Error,
    summary: "consent is \"implied\" from continued use of the site, which is not valid consent",
    source: "GDPR Art. 4(11), 7; ePrivacy Art. 5(3); CJEU C-673/17 (Planet49)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL402.md"),
};

pub const COOKIE_WITHOUT_DURATION: &Code = &Code {
    code: "DL403",
    name: "cookie-without-duration",
    default_severity: Severity::Warning,
    summary: "a cookie does not state its lifetime",
    source: "ePrivacy Art. 5(3); GDPR Art. 13(2)(a); CJEU C-673/17 (Planet49), para. 81",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL403.md"),
};

pub const CONSENT_NOT_ASKED: &Code = &Code {
    code: "DL404",
    name: "consent-not-asked",
    default_severity: Severity::Error,
    summary: "cookies that need consent are set, but the consent mechanism is \"none\"",
    source: "ePrivacy Art. 5(3); GDPR Art. 4(11), 6(1)(a)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL404.md"),
};

pub const CONSENT_MECHANISM_MISSING: &Code = &Code {
    code: "DL405",
    name: "consent-mechanism-missing",
    default_severity: Severity::Warning,
    summary: "cookies that need consent are set, but the catalogue does not say how consent is asked",
    source: "ePrivacy Art. 5(3); GDPR Art. 7(1)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL405.md"),
};

pub const NECESSARY_COOKIE_TOO_LONG: &Code = &Code {
    code: "DL406",
    name: "necessary-cookie-too-long",
    default_severity: Severity::Warning,
    summary: "a strictly necessary cookie lasts longer than plausible (default threshold: 13 months)",
    source: "ePrivacy Art. 5(3); GDPR Art. 5(1)(e); WP29 Opinion 04/2012 (WP194)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL406.md"),
};

pub const UNNAMED_COOKIE: &Code = &Code {
    code: "DL407",
    name: "unnamed-cookie",
    default_severity: Severity::Warning,
    summary: "a cookie is described without its name, so visitors cannot identify it",
    source: "ePrivacy Art. 5(3); GDPR Art. 12(1)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL407.md"),
};

pub const PRE_TICKED_CONSENT: &Code = &Code {
    code: "DL408",
    name: "pre-ticked-consent",
    default_severity: Severity::Error,
    summary: "the consent banner ticks choices in advance, which is not valid consent",
    source: "GDPR Art. 4(11), Recital 32; CJEU C-673/17 (Planet49), operative part 1",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL408.md"),
};

pub const COOKIE_WALL: &Code = &Code {
    code: "DL409",
    name: "cookie-wall",
    default_severity: Severity::Warning,
    summary: "the site can only be used after accepting cookies (a cookie wall), so consent may not be freely given",
    source: "GDPR Art. 4(11), 7(4); EDPB Guidelines 05/2020 on consent, paras. 39-41",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL409.md"),
};

pub const NO_REJECT_ON_FIRST_LAYER: &Code = &Code {
    code: "DL410",
    name: "no-reject-on-first-layer",
    default_severity: Severity::Warning,
    summary: "the banner's first layer offers accepting but not refusing",
    source: "GDPR Art. 7(3), 4(11); EDPB Cookie Banner Taskforce report (17 January 2023), on the first layer without a reject button",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL410.md"),
};

pub const BROWSER_SETTINGS_CONSENT: &Code = &Code {
    code: "DL411",
    name: "browser-settings-consent",
    default_severity: Severity::Warning,
    summary: "consent for cookies is taken from the browser's settings",
    source: "ePrivacy Art. 5(3), Recital 66 of Directive 2009/136/EC; WP29 Opinion 2/2010 (WP171), 4.1.1; CJEU C-673/17 (Planet49)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL411.md"),
};

pub const UNUSED_PURPOSE: &Code = &Code {
    code: "DL501",
    name: "unused-purpose",
    default_severity: Severity::Note,
    summary: "a purpose is used by no cookie and no data category",
    source: "GDPR Art. 5(1)(a), 12(1)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL501.md"),
};

pub const UNREFERENCED_PROCESSOR: &Code = &Code {
    code: "DL502",
    name: "unreferenced-processor",
    default_severity: Severity::Warning,
    summary: "a processor appears in no published document: the catalogue produces only a cookie policy and no cookie names it as provider",
    source: "GDPR Art. 13(1)(e), 14(1)(e)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL502.md"),
};

pub const CATEGORY_BASIS_MISMATCH: &Code = &Code {
    code: "DL503",
    name: "category-basis-mismatch",
    default_severity: Severity::Warning,
    summary: "a cookie's category contradicts its purposes' legal bases",
    source: "ePrivacy Art. 5(3); GDPR Art. 6(1)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL503.md"),
};

pub const MISSING_TRANSLATION: &Code = &Code {
    code: "DL504",
    name: "missing-translation",
    default_severity: Severity::Warning,
    summary: "a text has no translation for a declared locale",
    source: "GDPR Art. 12(1); WP29 Guidelines on transparency (WP260 rev.01)",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL504.md"),
};

pub const INVALID_LINT_SETTING: &Code = &Code {
    code: "DL505",
    name: "invalid-lint-setting",
    default_severity: Severity::Warning,
    summary: "a key of [lints] names no rule, or necessary_max_duration is not a length",
    source: "disclose [lints] table",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL505.md"),
};

pub const UNRELEASED_CONSENT_CHANGE: &Code = &Code {
    code: "DL601",
    name: "unreleased-consent-change",
    default_severity: Severity::Warning,
    summary: "what visitors consent to changed since the last release in [[changes]], but [policy] version and effective still name that release",
    source: "GDPR Art. 7, 13(3); WP260 rev.01 paras 29-32",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL601.md"),
};

pub const RELEASE_NOT_RECORDED: &Code = &Code {
    code: "DL602",
    name: "release-not-recorded",
    default_severity: Severity::Warning,
    summary: "[policy] version or effective differs from the newest release in [[changes]]",
    source: "GDPR Art. 13(3); WP260 rev.01 paras 29-32",
    kind: Kind::Rule,
    explanation: include_str!("../../../docs/lints/DL602.md"),
};

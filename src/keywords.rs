//! The closed vocabularies of the catalogue: legal bases, cookie categories, rights, …
//!
//! Shared by the catalogue (its JSON Schema names them) and the model (which parses
//! them), so it sits below both.
//!
//! Each is an enum with the exact keyword written in TOML. One macro defines the enum,
//! its keyword list (for "did you mean" and docs) and its serialisation, so the three
//! can never disagree.

use serde::Serialize;

/// A closed vocabulary: every value and the keyword that spells it.
pub trait Keyword: Sized + Copy + 'static {
    /// What the vocabulary is called in messages ("legal basis", "cookie category").
    const WHAT: &'static str;
    const ALL: &'static [(&'static str, Self)];

    fn parse(word: &str) -> Option<Self> {
        Self::ALL.iter().find(|(k, _)| *k == word).map(|(_, v)| *v)
    }

    fn keyword(self) -> &'static str;

    fn keywords() -> impl Iterator<Item = &'static str> {
        Self::ALL.iter().map(|(k, _)| *k)
    }
}

macro_rules! keyword_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $kw:literal : $doc:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl Keyword for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [(&'static str, Self)] = &[$(($kw, Self::$variant)),+];
            fn keyword(self) -> &'static str {
                match self { $(Self::$variant => $kw),+ }
            }
        }

        impl $name {
            /// What each keyword means, for docs and the JSON Schema.
            pub fn description(self) -> &'static str {
                match self { $(Self::$variant => $doc),+ }
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!("A ", $what, "."),
                    "oneOf": [ $( { "const": $kw, "description": $doc } ),+ ]
                })
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.keyword())
            }
        }
    };
}

keyword_enum!(
    /// GDPR Art. 6(1) (a)–(f).
    LegalBasis, "legal basis" {
        Consent = "consent": "the person has given consent (GDPR Art. 6(1)(a))",
        Contract = "contract": "needed to perform a contract with the person, or to take steps at their request before one (Art. 6(1)(b))",
        LegalObligation = "legal-obligation": "needed to comply with a legal obligation (Art. 6(1)(c))",
        VitalInterests = "vital-interests": "needed to protect someone's vital interests (Art. 6(1)(d))",
        PublicTask = "public-task": "needed for a task in the public interest or in the exercise of official authority (Art. 6(1)(e))",
        LegitimateInterests = "legitimate-interests": "needed for the legitimate interests of the controller or a third party; state the interest (Art. 6(1)(f))",
    }
);

keyword_enum!(
    /// The four categories consent banners use.
    CookieCategory, "cookie category" {
        Necessary = "necessary": "strictly necessary for a service the visitor asked for; no consent needed (ePrivacy Art. 5(3))",
        Preferences = "preferences": "remembers choices such as language; needs consent",
        Analytics = "analytics": "measures use of the site; needs consent",
        Marketing = "marketing": "tracks visitors for advertising or campaigns; needs consent",
    }
);

impl CookieCategory {
    /// ePrivacy Art. 5(3): only strictly necessary storage is exempt from consent.
    pub fn requires_consent(self) -> bool {
        self != Self::Necessary
    }
}

keyword_enum!(
    /// The consent types of Google Consent Mode v2, as Google names them
    /// (developers.google.com/tag-platform/security/concepts/consent-mode; Tag Manager
    /// Help 13802165). docs/exports.md gives the table that derives each from the
    /// catalogue.
    ConsentSignal, "Google consent mode signal" {
        AdStorage = "ad_storage": "storage (cookies, device identifiers) related to advertising",
        AdUserData = "ad_user_data": "sending user data related to advertising to Google",
        AdPersonalization = "ad_personalization": "personalised advertising (remarketing)",
        AnalyticsStorage = "analytics_storage": "storage related to analytics, e.g. visit duration",
        FunctionalityStorage = "functionality_storage": "storage that supports the functionality of the site, e.g. language settings",
        PersonalizationStorage = "personalization_storage": "storage related to personalisation, e.g. video recommendations",
        SecurityStorage = "security_storage": "storage related to security: authentication, fraud prevention, other user protection; granted with the necessary category only",
    }
);

keyword_enum!(
    StorageKind, "storage kind" {
        Cookie = "cookie": "an HTTP cookie",
        LocalStorage = "local-storage": "the browser's localStorage",
        SessionStorage = "session-storage": "the browser's sessionStorage",
        IndexedDb = "indexed-db": "an IndexedDB database",
        Pixel = "pixel": "a tracking pixel or web beacon",
        Flash = "flash": "a Flash local shared object",
    }
);

keyword_enum!(
    /// The legal instrument for a transfer outside the EEA (GDPR Chapter V).
    TransferMechanism, "transfer mechanism" {
        Adequacy = "adequacy": "the country has an adequacy decision (GDPR Art. 45)",
        Scc = "scc": "standard contractual clauses (Art. 46(2)(c))",
        Bcr = "bcr": "binding corporate rules (Art. 47)",
        EuUsDpf = "eu-us-dpf": "EU-US Data Privacy Framework, for certified US recipients (adequacy decision of 10 July 2023)",
        Derogation = "derogation": "a derogation for specific situations (Art. 49)",
        /// Invalidated by the CJEU on 16 July 2020 (C-311/18); kept so it can be flagged.
        PrivacyShield = "privacy-shield": "EU-US Privacy Shield: invalid since 16 July 2020 (CJEU C-311/18); kept to describe old policies",
        /// Invalidated by the CJEU on 6 October 2015 (C-362/14); kept so it can be flagged.
        SafeHarbor = "safe-harbor": "Safe Harbor: invalid since 6 October 2015 (CJEU C-362/14); kept to describe old policies",
    }
);

keyword_enum!(
    RecipientRole, "recipient role" {
        Processor = "processor": "processes data on the controller's behalf (Art. 28)",
        Controller = "controller": "an independent controller that decides its own purposes",
        JointController = "joint-controller": "decides purposes and means together with the controller (Art. 26)",
        /// A category of recipients rather than one named organisation.
        Recipients = "recipients": "a category of recipients rather than one named organisation",
    }
);

keyword_enum!(
    /// Data-subject rights, GDPR Art. 13(2)(b)–(d) and Art. 15–22, 77.
    Right, "right" {
        Information = "information": "to be informed about the processing (Art. 13-14)",
        Access = "access": "of access (Art. 15)",
        Rectification = "rectification": "to rectification (Art. 16)",
        Erasure = "erasure": "to erasure (Art. 17)",
        Restriction = "restriction": "to restriction of processing (Art. 18)",
        Portability = "portability": "to data portability (Art. 20)",
        Objection = "objection": "to object (Art. 21)",
        AutomatedDecisions = "automated-decisions": "not to be subject to solely automated decisions (Art. 22)",
        WithdrawConsent = "withdraw-consent": "to withdraw consent at any time (Art. 7(3))",
        Complaint = "complaint": "to lodge a complaint with a supervisory authority (Art. 77)",
    }
);

keyword_enum!(
    ConsentMechanism, "consent mechanism" {
        OptInBanner = "opt-in-banner": "a banner asks for consent before non-necessary cookies are set",
        BrowserSettings = "browser-settings": "the browser's cookie settings are relied on",
        Implied = "implied": "continued use is taken as consent (not valid consent under the GDPR)",
        None = "none": "consent is not asked for",
    }
);

keyword_enum!(
    DataSource, "data source" {
        DataSubject = "data-subject": "from the person themselves",
        Cookies = "cookies": "collected through cookies",
        ThirdParty = "third-party": "from third parties",
        Public = "public": "from public sources",
    }
);

keyword_enum!(
    /// How a compliance rule is applied (like clippy's lint levels).
    LintLevel, "lint level" {
        Allow = "allow": "the rule is not checked",
        Warn = "warn": "findings are warnings",
        Deny = "deny": "findings are errors",
    }
);

keyword_enum!(
    /// The page size of the PDFs.
    PaperSize, "paper size" {
        A4 = "a4": "ISO A4, 210 × 297 mm (Europe and most of the world)",
        Letter = "letter": "US Letter, 8.5 × 11 in (the United States, Canada, Mexico and others)",
    }
);

keyword_enum!(
    DocumentKind, "document" {
        CookiePolicy = "cookie-policy": "the cookie policy",
        PrivacyPolicy = "privacy-policy": "the privacy policy",
    }
);

keyword_enum!(
    /// What a change to a catalogue asks of the organisation (docs/changes.md).
    ChangeClass, "change class" {
        Editorial = "editorial": "wording, translations, or a change in the visitor's favour: publish it (GDPR Art. 12(1), Recital 39)",
        Material = "material": "the information owed under Art. 13/14 changes: notify people before it takes effect (Art. 13(3); WP260 rev.01 paras 29-32)",
        Consent = "consent": "what visitors consented to no longer covers the processing: ask for consent again (Art. 7, Art. 4(11))",
    }
);

keyword_enum!(
    /// A part a document is built of, by its anchor: where a catalogue section is placed
    /// (`before` / `after`).
    PagePart, "part of a document" {
        WhatAreCookies = "what-are-cookies": "what cookies are (cookie policy)",
        Consent = "consent": "how consent is asked (cookie policy)",
        Cookies = "cookies": "the cookie tables (cookie policy)",
        Purposes = "purposes": "the purposes and their legal bases",
        ThirdParties = "third-parties": "the third parties that set cookies (cookie policy)",
        ManagingCookies = "managing-cookies": "how to manage cookies in the browser (cookie policy)",
        Controller = "controller": "who is responsible (privacy policy)",
        Data = "data": "the categories of personal data (privacy policy)",
        Recipients = "recipients": "who receives data (privacy policy)",
        Transfers = "transfers": "transfers outside the EEA (privacy policy)",
        Storage = "storage": "where data is kept (privacy policy)",
        Retention = "retention": "how long data is kept (privacy policy)",
        Rights = "rights": "the rights people have",
        AutomatedDecisions = "automated-decisions": "automated decisions (privacy policy)",
        MoreInformation = "more-information": "further reading",
        Changes = "changes": "the history of changes to the policy",
        Contact = "contact": "whom to contact (cookie policy)",
    }
);

keyword_enum!(
    /// The kinds of change `disclose diff` reports, one per fact of the catalogue.
    ChangeKind, "change kind" {
        CookieAdded = "cookie-added": "a cookie is added",
        CookieRemoved = "cookie-removed": "a cookie is removed",
        CookieRenamed = "cookie-renamed": "a cookie has a new name (same provider and purposes)",
        LifetimeLonger = "lifetime-longer": "a cookie lasts longer",
        LifetimeShorter = "lifetime-shorter": "a cookie lasts less long",
        CategoryChanged = "category-changed": "a cookie moves to another category",
        CookiePurposesChanged = "cookie-purposes-changed": "a cookie serves other purposes",
        CookieProviderChanged = "cookie-provider-changed": "a cookie is set by another provider",
        PurposeAdded = "purpose-added": "a purpose is added",
        PurposeRemoved = "purpose-removed": "a purpose is removed",
        LegalBasisChanged = "legal-basis-changed": "a purpose relies on another legal basis",
        RecipientAdded = "recipient-added": "a processor or recipient is added",
        RecipientRemoved = "recipient-removed": "a processor or recipient is removed",
        CountryChanged = "country-changed": "a recipient processes data in another country",
        TransferChanged = "transfer-changed": "a recipient's transfer mechanism changes",
        RecipientRoleChanged = "recipient-role-changed": "a recipient's role or own use of the data changes",
        DataAdded = "data-added": "a category of personal data is added",
        DataRemoved = "data-removed": "a category of personal data is removed",
        DataPurposesChanged = "data-purposes-changed": "data is used for other purposes",
        DataRecipientsChanged = "data-recipients-changed": "data goes to other recipients",
        SourcesChanged = "sources-changed": "data comes from other sources",
        RetentionChanged = "retention-changed": "data is kept for another period",
        RightGranted = "right-granted": "a right is newly granted",
        RightWithdrawn = "right-withdrawn": "a right is no longer listed",
        ContactChanged = "contact-changed": "the controller's, DPO's or authority's details change",
        AutomatedDecisionsChanged = "automated-decisions-changed": "what is said about automated decisions changes",
        ConsentMechanismChanged = "consent-mechanism-changed": "consent is asked in another way",
        StorageChanged = "storage-changed": "data is kept in another place",
        SectionAdded = "section-added": "a clause of the organisation's own is added",
        SectionRemoved = "section-removed": "a clause of the organisation's own is removed",
        DocumentAdded = "document-added": "a document is published",
        DocumentRemoved = "document-removed": "a document is no longer published",
        LocaleAdded = "locale-added": "a language is published",
        LocaleRemoved = "locale-removed": "a language is no longer published",
        TextChanged = "text-changed": "wording changes",
    }
);

keyword_enum!(
    /// Where a catalogue section goes, when not beside a named part.
    SectionPlace, "section place" {
        Top = "top": "at the top, before the first generated part",
        End = "end": "at the very end, after every generated part",
    }
);

impl DocumentKind {
    /// The parts of the document in the order the built-in templates write them
    /// (a part without content, such as transfers when there are none, is left out of
    /// the page but keeps its place for sections placed beside it).
    pub fn parts(self) -> &'static [PagePart] {
        use PagePart::*;
        match self {
            Self::CookiePolicy => &[
                WhatAreCookies,
                Consent,
                Cookies,
                Purposes,
                ThirdParties,
                ManagingCookies,
                Rights,
                MoreInformation,
                Changes,
                Contact,
            ],
            Self::PrivacyPolicy => &[
                Controller,
                Data,
                Purposes,
                Recipients,
                Transfers,
                Storage,
                Retention,
                Rights,
                AutomatedDecisions,
                MoreInformation,
                Changes,
            ],
        }
    }
}

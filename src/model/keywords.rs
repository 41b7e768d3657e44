//! The closed vocabularies of the catalogue: legal bases, cookie categories, rights, …
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
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $kw:literal),+ $(,)? }) => {
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
        Consent = "consent",
        Contract = "contract",
        LegalObligation = "legal-obligation",
        VitalInterests = "vital-interests",
        PublicTask = "public-task",
        LegitimateInterests = "legitimate-interests",
    }
);

keyword_enum!(
    /// The four categories consent banners use.
    CookieCategory, "cookie category" {
        Necessary = "necessary",
        Preferences = "preferences",
        Analytics = "analytics",
        Marketing = "marketing",
    }
);

impl CookieCategory {
    /// ePrivacy Art. 5(3): only strictly necessary storage is exempt from consent.
    pub fn requires_consent(self) -> bool {
        self != Self::Necessary
    }
}

keyword_enum!(
    StorageKind, "storage kind" {
        Cookie = "cookie",
        LocalStorage = "local-storage",
        SessionStorage = "session-storage",
        IndexedDb = "indexed-db",
        Pixel = "pixel",
        Flash = "flash",
    }
);

keyword_enum!(
    /// The legal instrument for a transfer outside the EEA (GDPR Chapter V).
    TransferMechanism, "transfer mechanism" {
        Adequacy = "adequacy",
        Scc = "scc",
        Bcr = "bcr",
        EuUsDpf = "eu-us-dpf",
        Derogation = "derogation",
        /// Invalidated by the CJEU on 16 July 2020 (C-311/18); kept so it can be flagged.
        PrivacyShield = "privacy-shield",
        /// Invalidated by the CJEU on 6 October 2015 (C-362/14); kept so it can be flagged.
        SafeHarbor = "safe-harbor",
    }
);

keyword_enum!(
    RecipientRole, "recipient role" {
        Processor = "processor",
        Controller = "controller",
        JointController = "joint-controller",
        /// A category of recipients rather than one named organisation.
        Recipients = "recipients",
    }
);

keyword_enum!(
    /// Data-subject rights, GDPR Art. 13(2)(b)–(d) and Art. 15–22, 77.
    Right, "right" {
        Information = "information",
        Access = "access",
        Rectification = "rectification",
        Erasure = "erasure",
        Restriction = "restriction",
        Portability = "portability",
        Objection = "objection",
        AutomatedDecisions = "automated-decisions",
        WithdrawConsent = "withdraw-consent",
        Complaint = "complaint",
    }
);

keyword_enum!(
    ConsentMechanism, "consent mechanism" {
        OptInBanner = "opt-in-banner",
        BrowserSettings = "browser-settings",
        Implied = "implied",
        None = "none",
    }
);

keyword_enum!(
    DataSource, "data source" {
        DataSubject = "data-subject",
        Cookies = "cookies",
        ThirdParty = "third-party",
        Public = "public",
    }
);

keyword_enum!(
    DocumentKind, "document" {
        CookiePolicy = "cookie-policy",
        PrivacyPolicy = "privacy-policy",
    }
);

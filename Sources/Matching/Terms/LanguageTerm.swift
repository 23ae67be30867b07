import Domain

/// Language: 1 when the expert speaks the case's language; 0.6 for Mandarin where the parties speak the
/// Dalian dialect (they understand each other, less warmly); otherwise 0 (an interpreter is needed).
public enum LanguageTerm {
    public static func value(speaks languages: Set<Language>, needed: Language) -> Double {
        value(speaks: languages.mask, needed: needed)
    }

    /// The same, for languages as a bit mask (the matcher's hot path).
    static func value(speaks mask: UInt32, needed: Language) -> Double {
        if mask & needed.bit != 0 { return 1 }
        if needed == .dalianDialect && mask & Language.mandarin.bit != 0 { return 0.6 }
        return 0
    }
}

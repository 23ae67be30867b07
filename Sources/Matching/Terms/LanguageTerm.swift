import Domain

/// Language: 1 when the expert speaks the case's language; 0.6 for Mandarin where the parties speak the
/// Dalian dialect (they understand each other, less warmly); otherwise 0 (an interpreter is needed).
public enum LanguageTerm {
    public static func value(speaks languages: Set<Language>, needed: Language) -> Double {
        if languages.contains(needed) { return 1 }
        if needed == .dalianDialect && languages.contains(.mandarin) { return 0.6 }
        return 0
    }
}

import Domain

/// The pages are written in Chinese first, as the centre works in it, and in English.
extension TextLanguage {
    /// The reader's choice: the switch's cookie, else the best of Accept-Language, else Chinese.
    static func negotiate(cookie: String?, acceptLanguage: String?) -> TextLanguage {
        if let cookie, let chosen = TextLanguage(rawValue: cookie) { return chosen }
        var best: (language: TextLanguage, quality: Double)?
        for item in (acceptLanguage ?? "").split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let language: TextLanguage? = tag.hasPrefix("zh") ? .zh : tag.hasPrefix("en") ? .en : nil
            if let language, quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        return best?.language ?? .zh
    }

    var other: TextLanguage { self == .zh ? .en : .zh }
    /// The switch's label, in its own language.
    var name: String { self == .zh ? "中文" : "English" }
}

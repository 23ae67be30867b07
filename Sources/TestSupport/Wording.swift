/// The English words left in a text meant to be Chinese: runs of two or more lowercase ASCII letters.
/// Identifiers (`E-0001`, `C-2026-00001`), dates and numbers are not words, so a Chinese sentence that quotes
/// them has none.
public func englishWords(in text: String) -> [String] {
    text.matches(of: /[a-z]{2,}/).map { String($0.output) }
}

/// True when `text` holds at least one Chinese character.
public func hasChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}

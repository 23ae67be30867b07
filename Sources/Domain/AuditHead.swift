import Foundation

/// The newest event's hash and how many events the chain holds, `HASH:COUNT`: published or sent elsewhere, it
/// shows later whether the chain was cut back or rewritten.
public struct AuditHead: Hashable, Sendable, Codable, LosslessStringConvertible {
    public var hash: String
    public var count: Int64

    public init(hash: String, count: Int64) {
        self.hash = hash
        self.count = count
    }

    /// Reads `HASH:COUNT`, the count after the last colon.
    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let count = Int64(text[text.index(after: colon)...]), count >= 0 else { return nil }
        self.init(hash: String(text[..<colon]), count: count)
    }

    public var description: String { "\(hash):\(count)" }
}

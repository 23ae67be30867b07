import Foundation

/// One state change: who did what to which record, when and why. Append-only and hash-chained.
public struct AuditEvent: Hashable, Sendable, Codable {
    /// Position in the chain, from 1.
    public var sequence: Int64
    public var at: Date
    public var actor: String
    public var action: String
    public var recordType: String
    public var recordID: String
    /// JSON of the record before and after the change.
    public var before: String?
    public var after: String?
    public var reason: String?
    /// The hash of the previous event, empty for the first.
    public var previousHash: String
    public var hash: String

    public init(
        sequence: Int64, at: Date, actor: String, action: String, recordType: String, recordID: String,
        before: String?, after: String?, reason: String?, previousHash: String, hash: String
    ) {
        self.sequence = sequence
        self.at = at
        self.actor = actor
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.before = before
        self.after = after
        self.reason = reason
        self.previousHash = previousHash
        self.hash = hash
    }
}

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

/// A state change to record, before the store gives it its place and hash in the chain.
public struct AuditDraft: Hashable, Sendable {
    public var at: Date
    public var actor: String
    public var action: String
    public var recordType: String
    public var recordID: String
    public var before: String?
    public var after: String?
    public var reason: String?

    public init(at: Date, actor: String, action: String, recordType: String, recordID: String, before: String? = nil,
        after: String? = nil, reason: String? = nil)
    {
        self.at = at
        self.actor = actor
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.before = before
        self.after = after
        self.reason = reason
    }

    /// A draft whose before and after are the JSON of two values (nil for a record created or removed).
    public init<Record: Encodable>(at: Date, actor: String, action: String, recordType: String, recordID: String,
        before: Record?, after: Record?, reason: String? = nil)
    {
        self.init(at: at, actor: actor, action: action, recordType: recordType, recordID: recordID,
            before: before.map(Self.json), after: after.map(Self.json), reason: reason)
    }

    /// The JSON of a record as the chain stores it: keys sorted, dates in ISO 8601.
    public static func json<Record: Encodable>(_ record: Record) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(record)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}

/// What checking the audit chain found.
public enum AuditVerification: Hashable, Sendable, Codable {
    case intact(events: Int)
    /// The first event that breaks the chain, and how.
    case broken(sequence: Int64, problem: String)

    public var isIntact: Bool {
        if case .intact = self { return true }
        return false
    }
}

/// Who makes a change, when and why: what the store needs to write its audit events.
public struct AuditContext: Hashable, Sendable {
    public var at: Date
    public var actor: String
    public var reason: String?

    public init(at: Date, actor: String, reason: String? = nil) {
        self.at = at
        self.actor = actor
        self.reason = reason
    }

    /// A draft of one change to one record.
    public func draft<Record: Encodable>(_ action: String, _ recordType: String, _ recordID: String, before: Record?, after: Record?) -> AuditDraft {
        AuditDraft(at: at, actor: actor, action: action, recordType: recordType, recordID: recordID, before: before, after: after, reason: reason)
    }
}

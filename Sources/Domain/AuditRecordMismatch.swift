import Foundation

/// A row that disagrees with the audit chain: the field's value now and the value the event that last set it says.
public struct AuditRecordMismatch: Hashable, Sendable, Codable {
    public var recordType: String
    public var recordID: String
    /// Nil when the whole row is missing.
    public var field: String?
    /// Nil when the row holds no value there.
    public var stored: String?
    public var audited: String?
    public var sequence: Int64

    public init(recordType: String, recordID: String, field: String?, stored: String?, audited: String?, sequence: Int64) {
        self.recordType = recordType
        self.recordID = recordID
        self.field = field
        self.stored = stored
        self.audited = audited
        self.sequence = sequence
    }

    /// "case C-2026-00012: status is closed in the database, but the audit chain's last event (#812) says matching."
    public var text: String {
        guard let field else {
            return "\(recordType) \(recordID): it is not in the database, but the audit chain's last event (#\(sequence)) says it exists."
        }
        return "\(recordType) \(recordID): \(field) is \(stored ?? "empty") in the database, but the audit chain's last event "
            + "(#\(sequence)) says \(audited ?? "empty")."
    }
}

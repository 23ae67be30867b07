import Domain
import Foundation
import Store

/// Reads, verifies and re-keys the audit chain, for the CLI.
public struct AuditLog: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The newest events, newest last; only those about `record` when given.
    public func events(record: String?, last: Int) throws -> [AuditEvent] {
        Array(try database.auditEvents(before: nil, recordID: record, limit: last).reversed())
    }

    /// The newest event's hash and the count, to publish or send elsewhere.
    public func head() throws -> AuditHead { try database.auditHead() }

    /// The chain checked against its hashes and key, against the `head` published earlier when given, and, with
    /// `records`, the rows checked against the last after-state the chain holds for them.
    public func verify(head: AuditHead?, records: Bool) throws -> AuditReport {
        AuditReport(chain: try database.verifyAuditChain(head: head), records: records ? try database.auditRecordMismatches() : nil)
    }

    /// Adds a new key to the key file and records the switch in the chain, signed with the new key: from then on
    /// every event is signed with it, while older events still verify with the keys before it.
    public static func rotateKey(databasePath: String, keyFile: String, at: Date, by actor: String) throws -> AuditKeyRotation {
        let old = try AuditKeyring.load(file: keyFile)
        let keys = try AuditKeyring.addKey(toFile: keyFile)
        struct Key: Encodable { var key: String }
        let rotation = AuditKeyRotation(keyFile: keyFile, oldKeyID: old.keyIDs.last ?? "", newKeyID: keys.keyIDs.last ?? "")
        try AppDatabase.open(path: databasePath, auditKeys: keys).appendAudit(AuditContext(at: at, actor: actor, reason: "audit key rotated")
            .draft("audit.rotate-key", "audit_key", rotation.newKeyID, before: Key(key: rotation.oldKeyID), after: Key(key: rotation.newKeyID)))
        return rotation
    }
}

/// What checking the chain found, and with `--records`, the rows that disagree with it.
public struct AuditReport: Hashable, Sendable, Codable {
    public var chain: AuditVerification
    /// Nil when the rows were not checked.
    public var records: [AuditRecordMismatch]?

    public var isIntact: Bool { chain.isIntact && (records ?? []).isEmpty }
}

/// A key added to the key file and the switch recorded in the chain.
public struct AuditKeyRotation: Hashable, Sendable, Codable {
    public var keyFile: String
    public var oldKeyID: String
    public var newKeyID: String
}

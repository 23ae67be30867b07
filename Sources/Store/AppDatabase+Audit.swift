import Domain
import Foundation
import GRDB

extension AppDatabase {
    /// Appends a state change to the audit chain, after the last event, with its hash; returns the event.
    @discardableResult
    public func appendAudit(_ draft: AuditDraft) throws -> AuditEvent {
        try write { db in try AuditTable.append(draft, db) }
    }

    /// The whole chain, oldest first.
    public func auditEvents() throws -> [AuditEvent] {
        try writer.read { db in try AuditTable.fetchAll(db) }
    }

    /// The newest events first: those before sequence `before`, about record `recordID` when given.
    public func auditEvents(before: Int64?, recordID: String?, limit: Int) throws -> [AuditEvent] {
        try writer.read { db in
            try AuditTable.fetchAll(db, where: """
                sequence IN (SELECT sequence FROM audit_event WHERE sequence < ? AND (? IS NULL OR record_id = ?)
                    ORDER BY sequence DESC LIMIT ?)
                """, arguments: [before ?? .max, recordID, recordID, limit]).reversed()
        }
    }

    /// Recomputes every hash and link of the chain: an edited row no longer matches its hash, a deleted one
    /// leaves a gap in the sequence or a broken link.
    public func verifyAuditChain() throws -> AuditVerification {
        let events = try auditEvents()
        var previous = ""
        for (index, event) in events.enumerated() {
            let expected = Int64(index + 1)
            guard event.sequence == expected else {
                return .broken(sequence: expected, problem: "event \(expected) is missing (deleted); the chain jumps to \(event.sequence)")
            }
            guard event.previousHash == previous else {
                return .broken(sequence: event.sequence, problem: "it does not link to the event before it")
            }
            guard event.hash == AuditTable.hash(event) else {
                return .broken(sequence: event.sequence, problem: "its contents do not match its hash (edited)")
            }
            previous = event.hash
        }
        return .intact(events: events.count)
    }
}

enum AuditTable {
    /// Chains `draft` after the last event, inside the caller's transaction.
    static func append(_ draft: AuditDraft, _ db: Database) throws -> AuditEvent {
        let last = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1")
        // Stored to the millisecond, so the hash is computed on what will be read back.
        let at = Date(timeIntervalSince1970: (draft.at.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        var event = AuditEvent(
            sequence: (last?["sequence"] as Int64? ?? 0) + 1, at: at, actor: draft.actor, action: draft.action,
            recordType: draft.recordType, recordID: draft.recordID, before: draft.before, after: draft.after, reason: draft.reason,
            previousHash: last?["hash"] ?? "", hash: "")
        event.hash = hash(event)
        try db.execute(sql: """
            INSERT INTO audit_event (sequence, at, actor, action, record_type, record_id, before, after, reason,
                previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                event.sequence, event.at, event.actor, event.action, event.recordType, event.recordID, event.before, event.after,
                event.reason, event.previousHash, event.hash,
            ])
        // As read back, so callers compare equal to what `auditEvents` returns.
        return try fetchAll(db, where: "sequence = ?", arguments: [event.sequence])[0]
    }

    static func fetchAll(_ db: Database, where condition: String = "1", arguments: StatementArguments = []) throws -> [AuditEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM audit_event WHERE \(condition) ORDER BY sequence", arguments: arguments).map { row in
            AuditEvent(
                sequence: row["sequence"], at: row["at"], actor: row["actor"], action: row["action"],
                recordType: row["record_type"], recordID: row["record_id"], before: row["before"],
                after: row["after"], reason: row["reason"], previousHash: row["previous_hash"], hash: row["hash"])
        }
    }

    /// SHA-256 over every field but the hash itself, as a JSON array (so no two events share an encoding).
    static func hash(_ event: AuditEvent) -> String {
        let milliseconds = Int64((event.at.timeIntervalSince1970 * 1000).rounded())
        let fields: [String?] = [
            String(event.sequence), String(milliseconds), event.actor, event.action, event.recordType, event.recordID,
            event.before, event.after, event.reason, event.previousHash,
        ]
        let data = (try? JSONEncoder().encode(fields)) ?? Data()
        return sha256Hex(data)
    }
}

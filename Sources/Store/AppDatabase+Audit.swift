import Domain
import GRDB

extension AppDatabase {
    /// Appends an event to the audit chain; events are never updated or deleted.
    public func appendAuditEvent(_ event: AuditEvent) throws {
        try writer.write { db in try AuditTable.append(event, db) }
    }

    /// The whole chain, oldest first.
    public func auditEvents() throws -> [AuditEvent] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_event ORDER BY sequence").map { row in
                AuditEvent(
                    sequence: row["sequence"], at: row["at"], actor: row["actor"], action: row["action"],
                    recordType: row["record_type"], recordID: row["record_id"], before: row["before"],
                    after: row["after"], reason: row["reason"], previousHash: row["previous_hash"], hash: row["hash"])
            }
        }
    }
}

enum AuditTable {
    static func append(_ e: AuditEvent, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO audit_event (sequence, at, actor, action, record_type, record_id, before, after, reason,
                previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                e.sequence, e.at, e.actor, e.action, e.recordType, e.recordID, e.before, e.after, e.reason,
                e.previousHash, e.hash,
            ])
    }
}

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

    /// The newest event's hash and the number of events, to publish or send elsewhere.
    public func auditHead() throws -> AuditHead {
        try writer.read { db in
            let last = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1")
            return AuditHead(hash: last?["hash"] ?? "", count: last?["sequence"] ?? 0)
        }
    }

    /// Recomputes every hash and link of the chain: an edited row no longer matches its hash, a deleted one
    /// leaves a gap in the sequence or a broken link, and a row rewritten without the audit key is not signed
    /// with it. Given the `head` published earlier, a chain cut back or rewritten since is caught too.
    public func verifyAuditChain(head: AuditHead? = nil) throws -> AuditVerification {
        let events = try auditEvents()
        var previous = ""
        var newestKey: (position: Int, sequence: Int64)?
        for (index, event) in events.enumerated() {
            let expected = Int64(index + 1)
            guard event.sequence == expected else {
                return .broken(sequence: expected, problem: "event \(expected) is missing (deleted); the chain jumps to \(event.sequence)")
            }
            guard event.previousHash == previous else {
                return .broken(sequence: event.sequence, problem: "it does not link to the event before it")
            }
            let message = AuditTable.message(event)
            switch auditKeys.check(event.hash, of: message) {
            case .unkeyed:
                // Only events chained before the chain was keyed may be unkeyed; the first keyed event seals them.
                guard newestKey == nil else {
                    return .broken(sequence: event.sequence,
                        problem: "its hash is not signed with the audit key, so it was rewritten by someone without the key")
                }
                guard event.hash == sha256Hex(message) else {
                    return .broken(sequence: event.sequence, problem: "its contents do not match its hash (edited)")
                }
            case let .unknownKey(id):
                return .broken(sequence: event.sequence, problem: "it is signed with audit key \(id), which is not in the key file")
            case .mismatch:
                return .broken(sequence: event.sequence, problem: "its contents do not match its hash (edited)")
            case let .signed(position):
                if let newest = newestKey, position < newest.position {
                    return .broken(sequence: event.sequence, problem: """
                        it is signed with audit key \(auditKeys.keyIDs[position]), which key \(auditKeys.keyIDs[newest.position]) \
                        replaced by event \(newest.sequence): a process started before the rotation, or someone holding the old key, signed it
                        """)
                }
                if newestKey == nil || position > newestKey!.position { newestKey = (position, event.sequence) }
            }
            previous = event.hash
        }
        if newestKey == nil, !events.isEmpty {
            return .broken(sequence: 1, problem: """
                none of its \(events.count) events is signed with the audit key (they were chained before it was keyed); \
                the next change, or `fengqiao audit rotate-key`, seals them
                """)
        }
        if let head {
            if head.count > events.count {
                return .broken(sequence: Int64(events.count) + 1, problem: """
                    it is missing, yet the published head counts \(head.count) events (the newest \(head.count - Int64(events.count)) \
                    were dropped)
                    """)
            }
            if head.count > 0, events[Int(head.count) - 1].hash != head.hash {
                return .broken(sequence: head.count,
                    problem: "it does not match the published head, so the chain was rewritten from it or an earlier event on")
            }
        }
        return .intact(events: events.count)
    }
}

enum AuditTable {
    /// Chains `draft` after the last event, inside the caller's transaction, signed with the connection's audit key.
    static func append(_ draft: AuditDraft, _ db: Database) throws -> AuditEvent {
        let last = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1")
        // Stored to the millisecond, so the hash is computed on what will be read back.
        let at = Date(timeIntervalSince1970: (draft.at.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        var event = AuditEvent(
            sequence: (last?["sequence"] as Int64? ?? 0) + 1, at: at, actor: draft.actor, action: draft.action,
            recordType: draft.recordType, recordID: draft.recordID, before: draft.before, after: draft.after, reason: draft.reason,
            previousHash: last?["hash"] ?? "", hash: "")
        event.hash = try String.fetchOne(db, sql: "SELECT \(signFunctionName)(?)", arguments: [message(event)]) ?? ""
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

    /// Every field but the hash itself, as a JSON array (so no two events share an encoding): what the hash signs.
    static func message(_ event: AuditEvent) -> Data {
        let milliseconds = Int64((event.at.timeIntervalSince1970 * 1000).rounded())
        let fields: [String?] = [
            String(event.sequence), String(milliseconds), event.actor, event.action, event.recordType, event.recordID,
            event.before, event.after, event.reason, event.previousHash,
        ]
        return (try? JSONEncoder().encode(fields)) ?? Data()
    }

    static let signFunctionName = "fengqiao_audit_sign"

    /// The SQL function each connection signs with: the key lives in the process that opened the database,
    /// never in the file, so `append` reaches it through the connection it is given.
    static func signFunction(_ keys: AuditKeyring) -> DatabaseFunction {
        DatabaseFunction(signFunctionName, argumentCount: 1, pure: true) { values in
            Data.fromDatabaseValue(values[0]).map { keys.sign($0) }
        }
    }
}

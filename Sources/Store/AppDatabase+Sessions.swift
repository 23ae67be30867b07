import Domain
import Foundation
import GRDB

extension AppDatabase {
    /// Stores a new session or replaces a stored one, with its panel.
    public func saveSession(_ session: Session) throws {
        try write { db in try SessionTable.save(session, db) }
    }

    /// Stores new and moved sessions and moves their cases on, in one transaction. A moved session must carry
    /// the next revision of the stored one, so two coordinators moving it at once cannot both win.
    /// Each booking, move and case move is written to the audit chain in the same transaction.
    public func recordSessions(_ sessions: [Session], caseStatuses: [DisputeCase.ID: CaseStatus] = [:], audit: AuditContext) throws {
        try write { db in
            for session in sessions {
                try session.validate()
                let stored = try SessionTable.fetch(db, where: "s.id = ?", arguments: [session.id.rawValue]).first
                if let stored, stored.revision != session.revision - 1 {
                    throw DomainError.conflict(record: "session \(session.id)",
                        reason: "it was changed by someone else (revision \(stored.revision)); reload it and try again")
                }
                try SessionTable.save(session, db)
                try SessionTable.checkNoDoubleBooking(session, db)
                _ = try AuditTable.append(audit.draft(stored == nil ? "session.book" : "session.move", "session", session.id.rawValue,
                    before: stored, after: session), db)
            }
            try CaseTable.move(caseStatuses, audit: audit, db)
        }
    }

    /// One session, if it exists.
    public func session(_ id: Session.ID) throws -> Session? {
        try writer.read { db in try SessionTable.fetch(db, where: "s.id = ?", arguments: [id.rawValue]).first }
    }

    public func sessions(caseID: DisputeCase.ID) throws -> [Session] {
        try writer.read { db in try SessionTable.fetch(db, where: "s.case_id = ?", arguments: [caseID.rawValue]) }
    }

    /// The sessions an expert sits in, earliest first.
    public func sessions(expertID: Expert.ID) throws -> [Session] {
        try writer.read { db in
            try SessionTable.fetch(db, where: "s.id IN (SELECT session_id FROM session_member WHERE expert_id = ?)",
                arguments: [expertID.rawValue])
        }
    }

    /// Sessions that overlap `[from, to)`, earliest first.
    public func sessions(from: Date, to: Date) throws -> [Session] {
        try writer.read { db in try SessionTable.fetch(db, where: "s.starts_at < ? AND s.ends_at > ?", arguments: [to, from]) }
    }
}

enum SessionTable {
    static func save(_ session: Session, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO session (id, case_id, venue_id, starts_at, ends_at, status, revision)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET case_id = excluded.case_id, venue_id = excluded.venue_id,
                starts_at = excluded.starts_at, ends_at = excluded.ends_at, status = excluded.status,
                revision = excluded.revision
            """, arguments: [
                session.id.rawValue, session.caseID.rawValue, session.venueID.rawValue, session.startsAt, session.endsAt,
                session.status.rawValue, session.revision,
            ])
        try db.execute(sql: "DELETE FROM session_member WHERE session_id = ?", arguments: [session.id.rawValue])
        for (position, expert) in session.panel.enumerated() {
            try db.execute(sql: "INSERT INTO session_member (session_id, expert_id, position) VALUES (?, ?, ?)",
                arguments: [session.id.rawValue, expert.rawValue, position])
        }
    }

    /// Refuses the transaction when a live session now shares a panel member or a room (any but the online
    /// one) with another live session at the same time: the last word against double booking, inside the
    /// write, so two coordinators booking the same slot at once cannot both win.
    static func checkNoDoubleBooking(_ session: Session, _ db: Database) throws {
        guard session.status == .proposed || session.status == .confirmed else { return }
        let overlapping = "o.id <> ? AND o.status IN ('proposed', 'confirmed') AND o.starts_at < ? AND o.ends_at > ?"
        let window: [any DatabaseValueConvertible] = [session.id.rawValue, session.endsAt, session.startsAt]
        if let row = try Row.fetchOne(db, sql: """
            SELECT o.id, m.expert_id FROM session o JOIN session_member m ON m.session_id = o.id
            WHERE \(overlapping) AND m.expert_id IN (SELECT expert_id FROM session_member WHERE session_id = ?)
            ORDER BY o.starts_at LIMIT 1
            """, arguments: StatementArguments(window + [session.id.rawValue]))
        {
            throw DomainError.conflict(record: "session \(session.id)",
                reason: "\(row["expert_id"] as String) is already in session \(row["id"] as String) then")
        }
        if let other = try String.fetchOne(db, sql: """
            SELECT o.id FROM session o JOIN venue v ON v.id = o.venue_id
            WHERE \(overlapping) AND o.venue_id = ? AND v.kind <> 'online' ORDER BY o.starts_at LIMIT 1
            """, arguments: StatementArguments(window + [session.venueID.rawValue]))
        {
            throw DomainError.conflict(record: "session \(session.id)", reason: "\(session.venueID) is taken by session \(other) then")
        }
    }

    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Session] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM session s WHERE \(condition) ORDER BY s.starts_at, s.id",
            arguments: arguments)
        let members = Dictionary(grouping: try Row.fetchAll(db, sql: """
            SELECT m.* FROM session_member m JOIN session s ON s.id = m.session_id WHERE \(condition)
            ORDER BY m.session_id, m.position
            """, arguments: arguments), by: { $0["session_id"] as String })
        return try rows.map { row in
            let id: String = row["id"]
            return Session(
                id: Session.ID(id), caseID: DisputeCase.ID(row["case_id"] as String),
                venueID: Venue.ID(row["venue_id"] as String), startsAt: row["starts_at"], endsAt: row["ends_at"],
                status: try row.decode(Session.Status.self, "status", table: "session", id: id),
                panel: (members[id] ?? []).map { Expert.ID($0["expert_id"] as String) }, revision: row["revision"])
        }
    }
}

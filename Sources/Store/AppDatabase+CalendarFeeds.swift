import Domain
import Foundation
import GRDB

/// Calendar feed secrets: one per expert login, stored only as its SHA-256, good for nothing but that
/// expert's feed. Making a new one replaces the old, so an old link stops working.
extension AppDatabase {
    /// Replaces the feed secret of an active expert login with a new one, shown once.
    public func renewCalendarFeed(for userID: User.ID, audit: AuditContext) throws -> (secret: String, expertID: Expert.ID) {
        let secret = CalendarFeedSecret.generate()
        let expertID = try write { db in
            guard let user = try UserTable.fetch(db, where: "id = ?", arguments: [userID.rawValue]).first else {
                throw DomainError.notFound(kind: "user", id: userID.rawValue)
            }
            guard user.isActive, let expertID = user.expertID else {
                throw DomainError.conflict(record: "user \(user.username)", reason: "only an active expert login has a calendar feed")
            }
            try db.execute(sql: "DELETE FROM calendar_feed WHERE user_id = ?", arguments: [userID.rawValue])
            try db.execute(sql: "INSERT INTO calendar_feed (secret_hash, user_id, expert_id, created_at) VALUES (?, ?, ?, ?)",
                arguments: [BearerToken.hash(secret), userID.rawValue, expertID.rawValue, audit.at])
            _ = try AuditTable.append(AuditDraft(at: audit.at, actor: audit.actor, action: "feed.renew", recordType: "user",
                recordID: userID.rawValue, before: nil, after: ["expert": expertID.rawValue], reason: audit.reason), db)
            return expertID
        }
        return (secret, expertID)
    }

    /// Revokes a login's feed secret; revoking when there is none changes nothing.
    public func revokeCalendarFeed(for userID: User.ID, audit: AuditContext) throws {
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM calendar_feed WHERE user_id = ?", arguments: [userID.rawValue]) != nil else { return }
            try db.execute(sql: "DELETE FROM calendar_feed WHERE user_id = ?", arguments: [userID.rawValue])
            _ = try AuditTable.append(AuditDraft(at: audit.at, actor: audit.actor, action: "feed.revoke", recordType: "user",
                recordID: userID.rawValue, reason: audit.reason), db)
        }
    }

    /// When the login's current feed secret was made, if it has one.
    public func calendarFeedCreated(for userID: User.ID) throws -> Date? {
        try writer.read { db in
            try Date.fetchOne(db, sql: "SELECT created_at FROM calendar_feed WHERE user_id = ?", arguments: [userID.rawValue])
        }
    }

    /// The expert whose feed a secret opens: known, its login active and still that expert's.
    public func calendarFeedExpert(secret: String) throws -> Expert.ID? {
        try writer.read { db in
            try String.fetchOne(db, sql: """
                SELECT f.expert_id FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
                WHERE f.secret_hash = ? AND u.is_active = 1 AND u.expert_id = f.expert_id
                """, arguments: [BearerToken.hash(secret)]).map { Expert.ID($0) }
        }
    }
}

/// Feed secrets: 32 random bytes like a bearer token, prefixed `fqcal_` so one is never taken for the other.
public enum CalendarFeedSecret {
    public static func generate() -> String { "fqcal_" + BearerToken.generate().dropFirst("fq_".count) }
}

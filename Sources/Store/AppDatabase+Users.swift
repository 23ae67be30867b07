import Crypto
import Domain
import Foundation
import GRDB

extension AppDatabase {
    /// Stores a new user; usernames are unique regardless of case.
    public func insertUser(_ user: User) throws {
        try user.validate()
        try write { db in try UserTable.insert(user, db) }
    }

    /// Stores a new user and audits it (without the password hash).
    public func createUser(_ user: User, audit: AuditContext) throws {
        try user.validate()
        try write { db in
            guard try UserTable.fetch(db, where: "username = ?", arguments: [user.username]).isEmpty else {
                throw DomainError.duplicate(kind: "user named", id: user.username)
            }
            if let expertID = user.expertID {
                guard try Int.fetchOne(db, sql: "SELECT 1 FROM expert WHERE id = ?", arguments: [expertID.rawValue]) != nil else {
                    throw DomainError.unknownReference(record: "user \(user.username)", field: "expert_id", kind: "expert", id: expertID.rawValue)
                }
                if let holder = try UserTable.fetch(db, where: "expert_id = ?", arguments: [expertID.rawValue]).first {
                    throw DomainError.conflict(record: "user \(user.username)", reason: "expert \(expertID) already logs in as \(holder.username)")
                }
            }
            try UserTable.insert(user, db)
            _ = try AuditTable.append(audit.draft("user.create", "user", user.id.rawValue, before: nil as User.Profile?, after: user.profile), db)
        }
    }

    /// Replaces a stored user's role, name, link, password hash or active flag with `user`'s, audited. A use
    /// case that changes part of a user calls `changeUser` instead, so it cannot undo another change.
    public func updateUser(_ user: User, audit: AuditContext) throws {
        try changeUser(user.id, audit: audit) { $0 = user }
    }

    /// Reads user `id`, lets `change` edit it and writes back only the columns it changed, audited, all in one
    /// write transaction, so two administrators changing one user at once each keep their change. A user set
    /// inactive, or whose role, password or expert changes, loses every bearer token, page session and
    /// calendar feed secret at once. Returns the user as stored.
    @discardableResult
    public func changeUser(_ id: User.ID, audit: AuditContext, _ change: (inout User) throws -> Void) throws -> User {
        try write { db in
            guard let before = try UserTable.fetch(db, where: "id = ?", arguments: [id.rawValue]).first else {
                throw DomainError.notFound(kind: "user", id: id.rawValue)
            }
            var user = before
            try change(&user)
            guard user.id == id, user.createdAt == before.createdAt else {
                throw DomainError.invalid(record: "user \(before.username)", field: "id", reason: "a user keeps their ID and creation time")
            }
            try user.validate()
            let columns: [(name: String, old: DatabaseValue, new: DatabaseValue)] = [
                ("username", before.username.databaseValue, user.username.databaseValue),
                ("display_name", before.displayName.databaseValue, user.displayName.databaseValue),
                ("role", before.role.rawValue.databaseValue, user.role.rawValue.databaseValue),
                ("expert_id", before.expertID?.rawValue.databaseValue ?? .null, user.expertID?.rawValue.databaseValue ?? .null),
                ("password_hash", before.passwordHash.databaseValue, user.passwordHash.databaseValue),
                ("is_active", before.isActive.databaseValue, user.isActive.databaseValue),
            ]
            let changed = columns.filter { $0.old != $0.new }
            guard !changed.isEmpty else { return user }
            try db.execute(sql: "UPDATE app_user SET \(changed.map { "\($0.name) = ?" }.joined(separator: ", ")) WHERE id = ?",
                arguments: StatementArguments(changed.map(\.new) + [id.rawValue.databaseValue]))
            if !user.isActive || user.role != before.role || user.passwordHash != before.passwordHash || user.expertID != before.expertID {
                try db.execute(sql: "UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                    arguments: [audit.at, id.rawValue])
                try db.execute(sql: "DELETE FROM web_session WHERE user_id = ?", arguments: [id.rawValue])
                try db.execute(sql: "DELETE FROM calendar_feed WHERE user_id = ?", arguments: [id.rawValue])
            }
            _ = try AuditTable.append(audit.draft("user.update", "user", id.rawValue, before: before.profile, after: user.profile), db)
            return user
        }
    }

    public func user(_ id: User.ID) throws -> User? {
        try writer.read { db in try UserTable.fetch(db, where: "id = ?", arguments: [id.rawValue]).first }
    }

    public func user(username: String) throws -> User? {
        try writer.read { db in try UserTable.fetch(db, where: "username = ?", arguments: [username]).first }
    }

    public func users() throws -> [User] {
        try writer.read { db in try UserTable.fetch(db, where: "1", arguments: []) }
    }
}

extension AppDatabase {
    /// Hands out a new bearer token for an active user; only its SHA-256 is stored, so the token itself is
    /// shown once and cannot be read back from the database.
    public func issueToken(for userID: User.ID, label: String, expiresAt: Date?, audit: AuditContext) throws -> String {
        try FieldBounds.checkText(label, record: "the token", field: "label")
        let token = BearerToken.generate()
        try write { db in
            guard let user = try UserTable.fetch(db, where: "id = ?", arguments: [userID.rawValue]).first else {
                throw DomainError.notFound(kind: "user", id: userID.rawValue)
            }
            guard user.isActive else { throw DomainError.conflict(record: "user \(user.username)", reason: "the user is inactive") }
            try db.execute(sql: "INSERT INTO api_token (token_hash, user_id, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [BearerToken.hash(token), userID.rawValue, label, audit.at, expiresAt])
            _ = try AuditTable.append(AuditDraft(at: audit.at, actor: audit.actor, action: "token.issue", recordType: "user",
                recordID: userID.rawValue, before: nil, after: ["label": label], reason: audit.reason), db)
        }
        return token
    }

    /// The active user a bearer token belongs to, if the token is known, not revoked and not expired.
    public func user(bearerToken token: String, at now: Date) throws -> User? {
        try writer.read { db in
            try UserTable.fetch(db, where: """
                is_active = 1 AND id = (SELECT user_id FROM api_token WHERE token_hash = ? AND revoked_at IS NULL
                    AND (expires_at IS NULL OR expires_at > ?))
                """, arguments: [BearerToken.hash(token), now]).first
        }
    }

    /// Revokes one token; revoking it again changes nothing.
    public func revokeToken(_ token: String, audit: AuditContext) throws {
        try write { db in
            guard let userID = try String.fetchOne(db, sql: "SELECT user_id FROM api_token WHERE token_hash = ? AND revoked_at IS NULL",
                arguments: [BearerToken.hash(token)])
            else { return }
            try db.execute(sql: "UPDATE api_token SET revoked_at = ? WHERE token_hash = ?", arguments: [audit.at, BearerToken.hash(token)])
            _ = try AuditTable.append(AuditDraft(at: audit.at, actor: audit.actor, action: "token.revoke", recordType: "user",
                recordID: userID, reason: audit.reason), db)
        }
    }
}

/// A logged-in browser: who, and the token every form it posts must carry.
public struct WebSession: Hashable, Sendable {
    public var user: User
    public var csrfToken: String
    public var expiresAt: Date
}

extension AppDatabase {
    /// Starts a page session for an active user: answers the cookie value, shown once and stored only as
    /// its SHA-256, and the session's CSRF token.
    public func startWebSession(for userID: User.ID, expiresAt: Date, audit: AuditContext) throws -> (cookie: String, session: WebSession) {
        let cookie = BearerToken.generate(), csrf = BearerToken.generate()
        let user = try write { db in
            guard let user = try UserTable.fetch(db, where: "id = ? AND is_active = 1", arguments: [userID.rawValue]).first else {
                throw DomainError.notFound(kind: "active user", id: userID.rawValue)
            }
            try db.execute(sql: "DELETE FROM web_session WHERE expires_at <= ?", arguments: [audit.at])
            try db.execute(sql: "INSERT INTO web_session (id_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [BearerToken.hash(cookie), userID.rawValue, csrf, audit.at, expiresAt])
            _ = try AuditTable.append(AuditDraft(at: audit.at, actor: audit.actor, action: "session.start", recordType: "user",
                recordID: userID.rawValue, reason: audit.reason), db)
            return user
        }
        return (cookie, WebSession(user: user, csrfToken: csrf, expiresAt: expiresAt))
    }

    /// The live session a cookie names, if the cookie is known, not expired and its user still active.
    public func webSession(cookie: String, at now: Date) throws -> WebSession? {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT user_id, csrf_token, expires_at FROM web_session WHERE id_hash = ? AND expires_at > ?",
                arguments: [BearerToken.hash(cookie), now]),
                let user = try UserTable.fetch(db, where: "id = ? AND is_active = 1", arguments: [row["user_id"] as String]).first
            else { return nil }
            return WebSession(user: user, csrfToken: row["csrf_token"], expiresAt: row["expires_at"])
        }
    }

    /// Ends the session a cookie names; ending it again changes nothing.
    public func endWebSession(cookie: String, audit: AuditContext) throws {
        try write { db in
            guard let userID = try String.fetchOne(db, sql: "SELECT user_id FROM web_session WHERE id_hash = ?",
                arguments: [BearerToken.hash(cookie)])
            else { return }
            try db.execute(sql: "DELETE FROM web_session WHERE id_hash = ?", arguments: [BearerToken.hash(cookie)])
            _ = try AuditTable.append(AuditDraft(at: audit.at, actor: audit.actor, action: "session.end", recordType: "user",
                recordID: userID, reason: audit.reason), db)
        }
    }
}

/// Bearer tokens: 32 random bytes, URL-safe, prefixed `fq_` so a leaked one is recognisable; stored as SHA-256.
public enum BearerToken {
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "fq_" + text
    }

    public static func hash(_ token: String) -> String { sha256Hex(Data(token.utf8)) }
}

/// SHA-256 as 64 lowercase hex digits.
func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}

enum UserTable {
    static func insert(_ user: User, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO app_user (id, username, display_name, role, expert_id, password_hash, is_active, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                user.id.rawValue, user.username, user.displayName, user.role.rawValue, user.expertID?.rawValue,
                user.passwordHash, user.isActive, user.createdAt,
            ])
    }

    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [User] {
        try Row.fetchAll(db, sql: "SELECT * FROM app_user WHERE \(condition) ORDER BY username", arguments: arguments).map { row in
            let id: String = row["id"]
            return User(
                id: User.ID(id), username: row["username"], displayName: row["display_name"],
                role: try row.decode(User.Role.self, "role", table: "app_user", id: id),
                expertID: (row["expert_id"] as String?).map { Expert.ID($0) }, passwordHash: row["password_hash"],
                isActive: row["is_active"], createdAt: row["created_at"])
        }
    }
}

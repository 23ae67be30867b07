import Domain
import GRDB

extension AppDatabase {
    /// Stores a new user; usernames are unique regardless of case.
    public func insertUser(_ user: User) throws {
        try user.validate()
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO app_user (id, username, display_name, role, expert_id, password_hash, is_active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    user.id.rawValue, user.username, user.displayName, user.role.rawValue, user.expertID?.rawValue,
                    user.passwordHash, user.isActive, user.createdAt,
                ])
        }
    }

    public func user(username: String) throws -> User? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM app_user WHERE username = ?", arguments: [username]).map(user(from:))
        }
    }

    public func users() throws -> [User] {
        try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM app_user ORDER BY username").map(user(from:)) }
    }

    private func user(from row: Row) throws -> User {
        let id: String = row["id"]
        return User(
            id: User.ID(id), username: row["username"], displayName: row["display_name"],
            role: try row.decode(User.Role.self, "role", table: "app_user", id: id),
            expertID: (row["expert_id"] as String?).map { Expert.ID($0) }, passwordHash: row["password_hash"],
            isActive: row["is_active"], createdAt: row["created_at"])
    }
}

import Domain
import Foundation
import HummingbirdBcrypt
import Store

/// Adding users from the command line and the demo: the password is hashed with bcrypt here and never stored.
public struct Accounts: Sendable {
    public let database: AppDatabase
    public let passwordCost: UInt8

    public init(database: AppDatabase, passwordCost: UInt8 = 12) {
        self.database = database
        self.passwordCost = passwordCost
    }

    @discardableResult
    public func add(username: String, displayName: String, role: User.Role, expertID: Expert.ID? = nil, password: String, at now: Date,
        by actor: String) throws -> User
    {
        try FengqiaoAPI.checkPassword(password)
        let user = User(id: User.ID("U-" + UUID().uuidString.prefix(8).lowercased()), username: username, displayName: displayName,
            role: role, expertID: expertID, passwordHash: Bcrypt.hash(password, cost: passwordCost), createdAt: now)
        try database.createUser(user, audit: AuditContext(at: now, actor: actor, reason: "user added"))
        return user
    }

    /// The demo's logins, one per role, all with `password`; the expert is `expertID`.
    public static let demoPassword = "xigang-demo"

    public func addDemoLogins(expertID: Expert.ID, at now: Date) throws -> [User] {
        guard let expert = try database.expert(expertID) else { throw DomainError.notFound(kind: "expert", id: expertID.rawValue) }
        return [
            try add(username: "coordinator", displayName: "协调员 Coordinator", role: .coordinator, password: Self.demoPassword, at: now, by: "demo"),
            try add(username: "admin", displayName: "管理员 Administrator", role: .administrator, password: Self.demoPassword, at: now, by: "demo"),
            try add(username: "expert", displayName: expert.name, role: .expert, expertID: expertID, password: Self.demoPassword, at: now,
                by: "demo"),
        ]
    }
}

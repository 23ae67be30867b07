import Domain
import Foundation
import HummingbirdBcrypt
import Hummingbird

extension FengqiaoAPI {
    struct Login: Decodable {
        var username: String
        var password: String
        var label: String?
    }

    struct IssuedToken: Encodable {
        var token: String
        var expiresAt: Date
        var user: User.Profile
    }

    struct NewUser: Decodable {
        var username: String
        var displayName: String
        var role: User.Role
        var expertID: Expert.ID?
        var password: String
    }

    struct UserChange: Decodable {
        var displayName: String?
        var role: User.Role?
        var expertID: Expert.ID?
        var password: String?
        var isActive: Bool?
    }

    /// Passwords shorter than this are refused.
    static let minimumPasswordLength = 10

    var accounts: [Endpoint] {
        [
            Endpoint(method: .post, path: "/tokens", access: .anyone, tag: "accounts",
                summary: "Log in with a username and password; answers a bearer token, shown only this once.",
                body: Schema.object(["username": Schema.nonEmptyString, "password": Schema.nonEmptyString, "label": Schema.string],
                    required: ["username", "password"]),
                success: .json(.created, Schema.ref("IssuedToken")), refusals: [.tooManyRequests]
            ) { request, context in
                let login = try await request.decode(Login.self, context: context)
                let user: User
                switch try await logins.check(username: login.username, password: login.password, address: context.clientAddress) {
                case let .user(found): user = found
                case .refused:
                    throw Problem(status: .unauthorized, detail: "The username or password is wrong, or the user is inactive.", field: "password")
                case let .throttled(seconds):
                    var problem = Problem(status: .tooManyRequests, detail: "Too many failed logins for this account or from this address; "
                        + "try again in \(seconds) seconds.", field: "username")
                    problem.retryAfter = seconds
                    throw problem
                }
                let now = try now.instant
                let expiresAt = now.addingTimeInterval(tokenLifetime)
                let token = try database.issueToken(for: user.id, label: login.label ?? "api", expiresAt: expiresAt,
                    audit: AuditContext(at: now, actor: FengqiaoAPI.actor(user), reason: "logged in"))
                return try API.json(IssuedToken(token: token, expiresAt: expiresAt, user: user.profile), status: .created)
            },
            Endpoint(method: .delete, path: "/tokens/current", access: .roles(.everyone), tag: "accounts",
                summary: "Log out: revoke the token this request carries.", success: .noContent
            ) { _, context in
                let user = try context.caller()
                if let token = context.bearerToken {
                    try database.revokeToken(token, audit: AuditContext(at: try now.instant, actor: FengqiaoAPI.actor(user), reason: "logged out"))
                }
                return API.noContent
            },
            Endpoint(method: .get, path: "/me", access: .roles(.everyone), tag: "accounts",
                summary: "The user this token belongs to.", success: .json(.ok, Schema.ref("User"))
            ) { _, context in
                try API.json(try context.caller().profile)
            },
            Endpoint(method: .get, path: "/users", access: .roles(.administrators), tag: "accounts",
                summary: "Every user, without password hashes.", success: .json(.ok, Schema.array(Schema.ref("User")))
            ) { _, _ in
                try API.json(try database.users().map(\.profile))
            },
            Endpoint(method: .post, path: "/users", access: .roles(.administrators), tag: "accounts",
                summary: "Add a user; an expert user is linked to exactly one expert.",
                body: Schema.object([
                    "username": Schema.nonEmptyString, "displayName": Schema.nonEmptyString, "role": Schema.oneOf(User.Role.self),
                    "expertID": Schema.string, "password": Schema.string,
                ], required: ["username", "displayName", "role", "password"]),
                success: .json(.created, Schema.ref("User")), refusals: [.conflict, .unprocessableContent],
                fieldNames: ["expert_id": "expertID", "display_name": "displayName"]
            ) { request, context in
                let admin = try context.caller()
                let new = try await request.decode(NewUser.self, context: context)
                let username = new.username.trimmingCharacters(in: .whitespaces)
                guard !username.isEmpty else { throw Problem(status: .unprocessableContent, detail: "A user needs a username.", field: "username") }
                let (accounts, instant) = (Accounts(database: database, passwordCost: passwordCost), try now.instant)
                let user = try await passwords.run {
                    try accounts.add(username: username, displayName: new.displayName, role: new.role, expertID: new.expertID,
                        password: new.password, at: instant, by: FengqiaoAPI.actor(admin))
                }
                return try API.json(user.profile, status: .created)
            },
            Endpoint(method: .patch, path: "/users/{user}", access: .roles(.administrators), tag: "accounts",
                summary: "Change a user's name, role, expert link, password or active flag; a change of role, password or "
                    + "active flag revokes the user's tokens.",
                body: Schema.object([
                    "displayName": Schema.nonEmptyString, "role": Schema.oneOf(User.Role.self), "expertID": Schema.nullable(Schema.string),
                    "password": Schema.string, "isActive": Schema.boolean,
                ]),
                success: .json(.ok, Schema.ref("User")), refusals: [.conflict, .unprocessableContent],
                fieldNames: ["expert_id": "expertID", "display_name": "displayName"]
            ) { request, context in
                let admin = try context.caller()
                let id = User.ID(try context.path("user"))
                let change = try await request.decode(UserChange.self, context: context)
                var passwordHash: String?
                if let password = change.password {
                    try FengqiaoAPI.checkPassword(password)
                    let cost = passwordCost
                    passwordHash = try await passwords.run { Bcrypt.hash(password, cost: cost) }
                }
                // Only what the body names is changed, on the user as stored when the write begins.
                let user = try database.changeUser(id, audit: AuditContext(at: try now.instant, actor: FengqiaoAPI.actor(admin),
                    reason: "user changed")) { user in
                    if let displayName = change.displayName { user.displayName = displayName }
                    if let role = change.role {
                        user.role = role
                        if role != .expert { user.expertID = nil }
                    }
                    if let expertID = change.expertID { user.expertID = expertID }
                    if let passwordHash { user.passwordHash = passwordHash }
                    if let isActive = change.isActive { user.isActive = isActive }
                }
                return try API.json(user.profile)
            },
        ]
    }

    static func checkPassword(_ password: String) throws {
        guard password.count >= minimumPasswordLength else {
            throw Problem(status: .unprocessableContent, detail: "A password needs at least \(minimumPasswordLength) characters.", field: "password")
        }
    }

    /// A bcrypt hash of no password anyone types, checked when the username is unknown.
    static let decoyHash = Bcrypt.hash(UUID().uuidString, cost: 12)
}

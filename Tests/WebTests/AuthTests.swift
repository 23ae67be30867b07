import Domain
import Foundation
import HummingbirdBcrypt
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

@Suite struct AuthTests {
    @Test func aRightPasswordGivesATokenThatWorksUntilLogout() async throws {
        try await APIWorld.withClient { world, client in
            let login = try await client.send(.post, "/api/v1/tokens", json: #"{"username": "coordinator", "password": "\#(APIWorld.password)"}"#)
            #expect(login.status == .created)
            let token = try #require(login.object["token"] as? String)
            #expect(token.hasPrefix("fq_") && token.count > 40)
            let me = try await client.send(.get, "/api/v1/me", token: token)
            #expect(me.object["username"] as? String == "coordinator" && me.object["passwordHash"] == nil)
            #expect(try await client.send(.delete, "/api/v1/tokens/current", token: token).status == .noContent)
            let after = try await client.send(.get, "/api/v1/me", token: token)
            #expect(after.status == .unauthorized && after.object["field"] as? String == "Authorization")
        }
    }

    @Test func aWrongPasswordOrUnknownUserIsRefusedAlike() async throws {
        try await APIWorld.withClient { _, client in
            let wrong = try await client.send(.post, "/api/v1/tokens", json: #"{"username": "coordinator", "password": "guess"}"#)
            let unknown = try await client.send(.post, "/api/v1/tokens", json: #"{"username": "nobody", "password": "guess"}"#)
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.object["detail"] as? String == unknown.object["detail"] as? String)
            #expect(wrong.contentType == "application/problem+json")
        }
    }

    @Test func tokensAreStoredOnlyAsTheirHash() throws {
        let world = try APIWorld()
        defer { world.removeFiles() }
        let token = try world.token(.coordinator)
        let stored = try world.database.fetchTextForTesting("SELECT group_concat(token_hash) FROM api_token") ?? ""
        #expect(!stored.contains(token) && stored.contains(BearerToken.hash(token)))
        #expect(BearerToken.hash(token).count == 64)
    }

    @Test func anExpiredTokenOrAnInactiveUserIsRefused() async throws {
        try await APIWorld.withClient { world, client in
            let user = try world.database.user(username: "coordinator")!
            let expired = try world.database.issueToken(for: user.id, label: "test", expiresAt: APIWorld.now,
                audit: AuditContext(at: APIWorld.now, actor: "test"))
            #expect(try await client.send(.get, "/api/v1/me", token: expired).status == .unauthorized)

            let token = try world.token(.coordinator)
            let patch = try await client.send(.patch, "/api/v1/users/\(user.id)", token: try world.token(.administrator),
                json: #"{"isActive": false}"#)
            #expect(patch.status == .ok && patch.object["isActive"] as? Bool == false)
            #expect(try await client.send(.get, "/api/v1/me", token: token).status == .unauthorized)
            let login = try await client.send(.post, "/api/v1/tokens", json: #"{"username": "coordinator", "password": "\#(APIWorld.password)"}"#)
            #expect(login.status == .unauthorized)
        }
    }

    @Test func anAdministratorAddsUsersWithBcryptHashesAndAuditedChanges() async throws {
        try await APIWorld.withClient { world, client in
            let admin = try world.token(.administrator)
            let short = try await client.send(.post, "/api/v1/users", token: admin,
                json: #"{"username": "li", "displayName": "李", "role": "coordinator", "password": "short"}"#)
            #expect(short.status == .unprocessableContent && short.object["field"] as? String == "password")
            let unlinked = try await client.send(.post, "/api/v1/users", token: admin,
                json: #"{"username": "li", "displayName": "李", "role": "expert", "password": "long enough pass"}"#)
            #expect(unlinked.status == .unprocessableContent && unlinked.object["field"] as? String == "expertID")

            let added = try await client.send(.post, "/api/v1/users", token: admin,
                json: #"{"username": "li", "displayName": "李", "role": "coordinator", "password": "long enough pass"}"#)
            #expect(added.status == .created)
            let stored = try world.database.user(username: "li")!
            #expect(stored.passwordHash.hasPrefix("$2b$") && Bcrypt.verify("long enough pass", hash: stored.passwordHash))
            let twice = try await client.send(.post, "/api/v1/users", token: admin,
                json: #"{"username": "LI", "displayName": "李", "role": "coordinator", "password": "long enough pass"}"#)
            #expect(twice.status == .conflict)

            let events = try world.database.auditEvents().filter { $0.recordID == stored.id.rawValue }
            #expect(events.map(\.action) == ["user.create"])
            #expect(events.allSatisfy { !($0.after ?? "").contains("$2b$") })
        }
    }
}

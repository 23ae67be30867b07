import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

/// A body over 1 MiB is answered 413 as the OpenAPI document promises, never 500.
@Suite struct BodyLimitTests {
    /// 1 MiB and a byte.
    static let oversized = "{\"x\": \"" + String(repeating: "a", count: 1 << 20) + "\"}"

    @Test func aBodyOverOneMebibyteIsAnswered413OnEveryEndpointThatReadsOne() async throws {
        try await APIWorld.withClient { world, client in
            let coordinator = try world.token(.coordinator), administrator = try world.token(.administrator)
            for (method, path, token) in [
                (HTTPRequest.Method.post, "/api/v1/tokens", nil), (.post, "/api/v1/cases", coordinator), (.post, "/api/v1/weights", administrator),
                (.post, "/api/v1/users", administrator), (.post, "/api/v1/queue/assignment", coordinator),
            ] as [(HTTPRequest.Method, String, String?)] {
                let answer = try await client.send(method, path, token: token, json: Self.oversized)
                #expect(answer.status == .contentTooLarge, "\(path): \(answer.status)")
                #expect(answer.contentType == "application/problem+json", "\(path)")
            }
            var browser = Browser(client: client)
            _ = try await browser.go(.get, "/login")
            let page = try await browser.go(.post, "/login", form: ["username": String(repeating: "a", count: 1 << 20), "password": "x"])
            #expect(page.status == .contentTooLarge)
        }
    }
}

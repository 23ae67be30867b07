import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOPosix
import Synchronization
import Testing
@testable import Web

/// Failed logins are limited per account and per client address (the README's operator section gives the
/// limits: 5 per account and 30 per address within 15 minutes), and are answered 429 with Retry-After.
@Suite struct LoginThrottleTests {
    static func login(_ username: String, _ password: String) -> String {
        #"{"username": "\#(username)", "password": "\#(password)"}"#
    }

    @Test func anAccountIsLockedAfterFiveFailedLoginsAndOthersAreNot() async throws {
        try await APIWorld.withClient { _, client in
            for _ in 1...5 {
                #expect(try await client.send(.post, "/api/v1/tokens", json: Self.login("coordinator", "a guess at it")).status == .unauthorized)
            }
            let locked = try await client.send(.post, "/api/v1/tokens", json: Self.login("coordinator", APIWorld.password))
            #expect(locked.status == .tooManyRequests && locked.contentType == "application/problem+json")
            let wait = try #require(locked.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...900).contains(wait))
            #expect(locked.object["detail"] as? String == "Too many failed logins for this account or from this address; try again in \(wait) seconds.")
            #expect(try await client.send(.post, "/api/v1/tokens", json: Self.login("admin", APIWorld.password)).status == .created)
        }
    }

    @Test func anAddressIsLockedAfterThirtyFailedLoginsWhateverTheNames() async throws {
        try await APIWorld.withClient { _, client in
            for attempt in 0..<30 {
                let answer = try await client.send(.post, "/api/v1/tokens", json: Self.login("nobody-\(attempt % 10)", "a guess at it"))
                #expect(answer.status == .unauthorized, "attempt \(attempt)")
            }
            let locked = try await client.send(.post, "/api/v1/tokens", json: Self.login("admin", APIWorld.password))
            #expect(locked.status == .tooManyRequests && locked.headers[.retryAfter] != nil)
        }
    }

    @Test(arguments: [("en", "Too many failed logins; try again in"), ("zh-CN", "登录失败次数过多，请在")])
    func theLoginPageSaysWhenToTryAgainInTheReadersLanguage(language: String, sentence: String) async throws {
        try await APIWorld.withClient { _, client in
            var browser = Browser(client: client)
            browser.language = language
            for _ in 1...5 {
                #expect(try await browser.logIn("expert", password: "a guess at it").status == .unauthorized)
            }
            let locked = try await browser.logIn("expert")
            #expect(locked.status == .tooManyRequests && locked.headers[.retryAfter] != nil)
            #expect(locked.contentType?.hasPrefix("text/html") == true && locked.text.contains(sentence))
            #expect(browser.cookies[PageSessionMiddleware.cookie] == nil)
        }
    }

    /// Password checks wait on a thread pool of their own: while every one of them is held, a cheap request
    /// is still answered, because none of them holds a thread that serves requests.
    @Test(.timeLimit(.minutes(1))) func passwordChecksDoNotHoldUpOtherRequests() async throws {
        let world = try APIWorld()
        defer { world.removeFiles() }
        // More than there are threads serving requests, so that checks run on those threads would hold them all.
        let logins = ProcessInfo.processInfo.activeProcessorCount + 2
        let held = HeldChecks()
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        defer { pool.shutdownGracefully { _ in } }
        var settings = ServerSettings()
        settings.passwords = PasswordVerifier(pool: pool) { _, _ in held.hold() }
        // Every login here is a right one; the limits are raised only so that the ones in flight all count.
        settings.loginLimits.perAccount = logins
        settings.loginLimits.perAddress = logins
        let router = try FengqiaoServer.router(database: world.database, clock: APIWorld.clock, passwordCost: APIWorld.passwordCost,
            settings: settings)
        try await Application(router: router).test(.router) { client in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<logins {
                    group.addTask { try await client.send(.post, "/api/v1/tokens", json: Self.login("coordinator", "anything at all")).status }
                }
                // Wait (a bounded while) until both of the pool's threads are taken by held checks.
                for _ in 0..<2000 where held.entered < 2 {
                    try await Task.sleep(for: .milliseconds(5))
                }
                let health = try await client.send(.get, "/healthz", headers: [:])
                held.release(health.status == .ok)
                var statuses: [HTTPResponse.Status] = []
                for try await status in group { statuses.append(status) }
                #expect(statuses.count == logins && statuses.allSatisfy { $0 == .created })
            }
        }
        #expect(held.answeredWhileHeld == logins, "every check was still held when the cheap request was answered")
    }
}

/// Password checks that block their thread until the test releases them (or a safety bound passes).
final class HeldChecks: Sendable {
    private let state = Mutex<(entered: Int, answered: Bool, whileHeld: Int)>((0, false, 0))
    private let gate = DispatchSemaphore(value: 0)

    var entered: Int { state.withLock { $0.entered } }
    var answeredWhileHeld: Int { state.withLock { $0.whileHeld } }

    func hold() -> Bool {
        state.withLock { $0.entered += 1 }
        let released = gate.wait(timeout: .now() + 20) == .success
        state.withLock { if released && $0.answered { $0.whileHeld += 1 } }
        return true
    }

    func release(_ answered: Bool) {
        state.withLock { $0.answered = answered }
        for _ in 0..<1000 { gate.signal() }
    }
}

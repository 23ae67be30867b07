import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
@testable import Web

/// What a deployment needs of the pages: no framing, no inline script, and a session cookie sent only
/// over TLS unless the operator says the server is plain HTTP on this machine.
@Suite struct SecurityHeaderTests {
    @Test func pagesForbidFramingAndInlineScript() async throws {
        try await APIWorld.withClient { _, client in
            var browser = Browser(client: client)
            for path in ["/login", "/no-such-page"] {
                let page = try await browser.go(.get, path)
                #expect(page.headers[.init("X-Frame-Options")!] == "DENY", "\(path)")
                let policy = try #require(page.headers[.contentSecurityPolicy], "\(path)")
                #expect(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"))
                #expect(!policy.contains("'unsafe-inline'; script") && !policy.contains("unsafe-eval"))
                let scripts = policy.split(separator: ";").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("script-src") }
                #expect(scripts.map { !$0.contains("unsafe-inline") } == true)
                #expect(page.headers[.init("X-Content-Type-Options")!] == "nosniff")
            }
            let logged = try await Browser.loggedIn("coordinator", client: client)
            browser = logged
            let queue = try await browser.go(.get, "/queue")
            #expect(queue.headers[.init("X-Frame-Options")!] == "DENY" && queue.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test func noTemplateCarriesInlineScriptOrEventHandlers() throws {
        let directory = FixturePaths.repositoryRoot.appendingPathComponent("Sources/Web/Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".mustache") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            let inline = text.components(separatedBy: "<script").dropFirst().filter { !$0.prefix { $0 != ">" }.contains("src=") }
            #expect(inline.isEmpty, "\(file) has an inline script")
            #expect(text.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(file) has an inline event handler")
            #expect(!text.contains("javascript:"), "\(file) has a javascript: link")
        }
    }

    @Test func theSessionCookieIsSecureUnlessTheServerIsToldItIsPlainHTTP() async throws {
        try await APIWorld.withClient { _, client in
            var browser = Browser(client: client)
            let login = try await browser.logIn("coordinator")
            let cookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("fengqiao_session=") })
            #expect(cookie.contains("; Secure"))
        }
        let world = try APIWorld()
        defer { world.removeFiles() }
        var settings = ServerSettings()
        settings.secureCookies = false
        let router = try FengqiaoServer.router(database: world.database, clock: APIWorld.clock, passwordCost: APIWorld.passwordCost,
            settings: settings)
        try await Application(router: router).test(.router) { client in
            var browser = Browser(client: client)
            let login = try await browser.logIn("coordinator")
            let cookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("fengqiao_session=") })
            #expect(!cookie.contains("Secure"))
        }
    }
}

import Hummingbird
import HummingbirdCore
import NIOCore

/// How the service listens and what it asks of browsers; `fengqiao serve` fills it from its options.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// How long a connection may take to send a request's headers, or sit idle between requests, before it
    /// is closed.
    public var idleTimeout: Duration = .seconds(15)
    /// Whether the page session cookie carries `Secure`, so that browsers send it only over HTTPS.
    public var secureCookies = true
    public var loginLimits = LoginLimits()
    /// Where passwords are checked; tests give their own.
    var passwords = PasswordVerifier.bcrypt

    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }

    /// HTTP/1.1 with the idle timeout, which also bounds the wait for a request's headers.
    var http1: HTTPServerBuilder {
        let (seconds, attoseconds) = idleTimeout.components
        return .http1(configuration: .init(idleTimeout: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)))
    }

    /// Whether `host` is this machine only, where a browser may be served over plain HTTP.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}

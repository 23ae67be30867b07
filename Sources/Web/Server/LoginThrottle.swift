import Foundation
import Synchronization

/// How many failed logins an account, and a client address, may have within a window before further
/// attempts are refused until the oldest of them leaves the window.
public struct LoginLimits: Sendable {
    public var perAccount = 5
    public var perAddress = 30
    public var window: Duration = .seconds(15 * 60)

    public init() {}
}

/// Counts failed logins in memory, per account (the username as typed, in lower case) and per client
/// address. An attempt counts as failed from the moment it starts, so guesses sent in parallel cannot slip
/// past the limit while their passwords are being checked; a right password takes it back. A restart
/// forgets everything.
final class LoginThrottle: Sendable {
    /// One login attempt under way.
    struct Attempt {
        var keys: [String]
        var at: ContinuousClock.Instant
    }

    let limits: LoginLimits
    private let now: @Sendable () -> ContinuousClock.Instant
    private let failures = Mutex<[String: [ContinuousClock.Instant]]>([:])
    /// Above this many keys, the keys whose failures have all left the window are dropped.
    private let tidyAbove = 10_000

    init(limits: LoginLimits, now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.limits = limits
        self.now = now
    }

    /// Starts an attempt, or nil when the account or the address has used up its failures.
    func begin(username: String, address: String?) -> Attempt? {
        let now = now()
        let keys = keys(username: username, address: address)
        return failures.withLock { failures in
            if failures.count > tidyAbove { failures = failures.filter { $0.value.contains { now - $0 < limits.window } } }
            for (key, limit) in keys where (failures[key] ?? []).filter({ now - $0 < limits.window }).count >= limit { return nil }
            for (key, limit) in keys {
                failures[key] = Array(((failures[key] ?? []).filter { now - $0 < limits.window } + [now]).suffix(limit))
            }
            return Attempt(keys: keys.map(\.0), at: now)
        }
    }

    /// A right password: the account's failures are cleared, and this attempt no longer counts for the address.
    func succeeded(_ attempt: Attempt) {
        failures.withLock { failures in
            for key in attempt.keys {
                if key.hasPrefix("account:") {
                    failures[key] = nil
                } else if let index = failures[key]?.firstIndex(of: attempt.at) {
                    failures[key]?.remove(at: index)
                }
            }
        }
    }

    /// Whole seconds until `username` may try again from `address`, or nil when it may try now.
    func wait(username: String, address: String?) -> Int? {
        let now = now()
        let longest = failures.withLock { failures in
            keys(username: username, address: address).compactMap { key, limit -> Duration? in
                let recent = (failures[key] ?? []).filter { now - $0 < limits.window }
                guard recent.count >= limit, let oldest = recent.min() else { return nil }
                return oldest + limits.window - now
            }.max()
        }
        guard let longest else { return nil }
        let seconds = Double(longest.components.seconds) + Double(longest.components.attoseconds) / 1e18
        return max(1, Int(seconds.rounded(.up)))
    }

    private func keys(username: String, address: String?) -> [(String, Int)] {
        [("account:" + username.lowercased(), limits.perAccount), ("address:" + (address ?? "unknown"), limits.perAddress)]
    }
}

import Domain
import Foundation
import Hummingbird
import Logging
import Services
import Store

/// The JSON API: every endpoint below `/api/v1`, and the service's own routes at the root.
struct FengqiaoAPI: Sendable {
    let database: AppDatabase
    let clock: APIClock
    /// How long a token from POST /tokens lasts.
    let tokenLifetime: TimeInterval = 30 * 86_400
    /// The bcrypt cost of passwords set through the API.
    let passwordCost: UInt8
    /// Failed logins, counted for the API and the pages together.
    var throttle = LoginThrottle(limits: LoginLimits())
    var passwords = PasswordVerifier.bcrypt

    var logins: LoginGate { LoginGate(database: database, throttle: throttle, passwords: passwords) }

    static let prefix = "/api/v1"

    /// The endpoint groups, each with the prefix it is mounted under.
    func groups(metrics: @escaping @Sendable () -> String) -> [(prefix: String, endpoints: [Endpoint])] {
        [
            ("", service(metrics: metrics)),
            (Self.prefix, accounts + cases + experts + matching + scheduling + weights + reports + records),
        ]
    }

    /// The audit actor for a change made by `user`.
    static func actor(_ user: User) -> String { "\(user.username) (\(user.role.rawValue))" }

    var now: (instant: Date, today: CalendarDay) {
        get throws { try clock.now() }
    }
}

extension Set where Element == User.Role {
    /// Reads of cases, experts and reports.
    static let office: Set<User.Role> = [.coordinator, .administrator]
    /// Changes to cases, panels and sessions.
    static let coordinators: Set<User.Role> = [.coordinator]
    /// Weights, users and the audit log.
    static let administrators: Set<User.Role> = [.administrator]
    static let everyone = Set(User.Role.allCases)
}

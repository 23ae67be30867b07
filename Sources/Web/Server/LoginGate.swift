import Domain
import Foundation
import Store

/// The one way in, for the API's token login and the login page alike: refused at once while the account
/// or the address is throttled, else the password checked with bcrypt on the password pool.
struct LoginGate: Sendable {
    enum Outcome {
        case user(User)
        case refused
        /// Too many failed logins: try again after this many seconds.
        case throttled(seconds: Int)
    }

    let database: AppDatabase
    let throttle: LoginThrottle
    let passwords: PasswordVerifier

    func check(username: String, password: String, address: String?) async throws -> Outcome {
        guard let attempt = throttle.begin(username: username, address: address) else {
            return .throttled(seconds: throttle.wait(username: username, address: address) ?? 1)
        }
        let user = try database.user(username: username)
        let matches = try await passwords.verify(password, hash: user?.passwordHash)
        guard let user, matches, user.isActive else { return .refused }
        throttle.succeeded(attempt)
        return .user(user)
    }
}

import HummingbirdBcrypt
import NIOPosix

/// Checks and hashes passwords with bcrypt on a thread pool, so a burst of logins (each bcrypt at cost 12
/// takes a core for a quarter of a second) never holds the threads that serve requests.
struct PasswordVerifier: Sendable {
    let pool: NIOThreadPool
    let check: @Sendable (_ password: String, _ hash: String) -> Bool

    static let bcrypt = PasswordVerifier(pool: .singleton) { Bcrypt.verify($0, hash: $1) }

    /// Whether `password` matches `hash`; with no hash (an unknown user) it checks a decoy, so timing does
    /// not tell which usernames exist.
    func verify(_ password: String, hash: String?) async throws -> Bool {
        try await pool.runIfActive { check(password, hash ?? FengqiaoAPI.decoyHash) && hash != nil }
    }

    /// Runs other blocking password work (hashing a new password) on the same pool.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(work)
    }
}

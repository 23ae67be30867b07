import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The secret keys that sign the audit chain with HMAC-SHA256, oldest first: the newest signs new events, and
/// each verifies the events it signed. They live outside the database, so someone who can write the database
/// file but cannot read the keys cannot sign a forged event.
public struct AuditKeyring: Sendable {
    struct Key: Sendable {
        /// The first 8 hex digits of the key's SHA-256, recorded in every hash the key signs.
        let id: String
        let secret: SymmetricKey
    }

    let keys: [Key]

    init(secrets: [SymmetricKey]) {
        keys = secrets.map { secret in
            Key(id: String(secret.withUnsafeBytes { sha256Hex(Data($0)) }.prefix(8)), secret: secret)
        }
    }

    /// One new random key, for a database that lives only in memory.
    public static func random() -> AuditKeyring { AuditKeyring(secrets: [SymmetricKey(size: .bits256)]) }

    /// The identifiers of the keys, oldest first; the last signs new events.
    public var keyIDs: [String] { keys.map(\.id) }

    /// The key file the store uses when given none: beside the database, `fengqiao.sqlite.audit-key`.
    public static func defaultFile(forDatabaseAt path: String) -> String { path + ".audit-key" }

    /// `<key ID>.<HMAC-SHA256 in hex>` of `message` under the newest key.
    func sign(_ message: Data) -> String {
        let key = keys[keys.count - 1]
        let code = HMAC<SHA256>.authenticationCode(for: message, using: key.secret)
        return key.id + "." + code.map { String(format: "%02x", $0) }.joined()
    }

    /// Which key signed `hash`, when it is a keyed hash of `message`: its position in the ring.
    func check(_ hash: String, of message: Data) -> KeyCheck {
        let parts = hash.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return .unkeyed }
        guard let index = keys.firstIndex(where: { $0.id == parts[0] }) else { return .unknownKey(parts[0]) }
        let code = HMAC<SHA256>.authenticationCode(for: message, using: keys[index].secret)
        return code.map({ String(format: "%02x", $0) }).joined() == parts[1] ? .signed(position: index) : .mismatch
    }

    enum KeyCheck: Equatable {
        case unkeyed, unknownKey(String), mismatch, signed(position: Int)
    }
}

extension AuditKeyring {
    static let header = """
        # Fengqiao audit keys, oldest first, one base64 key a line. The last key signs new audit events;
        # keep every older line, since each verifies the events it signed.

        """

    /// The keys in the file at `path`; a missing file is created, readable by its owner only, with one new key.
    public static func load(file path: String) throws -> AuditKeyring {
        if !FileManager.default.fileExists(atPath: path) {
            try create(path, contents: header + line(SymmetricKey(size: .bits256)), replacing: false)
        }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw AuditKeyError("The audit key file \(path) cannot be read (\(error.localizedDescription)).")
        }
        var secrets: [SymmetricKey] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let data = Data(base64Encoded: trimmed), data.count == 32 else {
                throw AuditKeyError("Line \(number + 1) of the audit key file \(path) is not a key: each key is 32 bytes in base64.")
            }
            secrets.append(SymmetricKey(data: data))
        }
        guard !secrets.isEmpty else { throw AuditKeyError("The audit key file \(path) holds no key.") }
        return AuditKeyring(secrets: secrets)
    }

    /// Adds a new key at the end of the file at `path`, keeping the older ones, and answers the ring it now holds.
    public static func addKey(toFile path: String) throws -> AuditKeyring {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try create(path, contents: text + (text.hasSuffix("\n") || text.isEmpty ? "" : "\n") + line(SymmetricKey(size: .bits256)),
            replacing: true)
        return try load(file: path)
    }

    /// Writes every key of the ring to the file at `path`, replacing it: for tests that copy a database to a file.
    func save(toFile path: String) throws {
        try Self.create(path, contents: Self.header + keys.map { Self.line($0.secret) }.joined(), replacing: true)
    }

    static func line(_ key: SymmetricKey) -> String {
        key.withUnsafeBytes { Data($0).base64EncodedString() } + "\n"
    }

    /// Writes a whole file, mode 0600, under a temporary name first, so no reader ever sees half of it: linked into
    /// place when it must be new (two processes creating it at once keep one key), renamed over the old one otherwise.
    static func create(_ path: String, contents: String, replacing: Bool) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = path + ".new-\(UUID().uuidString)"
        defer { unlink(temporary) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw AuditKeyError("The audit key file \(path) cannot be written (\(String(cString: strerror(errno)))).") }
        let bytes = Array(contents.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == bytes.count, synced == 0 else { throw AuditKeyError("The audit key file \(path) cannot be written.") }
        if replacing {
            guard rename(temporary, path) == 0 else {
                throw AuditKeyError("The audit key file \(path) cannot be replaced (\(String(cString: strerror(errno)))).")
            }
        } else if link(temporary, path) != 0, errno != EEXIST {
            throw AuditKeyError("The audit key file \(path) cannot be created (\(String(cString: strerror(errno)))).")
        }
    }
}

/// The audit key file is missing something the store needs, said as a sentence.
public struct AuditKeyError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}

import Domain
import Foundation
import GRDB

/// The only door to SQLite. Each method is one transaction with a name that says what it does.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The keys that sign and verify the audit chain; they never enter the database.
    let auditKeys: AuditKeyring

    /// Wraps a writer whose connections sign with `auditKeys` and brings its schema up to date.
    init(_ writer: any DatabaseWriter, auditKeys: AuditKeyring) throws {
        self.writer = writer
        self.auditKeys = auditKeys
        try AppDatabase.migrator.migrate(writer)
    }

    /// A file database in WAL mode, created when missing, at `path`. Its audit chain is signed with `auditKeys`,
    /// by default those in the key file beside it (`fengqiao.sqlite.audit-key`), created on first use.
    public static func open(path: String, auditKeys: AuditKeyring? = nil) throws -> AppDatabase {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let keys = try auditKeys ?? AuditKeyring.load(file: AuditKeyring.defaultFile(forDatabaseAt: path))
        return try AppDatabase(DatabasePool(path: path, configuration: configuration(signingWith: keys)), auditKeys: keys)
    }

    /// A private in-memory database, for tests, its audit chain signed with a random key unless given one.
    public static func inMemory(auditKeys: AuditKeyring = .random()) throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration(signingWith: auditKeys)), auditKeys: auditKeys)
    }

    static func configuration(signingWith auditKeys: AuditKeyring) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in db.add(function: AuditTable.signFunction(auditKeys)) }
        return configuration
    }

    /// The names of the migrations applied so far.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try AppDatabase.migrator.appliedMigrations(db) }
    }

    /// A value of the meta table, such as the data set the database was built from.
    public func meta(_ key: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    public func setMeta(_ key: String, to value: String) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [key, value])
        }
    }

    /// How many rows each main table holds.
    public func counts() throws -> DatabaseCounts {
        try writer.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return DatabaseCounts(
                subdistricts: try count("SELECT COUNT(*) FROM area WHERE level = 'subdistrict'"),
                communities: try count("SELECT COUNT(*) FROM area WHERE level = 'community'"),
                venues: try count("SELECT COUNT(*) FROM venue"),
                experts: try count("SELECT COUNT(*) FROM expert"),
                parties: try count("SELECT COUNT(*) FROM party"),
                openCases: try count("SELECT COUNT(*) FROM dispute_case WHERE status <> 'closed'"),
                closedCases: try count("SELECT COUNT(*) FROM dispute_case WHERE status = 'closed'"),
                assignments: try count("SELECT COUNT(*) FROM assignment"),
                sessions: try count("SELECT COUNT(*) FROM session"),
                users: try count("SELECT COUNT(*) FROM app_user")
            )
        }
    }
}

/// Row counts of the main tables.
public struct DatabaseCounts: Hashable, Sendable, Codable {
    public var subdistricts: Int
    public var communities: Int
    public var venues: Int
    public var experts: Int
    public var parties: Int
    public var openCases: Int
    public var closedCases: Int
    public var assignments: Int
    public var sessions: Int
    public var users: Int
}

/// A stored value that the domain does not accept: the database was changed behind the app's back.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(table: String, id: String, column: String, value: String?) {
        description = "Row \(id) of table \(table) holds \"\(value ?? "NULL")\" in \(column), which Fengqiao cannot read."
    }
}

extension AppDatabase {
    /// One write transaction. A constraint the schema enforces, such as a unique index refusing a second
    /// holder of a seat, comes back as a domain conflict: two people changed the same thing at once, or the
    /// change breaks a rule the database keeps. A database too busy to take the write says so.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(updates)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw DomainError.conflict(record: "the record", reason: "the database refused it (\(error.message ?? "a constraint failed"))")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw DomainError.conflict(record: "the record", reason: "the database is busy with another change; try again")
        }
    }
}

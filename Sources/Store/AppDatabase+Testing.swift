import GRDB

extension AppDatabase {
    /// Runs raw SQL past every method of the app, for tests that simulate tampering with the file
    /// (editing an audit event, storing a row the domain forbids). App code never calls it.
    public func executeForTesting(_ sql: String) throws {
        try write { db in try db.execute(sql: sql) }
    }

    /// Reads one text value with raw SQL, for tests that inspect the connection (`PRAGMA journal_mode`).
    public func fetchTextForTesting(_ sql: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: sql) }
    }
}

extension AppDatabase {
    /// Writes a consistent copy of the whole database to a new file at `path`, with its audit keys in the key file
    /// beside it, so tests can build one world in memory and give each test its own file database.
    public func copyForTesting(to path: String) throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        try auditKeys.save(toFile: AuditKeyring.defaultFile(forDatabaseAt: path))
    }
}

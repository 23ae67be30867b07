import GRDB

extension AppDatabase {
    /// Runs raw SQL past every method of the app, for tests that simulate tampering with the file
    /// (editing an audit event, storing a row the domain forbids). App code never calls it.
    public func executeForTesting(_ sql: String) throws {
        try writer.write { db in try db.execute(sql: sql) }
    }

    /// Reads one text value with raw SQL, for tests that inspect the connection (`PRAGMA journal_mode`).
    public func fetchTextForTesting(_ sql: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: sql) }
    }
}

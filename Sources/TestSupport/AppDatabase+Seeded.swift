import Domain
import Store

extension AppDatabase {
    /// A private in-memory database holding the `TestAreas` tree and nothing else.
    public static func seededForTests() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.insertAreas(TestAreas.all)
        return database
    }
}

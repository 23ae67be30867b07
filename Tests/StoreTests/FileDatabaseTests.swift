import Foundation
import Store
import Testing
import TestSupport

@Suite struct FileDatabaseTests {
    @Test func fileDatabaseRunsInWALMode() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try AppDatabase.open(path: directory.appendingPathComponent("fengqiao.sqlite").path)
        #expect(try database.fetchTextForTesting("PRAGMA journal_mode") == "wal")
        #expect(try database.fetchTextForTesting("PRAGMA foreign_keys") == "1")
    }

    @Test func reopeningAFileKeepsItsData() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("nested/fengqiao.sqlite").path
        do {
            let database = try AppDatabase.open(path: path)
            try database.insertAreas(TestAreas.all)
            try database.insertExperts([.fixture()])
            try database.setMeta("dataset", to: "tiny")
        }
        let reopened = try AppDatabase.open(path: path)
        #expect(try reopened.expert("E-0001") == .fixture())
        #expect(try reopened.areas().count == TestAreas.all.count)
        #expect(try reopened.meta("dataset") == "tiny")
        #expect(try reopened.appliedMigrations().count == 6)
    }

    @Test func migrationsAreTheFrozenList() throws {
        #expect(try AppDatabase.inMemory().appliedMigrations() == [
            "v1: reference data, experts, cases, assignments, sessions, weights, users, audit",
            "v2: dated availability exceptions, party availability windows",
            "v3: evidence lists of police referrals",
            "v4: API bearer tokens, stored hashed",
            "v5: page sessions, stored hashed, with their CSRF tokens",
            "v6: calendar feed secrets, one per expert login, stored hashed",
        ])
    }
}

@Suite struct FixturePathTests {
    @Test func repositoryRootHoldsThePackageAndTheFixtures() {
        let root = FixturePaths.repositoryRoot
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path))
        #expect(FixturePaths.xigang.path.hasSuffix("Fixtures/xigang"))
        #expect(FileManager.default.fileExists(atPath: FixturePaths.xigang.path))
    }
}

import Domain
import Foundation
import Store
import Testing
import TestSupport

@Suite struct UserStoreTests {
    @Test func usersRoundTripOfEveryRole() throws {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture()])
        let users: [User] = [
            .fixture(),
            .fixture(id: "U-0002", username: "wangjg", displayName: "王建国", role: .expert, expertID: "E-0001"),
            .fixture(id: "U-0003", username: "admin", displayName: "管理员", role: .administrator, isActive: false,
                createdAt: TestTime.now.addingTimeInterval(-86_400)),
        ]
        for user in users { try database.insertUser(user) }
        #expect(try database.users() == users.sorted { $0.username < $1.username })
        #expect(try database.user(username: "wangjg") == users[1])
        #expect(try database.user(username: "nobody") == nil)
    }

    @Test func usernamesAreUniqueRegardlessOfCase() throws {
        let database = try AppDatabase.inMemory()
        try database.insertUser(.fixture(username: "Coordinator"))
        #expect(try database.user(username: "coordinator")?.id == "U-0001")
        let error = #expect(throws: (any Error).self) { try database.insertUser(.fixture(id: "U-0002", username: "COORDINATOR")) }
        #expect(isRefusal(error, "UNIQUE constraint failed"))
    }

    @Test func expertUserMustBeLinked() throws {
        let database = try AppDatabase.inMemory()
        #expect(throws: DomainError.self) { try database.insertUser(.fixture(role: .expert)) }
        #expect(try database.users().isEmpty)
    }
}

@Suite struct AuditStoreTests {
    @Test func eventsRoundTripInSequence() throws {
        let database = try AppDatabase.inMemory()
        let events = (1...3).map { auditEvent(Int64($0)) }
        for event in events { try database.appendAuditEvent(event) }
        #expect(try database.auditEvents() == events)
    }

    @Test func eventCannotBeUpdated() throws {
        let database = try AppDatabase.inMemory()
        try database.appendAuditEvent(auditEvent(1))
        let error = #expect(throws: (any Error).self) {
            try database.executeForTesting("UPDATE audit_event SET actor = 'intruder' WHERE sequence = 1")
        }
        #expect(isRefusal(error, "audit events are append-only"))
        #expect(try database.auditEvents() == [auditEvent(1)])
    }

    @Test func eventCannotBeDeleted() throws {
        let database = try AppDatabase.inMemory()
        try database.appendAuditEvent(auditEvent(1))
        let error = #expect(throws: (any Error).self) { try database.executeForTesting("DELETE FROM audit_event") }
        #expect(isRefusal(error, "audit events are append-only"))
        #expect(try database.auditEvents().count == 1)
    }

    @Test func sequenceNumberIsTakenOnce() throws {
        let database = try AppDatabase.inMemory()
        try database.appendAuditEvent(auditEvent(1))
        var replay = auditEvent(1)
        replay.hash = "other"
        let error = #expect(throws: (any Error).self) { try database.appendAuditEvent(replay) }
        #expect(isRefusal(error, "UNIQUE constraint failed"))
    }
}

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
    @Test func eventsAreChainedInSequence() throws {
        let database = try AppDatabase.inMemory()
        let appended = try (1...3).map { try database.appendAudit(auditDraft($0)) }
        #expect(try database.auditEvents() == appended)
        #expect(appended.map(\.sequence) == [1, 2, 3])
        #expect(appended[0].previousHash == "")
        #expect(appended[1].previousHash == appended[0].hash && appended[2].previousHash == appended[1].hash)
        #expect(Set(appended.map(\.hash)).count == 3 && appended.allSatisfy { $0.hash.count == 8 + 1 + 64 })
        #expect(try database.verifyAuditChain() == .intact(events: 3))
    }

    @Test func eventCannotBeUpdated() throws {
        let database = try AppDatabase.inMemory()
        let event = try database.appendAudit(auditDraft(1))
        let error = #expect(throws: (any Error).self) {
            try database.executeForTesting("UPDATE audit_event SET actor = 'intruder' WHERE sequence = 1")
        }
        #expect(isRefusal(error, "audit events are append-only"))
        #expect(try database.auditEvents() == [event])
    }

    @Test func eventCannotBeDeleted() throws {
        let database = try AppDatabase.inMemory()
        try database.appendAudit(auditDraft(1))
        let error = #expect(throws: (any Error).self) { try database.executeForTesting("DELETE FROM audit_event") }
        #expect(isRefusal(error, "audit events are append-only"))
        #expect(try database.auditEvents().count == 1)
    }

    /// Someone with the file drops the guard and edits a row: the chain no longer verifies, at that row.
    @Test func anEditedRowIsDetected() throws {
        let database = try AppDatabase.inMemory()
        for number in 1...4 { try database.appendAudit(auditDraft(number)) }
        try database.executeForTesting("DROP TRIGGER audit_event_is_append_only_update")
        try database.executeForTesting("UPDATE audit_event SET reason = 'nothing happened' WHERE sequence = 3")
        #expect(try database.verifyAuditChain() == .broken(sequence: 3, problem: "its contents do not match its hash (edited)"))
    }

    @Test func aDeletedRowIsDetected() throws {
        let database = try AppDatabase.inMemory()
        for number in 1...4 { try database.appendAudit(auditDraft(number)) }
        try database.executeForTesting("DROP TRIGGER audit_event_is_append_only_delete")
        try database.executeForTesting("DELETE FROM audit_event WHERE sequence = 2")
        #expect(try database.verifyAuditChain() == .broken(sequence: 2, problem: "event 2 is missing (deleted); the chain jumps to 3"))
        try database.executeForTesting("DELETE FROM audit_event WHERE sequence = 4")
        #expect(try database.verifyAuditChain() == .broken(sequence: 2, problem: "event 2 is missing (deleted); the chain jumps to 3"))
    }

    @Test func aRewrittenTailIsDetectedByItsLink() throws {
        let database = try AppDatabase.inMemory()
        for number in 1...3 { try database.appendAudit(auditDraft(number)) }
        try database.executeForTesting("DROP TRIGGER audit_event_is_append_only_update")
        try database.executeForTesting("UPDATE audit_event SET previous_hash = 'forged' WHERE sequence = 2")
        #expect(try database.verifyAuditChain() == .broken(sequence: 2, problem: "it does not link to the event before it"))
    }
}

import Domain
import Foundation
import Store
import Testing
import TestSupport

@Suite struct AssignmentStoreTests {
    @Test func assignmentWithScoreBreakdownAndResponseRoundTrips() throws {
        let database = try databaseWithOneCase()
        try database.insertWeightsProfile(.fixture(version: 2))
        let assignment = Assignment.fixture(
            id: "C-2026-00001:1:1", seat: 1, role: .lawyer, expertID: "E-0002", status: .declined, score: 0.8125,
            breakdown: ["specialty": 0.75, "distance": 1, "load": 0.4, "track_record": 0.0625], weightsVersion: 2,
            respondedAt: TestTime.now.addingTimeInterval(3_600), reason: "出差")
        let plain = Assignment.fixture()
        try database.insertAssignments([assignment, plain])
        #expect(try database.assignments(caseID: "C-2026-00001") == [plain, assignment])
        #expect(try database.assignments(expertID: "E-0002") == [assignment])
        #expect(try database.allAssignments() == [plain, assignment])
    }

    @Test func updateRecordsStatusResponseAndReason() throws {
        let database = try databaseWithOneCase()
        var assignment = Assignment.fixture()
        try database.insertAssignments([assignment])
        assignment.status = .accepted
        assignment.respondedAt = TestTime.now.addingTimeInterval(600)
        assignment.reason = "ok"
        try database.updateAssignment(assignment)
        #expect(try database.allAssignments() == [assignment])
    }

    @Test func updatingAnUnknownAssignmentSaysSo() throws {
        let error = #expect(throws: DomainError.self) { try databaseWithOneCase().updateAssignment(.fixture(id: "C-2026-00001:0:404")) }
        #expect(error == .notFound(kind: "assignment", id: "C-2026-00001:0:404"))
    }

    @Test func nextAssignmentIDCountsTheOffersOfTheSeat() throws {
        let database = try databaseWithOneCase()
        #expect(try database.nextAssignmentID(caseID: "C-2026-00001", seat: 1) == Assignment.ID("C-2026-00001:1:1"))
        try database.insertAssignments([
            .fixture(id: "C-2026-00001:1:1", seat: 1, status: .declined), .fixture(id: "C-2026-00001:0:1", seat: 0),
        ])
        #expect(try database.nextAssignmentID(caseID: "C-2026-00001", seat: 1) == Assignment.ID("C-2026-00001:1:2"))
    }

    @Test func releasedSeatCanBeOfferedAgain() throws {
        let database = try databaseWithOneCase()
        try database.insertAssignments([
            .fixture(id: "C-2026-00001:0:1", expertID: "E-0001", status: .declined),
            .fixture(id: "C-2026-00001:0:2", expertID: "E-0001", status: .expired),
            .fixture(id: "C-2026-00001:0:3", expertID: "E-0002", status: .accepted),
        ])
        #expect(try database.assignments(caseID: "C-2026-00001").count == 3)
    }
}

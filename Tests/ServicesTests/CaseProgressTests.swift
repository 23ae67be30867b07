import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing

@Suite struct CaseProgressTests {
    @Test func aScheduledCaseIsMediatedAndClosedWithEveryStepAudited() throws {
        let (database, plan) = try SchedulingServiceTests.scheduled()
        let caseID = try #require(plan.sessions.first).caseID
        let progress = CaseProgress(database: database)
        let before = try database.auditEvents().count
        _ = try progress.startMediation(caseID, at: SchedulingServiceTests.now, by: "王主任")
        let closed = try progress.close(caseID, outcome: .settled, satisfaction: .satisfied, on: TestTime.day("2026-12-10"),
            at: SchedulingServiceTests.now, by: "王主任")
        #expect(try database.dispute(caseID) == closed)
        let events = try database.auditEvents().dropFirst(before)
        #expect(events.map(\.action) == ["case.update", "case.update"])
        #expect(events.allSatisfy { $0.actor == "王主任" && $0.recordID == caseID.rawValue })
        #expect(events.last?.after?.contains(#""outcome":"settled""#) == true)
        #expect(try database.verifyAuditChain().isIntact)
        #expect(try database.auditRecordMismatches() == [])
    }

    @Test func anIllegalMoveChangesNothing() throws {
        let (database, plan) = try SchedulingServiceTests.scheduled()
        let caseID = try #require(plan.sessions.first).caseID
        let progress = CaseProgress(database: database)
        _ = try progress.close(caseID, outcome: .withdrawn, satisfaction: nil, on: TestTime.today, at: SchedulingServiceTests.now, by: "王主任")
        let stored = try database.dispute(caseID)
        let events = try database.auditEvents().count
        #expect(throws: DomainError.illegalTransition(caseID: caseID.rawValue, from: "closed", to: "in_mediation")) {
            try progress.startMediation(caseID, at: SchedulingServiceTests.now, by: "王主任")
        }
        #expect(try database.dispute(caseID) == stored)
        #expect(try database.auditEvents().count == events)
    }

    @Test func aDifficultyAgainstTheTriageNeedsAReasonAndRecordsTheProposal() throws {
        let database = try SchedulingServiceTests.assigned()
        let dispute = try #require(try database.cases(CaseFilter(statuses: [.assigned])).first { Triage.proposeDifficulty(for: $0) == .ordinary })
        let progress = CaseProgress(database: database)
        #expect(throws: DomainError.self) { try progress.setDifficulty(dispute.id, to: .major, reason: " ", at: SchedulingServiceTests.now, by: "王主任") }
        let changed = try progress.setDifficulty(dispute.id, to: .major, reason: "the family threatened violence", at: SchedulingServiceTests.now, by: "王主任")
        #expect(changed.difficulty == .major)
        #expect(try database.auditEvents().last?.reason == "the family threatened violence (triage proposed ordinary)")
    }
}

import Domain
import Testing

@Suite struct CaseLifecycleTests {
    /// Every (from, to) pair: the legal moves of DESIGN.md and the real steps back, nothing else.
    @Test func onlyTheLifecycleMovesAreLegal() {
        let legal: Set<String> = [
            "intake>matching", "intake>assigned", "intake>closed",
            "matching>assigned", "matching>closed",
            "assigned>matching", "assigned>scheduled", "assigned>closed",
            "scheduled>assigned", "scheduled>in_mediation", "scheduled>closed",
            "in_mediation>scheduled", "in_mediation>closed",
        ]
        for from in CaseStatus.allCases {
            for to in CaseStatus.allCases where from != to {
                #expect(from.canMove(to: to) == legal.contains("\(from.rawValue)>\(to.rawValue)"), "\(from) → \(to)")
            }
        }
    }

    @Test func anIllegalMoveIsRefusedWithTheMovesThatAreAllowed() {
        var dispute = sampleCase()
        dispute.status = .intake
        let error = #expect(throws: DomainError.self) { try dispute.moved(to: .inMediation) }
        #expect(error?.description == "Case \(dispute.id) cannot move from intake to in_mediation; from intake it may go to assigned, closed, matching.")
        dispute.status = .closed
        let closed = #expect(throws: DomainError.self) { try dispute.moved(to: .matching) }
        #expect(closed?.description == "Case \(dispute.id) cannot move from closed to matching; it is closed.")
    }

    @Test func closingRecordsTheOutcomeSatisfactionAndDay() throws {
        var dispute = sampleCase()
        dispute.status = .inMediation
        let closed = try dispute.closed(on: day("2026-12-20"), outcome: .settled, satisfaction: .basicallySatisfied)
        #expect(closed.status == .closed && closed.outcome == .settled && closed.satisfaction == .basicallySatisfied)
        #expect(closed.closedOn == day("2026-12-20"))
        #expect(throws: DomainError.self) { try dispute.closed(on: day("2020-01-01"), outcome: .settled, satisfaction: nil) }
    }

    @Test func aCaseOpenMoreThanThirtyDaysIsOverdue() {
        var dispute = sampleCase()
        dispute.openedOn = day("2026-10-30")
        #expect(dispute.isOverdue(on: day("2026-11-29")) == false)
        #expect(dispute.isOverdue(on: day("2026-11-30")) == true)
        dispute.status = .closed
        #expect(dispute.isOverdue(on: day("2026-11-30")) == false)
    }
}

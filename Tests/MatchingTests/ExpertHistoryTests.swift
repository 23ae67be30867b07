import Domain
@testable import Matching
import TestSupport
import Testing

/// What the pool derives from past seats and outcomes: load, results, recent seats and strain.
@Suite struct ExpertHistoryTests {
    func history(of expertID: Expert.ID = "E-0001", cases: [DisputeCase], assignments: [Assignment],
        settings: HardRuleSettings = HardRuleSettings()) -> ExpertHistory
    {
        let pool = Situation.pool([.fixture(id: "E-0001"), .fixture(id: "E-0002")], cases: cases, assignments: assignments,
            settings: settings)
        return pool.histories[pool.index[expertID]!]
    }

    @Test func openCasesCountOfferedAndAcceptedSeatsOnOpenCasesOnly() {
        let open = (1...4).map { Situation.openCase($0) }
        let closed = Situation.closedCase(5)
        let statuses: [Assignment.Status] = [.accepted, .offered, .declined, .released]
        let seats = zip(open, statuses).map { Situation.seat("E-0001", on: $0.id, status: $1) }
            + [Situation.seat("E-0001", on: closed.id)]
        #expect(history(cases: open + [closed], assignments: seats).openCases == 2)
    }

    @Test func closedCasesCountAcceptedSeatsAndSettledOnesApart() {
        let cases = [
            Situation.closedCase(1, outcome: .settled), Situation.closedCase(2, outcome: .settled),
            Situation.closedCase(3, outcome: .notSettled), Situation.closedCase(4, outcome: .settled),
        ]
        // The last was only ever offered, so E-0001 did not serve it.
        let seats = cases.dropLast().map { Situation.seat("E-0001", on: $0.id) }
            + [Situation.seat("E-0001", on: cases[3].id, status: .offered)]
        let history = history(cases: cases, assignments: seats)
        #expect(history.closedCases == 3)
        #expect(history.settledCases == 2)
        #expect(history.openCases == 0)
    }

    @Test func satisfactionSumsTheFollowUpAnswersOfClosedCases() {
        let cases = [
            Situation.closedCase(1, satisfaction: .satisfied), Situation.closedCase(2, satisfaction: .basicallySatisfied),
            Situation.closedCase(3, satisfaction: .dissatisfied), Situation.closedCase(4, satisfaction: nil),
        ]
        let history = history(cases: cases, assignments: cases.map { Situation.seat("E-0001", on: $0.id) })
        #expect(abs(history.satisfactionSum - 1.6) < 1e-12)
        #expect(history.satisfactionCount == 3)
        #expect(Satisfaction.allCases.map(\.value) == [1, 0.6, 0])
    }

    @Test func recentSeatsCountSeatsByRoleOnCasesOpenedWithinTheFairnessWindow() {
        let cases = [
            Situation.closedCase(1, daysAgo: 30), Situation.openCase(2, daysAgo: 5), Situation.openCase(3, daysAgo: 89),
            Situation.closedCase(4, daysAgo: 91), Situation.openCase(5, daysAgo: 10),
        ]
        let seats = [
            Situation.seat("E-0001", on: cases[0].id), Situation.seat("E-0001", on: cases[1].id),
            Situation.seat("E-0001", on: cases[2].id, seat: 1, role: .lawyer), Situation.seat("E-0001", on: cases[3].id),
            Situation.seat("E-0001", on: cases[4].id, status: .declined),
        ]
        #expect(history(cases: cases, assignments: seats).recentSeats == [.mediator: 2, .lawyer: 1])
        let narrow = HardRuleSettings(fairnessWindowDays: 7)
        #expect(history(cases: cases, assignments: seats, settings: narrow).recentSeats == [.mediator: 1])
    }

    @Test func strainWeighsDifficultCasesOneAndMajorCasesTwoWithinTheStrainWindow() {
        let cases = [
            Situation.openCase(1, daysAgo: 10, difficulty: .difficult), Situation.closedCase(2, daysAgo: 40, difficulty: .major),
            Situation.openCase(3, daysAgo: 5, difficulty: .ordinary), Situation.closedCase(4, daysAgo: 61, difficulty: .major),
        ]
        let history = history(cases: cases, assignments: cases.map { Situation.seat("E-0001", on: $0.id) })
        #expect(history.strain == 3)
        let pool = Situation.pool([.fixture()], cases: cases, assignments: cases.map { Situation.seat("E-0001", on: $0.id) })
        #expect(pool.staticTerm(.strain, expert: 0, roleIndex: 0) == StrainTerm.value(strain: 3))
    }

    @Test func anotherExpertsSeatsAndSeatsOfUnknownCasesOrExpertsAreNotCounted() {
        let open = Situation.openCase(1)
        let seats = [
            Situation.seat("E-0002", on: open.id), Situation.seat("E-0001", on: "C-2026-99999"),
            Situation.seat("E-0042", on: open.id),
        ]
        #expect(history(cases: [open], assignments: seats) == ExpertHistory())
        #expect(history(of: "E-0002", cases: [open], assignments: seats).openCases == 1)
    }
}

import Domain
@testable import Matching
import TestSupport
import Testing

/// The fairness term: the shortfall against a target share of recent seats that is proportional to
/// capacity times the days of the window the expert could take cases.
@Suite struct FairnessTermTests {
    @Test func theTermIsTheShortfallAsAShareOfTheExpectedSeats() {
        #expect(FairnessTerm.value(expected: 4, actual: 1) == 0.75)
        #expect(FairnessTerm.value(expected: 4, actual: 0) == 1)
        #expect(FairnessTerm.value(expected: 4, actual: 4) == 0)
        #expect(FairnessTerm.value(expected: 4, actual: 9) == 0)
        #expect(FairnessTerm.value(expected: 0, actual: 0) == 0)
    }

    /// A due of a fraction of a seat is a small shortfall, not a full one: newcomers are not flooded.
    @Test func aSmallDueIsASmallShortfall() {
        #expect(FairnessTerm.value(expected: 0.5, actual: 0) == 0.25)
        #expect(FairnessTerm.value(expected: 2, actual: 0) == 1)
        #expect(FairnessTerm.value(expected: 18, actual: 0) == 1)
    }

    @Test func presentDaysCountTheWindowSinceJoiningLessLeave() {
        #expect(FairnessTerm.presentDays(.fixture(), window: 90, today: TestTime.today) == 90)
        let newcomer = Expert.fixture(joinedOn: TestTime.today.adding(days: -5))
        #expect(FairnessTerm.presentDays(newcomer, window: 90, today: TestTime.today) == 5)
        let away = LeavePeriod(from: TestTime.today.adding(days: -90), through: TestTime.today.adding(days: -11))
        let returning = Expert.fixture(leave: [away])
        #expect(FairnessTerm.presentDays(returning, window: 90, today: TestTime.today) == 10)
    }

    /// A veteran with many recent seats, a veteran peer with one, and `other` with one; returns the
    /// fairness of the peer and of `other` in the mediator's seat.
    func peerAndOther(_ other: Expert) -> (peer: Double, other: Double) {
        let busy = Situation.servedCases(17, by: "E-0001", from: 1)
        let peer = Situation.servedCases(1, by: "E-0002", from: 100)
        let others = Situation.servedCases(1, by: other.id, from: 200)
        let pool = Situation.pool([.fixture(id: "E-0001"), .fixture(id: "E-0002"), other],
            cases: busy.cases + peer.cases + others.cases,
            assignments: busy.assignments + peer.assignments + others.assignments)
        let mediator = ExpertRole.mediator.position
        return (pool.fairness[pool.index["E-0002"]!][mediator], pool.fairness[pool.index[other.id]!][mediator])
    }

    @Test func aNewcomerWhoJoinedFiveDaysAgoIsDueLittleSoOneSeatMeetsTheirShare() {
        let (peer, newcomer) = peerAndOther(.fixture(id: "E-0003", joinedOn: TestTime.today.adding(days: -5)))
        // 19 seats shared by weight 450 : 450 : 25: the peer is due 9.24 and has 1; the newcomer is due 0.51.
        #expect(abs(peer - (19.0 * 450 / 925 - 1) / (19.0 * 450 / 925)) < 1e-12)
        #expect(newcomer == 0)
    }

    @Test func someoneBackFromLeaveIsDueLittleLikewise() {
        let leave = LeavePeriod(from: TestTime.today.adding(days: -90), through: TestTime.today.adding(days: -6))
        let (peer, returning) = peerAndOther(.fixture(id: "E-0003", leave: [leave]))
        #expect(peer > 0.85)
        #expect(returning == 0)
    }

    @Test func anExpertWithNothingOfWhatTheyWereDueScoresOne() {
        let busy = Situation.servedCases(4, by: "E-0001", from: 1)
        let pool = Situation.pool([.fixture(id: "E-0001"), .fixture(id: "E-0002")], cases: busy.cases,
            assignments: busy.assignments)
        let mediator = ExpertRole.mediator.position
        #expect(pool.fairness[pool.index["E-0001"]!][mediator] == 0)
        #expect(pool.fairness[pool.index["E-0002"]!][mediator] == 1)
    }

    @Test func sharesAreCountedPerRoleAndInactiveExpertsAreLeftOut() {
        let lawyering = Situation.servedCases(3, by: "E-0001", from: 1, role: .lawyer)
        let pool = Situation.pool([
            .fixture(id: "E-0001", roles: [.mediator, .lawyer]), .fixture(id: "E-0002", roles: [.mediator, .lawyer]),
            .fixture(id: "E-0003", roles: [.lawyer], isActive: false),
        ], cases: lawyering.cases, assignments: lawyering.assignments)
        let (mediator, lawyer) = (ExpertRole.mediator.position, ExpertRole.lawyer.position)
        #expect(pool.fairness[0][mediator] == 0 && pool.fairness[1][mediator] == 0)
        #expect(pool.fairness[0][lawyer] == 0)
        // Three lawyer seats shared by two: E-0002 is due 1.5, has none, and 1.5 of a full shortfall of 2 is 0.75.
        #expect(pool.fairness[1][lawyer] == 0.75)
        #expect(pool.fairness[2][lawyer] == 0)
    }

    @Test func seatsOutsideTheWindowDoNotCount() {
        let old = Situation.servedCases(4, by: "E-0001", from: 1, daysAgo: 120)
        let pool = Situation.pool([.fixture(id: "E-0001"), .fixture(id: "E-0002")], cases: old.cases,
            assignments: old.assignments)
        #expect(pool.fairness.allSatisfy { $0.allSatisfy { $0 == 0 } })
    }
}

import Domain
@testable import Matching
import TestSupport
import Testing

/// "Why not this expert?": the rules that exclude them, or the terms on which they lose to the chosen one.
@Suite struct WhyNotTests {
    func answer(_ expertID: Expert.ID, experts: [Expert] = Situation.labourBench, dispute: DisputeCase = Situation.labourCase(),
        holders: [Assignment] = []) -> WhyNotAnswer
    {
        let recommender = Situation.recommender(experts)
        let recommendation = recommender.recommend(for: dispute, holders: holders)
        return recommender.whyNot(expertID, for: dispute, in: recommendation, holders: holders)
    }

    @Test func aVetoedExpertIsExcludedNamingTheVetoingParty() {
        let dispute = Situation.labourCase(vetoes: [PartyVeto(partyID: "P-0002", expertID: "E-0003")])
        #expect(answer("E-0003", dispute: dispute) == .excluded(seat: 0, exclusions: [.vetoed(by: "P-0002", partyName: "李娜")]))
    }

    @Test func anExpertWhoseRolesFitNoSeatIsExcludedForLackingTheFirstSeatsRole() {
        let experts = Situation.labourBench + [.fixture(id: "E-0007", roles: [.psychologist])]
        #expect(answer("E-0007", experts: experts)
            == .excluded(seat: 0, exclusions: [.lacksRole(required: .mediator, holds: [.psychologist])]))
    }

    @Test func everyRuleExcludingTheExpertIsListedOnce() {
        let experts = Situation.labourBench + [.fixture(id: "E-0007", roles: [.mediator, .lawyer], capacity: 0, isActive: false)]
        let dispute = Situation.labourCase(vetoes: [PartyVeto(partyID: "P-0001", expertID: "E-0007")])
        #expect(answer("E-0007", experts: experts, dispute: dispute)
            == .excluded(seat: 0, exclusions: [
                .inactive, .atCapacity(open: 0, limit: 0), .vetoed(by: "P-0001", partyName: "张伟"),
            ]))
    }

    @Test func anEligibleLowerRankedExpertIsOutrankedOnTheTermsTheyLose() throws {
        guard case let .outranked(seat, candidate, chosen, losingTerms) = answer("E-0004") else {
            Issue.record("E-0004 may sit as mediator, so they are outranked")
            return
        }
        #expect(seat == 0)
        #expect(candidate.expertID == "E-0004" && candidate.rank == 4)
        #expect(chosen.expertID == "E-0001")
        #expect(candidate.score.total < chosen.score.total)
        // E-0004 loses on specialty (1 against 5) and distance (another subdistrict), and on nothing else.
        #expect(losingTerms.map(\.term) == [.specialty, .distance])
        #expect(losingTerms.allSatisfy { $0.contribution < 0 && $0.candidate < $0.chosen && $0.weight == 1 })
        #expect(zip(losingTerms, losingTerms.dropFirst()).allSatisfy { $0.contribution <= $1.contribution })
        let specialty = try #require(losingTerms.first)
        #expect(abs(specialty.contribution - (0.2 - 1) / Double(ScoreTermName.allCases.count)) < 1e-12)
        // The terms lost are the whole gap, as E-0004 wins on none.
        let gap = candidate.score.total - chosen.score.total
        #expect(abs(losingTerms.reduce(0) { $0 + $1.contribution } - gap) < 1e-12)
    }

    @Test func anExpertOnThePanelIsToldTheirSeat() {
        #expect(answer("E-0001") == .onPanel(seat: 0))
        #expect(answer("E-0005") == .onPanel(seat: 1))
    }

    @Test func anUnknownExpertIsSaidToBeUnknown() {
        #expect(answer("E-9999") == .unknownExpert("E-9999"))
    }

    /// A seat held by an assignment is not a ranking: the candidate is told the seat is taken, not that the
    /// holder outscored them (here the holder scores lower).
    @Test func aHeldSeatIsExplainedAsHeldNotAsTheCandidateBeingOutranked() {
        let experts = Situation.labourBench.filter { $0.id != "E-0001" }
        let dispute = Situation.labourCase()
        let holders = [Situation.seat("E-0004", on: dispute.id, seat: 0)]
        #expect(answer("E-0003", experts: experts, dispute: dispute, holders: holders) == .seatHeld(seat: 0, holder: "E-0004"))
    }
}

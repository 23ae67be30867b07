import Domain
@testable import Matching
import TestSupport
import Testing

/// The recommender on tiny pools: the best panel of distinct people, alternates, held seats, empty seats.
@Suite struct RecommenderTests {
    @Test func theBestPanelTakesDistinctPeopleMaximisingTheTotal() {
        let recommendation = Situation.recommender().recommend(for: Situation.labourCase())
        #expect(recommendation.seats.map(\.requirement.role) == [.mediator, .lawyer])
        // E-0001 is best for both seats; as mediator beside E-0005 (1 + 0.8) beats lawyer beside E-0003 (0.6 + 1).
        #expect(recommendation.panel == ["E-0001", "E-0005"])
        #expect(Set(recommendation.panel).count == recommendation.panel.count)
        #expect(recommendation.seats.allSatisfy { !$0.isHeld })
        #expect(recommendation.caseID == "C-2026-00001")
        #expect(recommendation.weightsVersion == 1)
    }

    @Test func alternatesLeaveOutThePanelAndComeBestFirst() {
        let recommendation = Situation.recommender().recommend(for: Situation.labourCase())
        let mediators = recommendation.seats[0].alternates
        #expect(mediators.map(\.expertID) == ["E-0003", "E-0002", "E-0004"])
        #expect(mediators.map(\.rank) == [2, 3, 4])
        #expect(zip(mediators, mediators.dropFirst()).allSatisfy { $0.score.total >= $1.score.total })
        #expect(recommendation.seats[1].alternates.map(\.expertID) == ["E-0006"])
        let panel = Set(recommendation.panel)
        #expect(recommendation.seats.flatMap(\.alternates).allSatisfy { !panel.contains($0.expertID) })
        #expect(recommendation.seats[0].chosen?.rank == 1)
        #expect(recommendation.seats[0].eligibleCount == 4)
        #expect(recommendation.seats[1].eligibleCount == 3)
    }

    @Test func alternatesAreLimitedToTheNumberAsked() {
        var recommender = Situation.recommender()
        recommender.alternatesPerSeat = 1
        #expect(recommender.recommend(for: Situation.labourCase()).seats[0].alternates.map(\.expertID) == ["E-0003"])
    }

    @Test func aHeldSeatIsKeptEvenWhenSomeoneBetterIsFree() {
        let dispute = Situation.labourCase()
        let holders = [Situation.seat("E-0002", on: dispute.id, seat: 0, status: .accepted)]
        let recommendation = Situation.recommender().recommend(for: dispute, holders: holders)
        let held = recommendation.seats[0]
        #expect(held.isHeld)
        #expect(held.chosen?.expertID == "E-0002")
        #expect(held.alternates.isEmpty)
        // The best mediator is now free for the lawyer's seat.
        #expect(recommendation.panel == ["E-0002", "E-0001"])
    }

    @Test func theHolderOfASeatIsNotReusedForAnother() {
        let dispute = Situation.labourCase()
        let holders = [Situation.seat("E-0001", on: dispute.id, seat: 0, status: .offered)]
        let recommendation = Situation.recommender().recommend(for: dispute, holders: holders)
        let lawyer = recommendation.seats[1]
        #expect(recommendation.seats[0].isHeld && recommendation.seats[0].chosen?.expertID == "E-0001")
        #expect(lawyer.chosen?.expertID == "E-0005")
        #expect(!lawyer.alternates.contains { $0.expertID == "E-0001" })
        #expect(lawyer.excludedBy == [.oneSeatPerCase: 1])
    }

    @Test func aSeatGivenUpIsNotHeld() {
        let dispute = Situation.labourCase()
        let holders = [Situation.seat("E-0002", on: dispute.id, seat: 0, status: .declined)]
        let recommendation = Situation.recommender().recommend(for: dispute, holders: holders)
        #expect(!recommendation.seats[0].isHeld)
        #expect(recommendation.panel == ["E-0001", "E-0005"])
    }

    @Test func aSeatNobodyMayTakeStaysEmptyAndCountsWhoEachRuleKeptOff() {
        let experts: [Expert] = [
            .fixture(id: "E-0001"),
            .fixture(id: "E-0010", roles: [.lawyer], isActive: false),
            .fixture(id: "E-0011", roles: [.lawyer]),
            .fixture(id: "E-0012", roles: [.lawyer], capacity: 0),
        ]
        let dispute = Situation.labourCase(vetoes: [PartyVeto(partyID: "P-0002", expertID: "E-0011")])
        let recommendation = Situation.recommender(experts).recommend(for: dispute)
        let lawyer = recommendation.seats[1]
        #expect(lawyer.chosen == nil)
        #expect(lawyer.alternates.isEmpty)
        #expect(lawyer.eligibleCount == 0)
        #expect(lawyer.excludedBy == [.activeAndPresent: 1, .partyVeto: 1, .capacity: 1])
        #expect(recommendation.panel == ["E-0001"])
        #expect(recommendation.meanScore == recommendation.seats[0].chosen?.score.total)
    }

    @Test func theFullRankingOfASeatListsEveryEligibleExpertBestFirst() {
        let dispute = Situation.labourCase(vetoes: [PartyVeto(partyID: "P-0001", expertID: "E-0003")])
        let ranking = Situation.recommender().ranking(seat: 0, of: dispute)
        #expect(ranking.map(\.expertID) == ["E-0001", "E-0002", "E-0004"])
        #expect(ranking.map(\.rank) == [1, 2, 3])
        #expect(Situation.recommender().ranking(seat: 7, of: dispute).isEmpty)
    }

    @Test func recordingAnAssignmentLowersTheExpertsLoadForLaterCases() {
        var recommender = Situation.recommender()
        let before = recommender.ranking(seat: 1, of: Situation.labourCase()).first { $0.expertID == "E-0005" }!
        recommender.recordAssignment(of: "E-0005")
        let after = recommender.ranking(seat: 1, of: Situation.labourCase()).first { $0.expertID == "E-0005" }!
        #expect(before.score[.load] == 1)
        #expect(after.score[.load] == 0.8)
        #expect(after.score.total < before.score.total)
    }
}

import Domain
@testable import Matching
import TestSupport
import Testing

/// The weighted total Σ wᵢ·termᵢ / Σ wᵢ.
@Suite struct ScoreBreakdownTests {
    @Test func theTotalIsTheWeightedMeanOfTheTerms() {
        let weights = WeightsProfile.fixture(weights: [.specialty: 2, .load: 1, .distance: 1])
        let breakdown = ScoreBreakdown(terms: [.specialty: 1, .load: 0.5, .distance: 0.25, .language: 1], weights: weights)
        // (2 · 1 + 1 · 0.5 + 1 · 0.25 + 0 · 1) / (2 + 1 + 1) = 2.75 / 4.
        #expect(breakdown.total == 0.6875)
    }

    @Test func evenWeightsGiveThePlainMeanAndAMissingTermCountsAsZero() {
        let breakdown = ScoreBreakdown(terms: [.specialty: 1, .fairness: 0.5], weights: .fixture())
        #expect(breakdown.total == 1.5 / Double(ScoreTermName.allCases.count))
        #expect(breakdown[.fairness] == 0.5)
        #expect(breakdown[.strain] == 0)
    }

    @Test func noWeightAtAllGivesZero() {
        #expect(ScoreBreakdown.total([.specialty: 1], weights: .fixture(weights: [:])) == 0)
    }

    /// Every term is stored by name, those not given as 0, so a stored breakdown always reads whole.
    @Test func termsAreStoredByTheirNames() {
        let breakdown = ScoreBreakdown(terms: [.trackRecord: 0.7, .communityAdviser: 1], weights: .fixture())
        var expected = Dictionary(uniqueKeysWithValues: ScoreTermName.allCases.map { ($0.rawValue, 0.0) })
        expected["track_record"] = 0.7
        expected["community_adviser"] = 1
        #expect(breakdown.byName == expected)
    }

    @Test func theRecommendersTotalAgreesWithTheBreakdown() {
        let pool = Situation.pool([
            .fixture(id: "E-0001", specialties: [Specialty(.neighbor, level: 4)], homeCommunityID: TestAreas.tianchi),
            .fixture(id: "E-0002", languages: [.mandarin, .dalianDialect], capacity: 2),
        ])
        let recommender = Recommender(pool: pool, weights: DefaultWeights.profile(createdAt: TestTime.now), panels: .defaults)
        let dispute = DisputeCase.fixture(language: .dalianDialect)
        let facts = Situation.facts(of: dispute, pool: pool)
        for expert in 0..<2 {
            let fast = recommender.total(expert: expert, role: .mediator, staticScores: recommender.staticScore[ExpertRole.mediator.position], facts: facts)
            let full = recommender.breakdown(expert: expert, role: .mediator, facts: facts)
            #expect(abs(fast - full.total) < 1e-12)
            #expect(abs(full.total - ScoreBreakdown.total(full.terms, weights: recommender.weights)) < 1e-12)
        }
    }
}

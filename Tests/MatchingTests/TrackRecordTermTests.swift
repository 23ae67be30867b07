import Domain
import Foundation
@testable import Matching
import TestSupport
import Testing

/// The track record term: success and satisfaction shrunk towards the population, plus experience.
@Suite struct TrackRecordTermTests {
    static let population = TrackRecordTerm.Population(successRate: 0.9, satisfaction: 0.8)

    func history(closed: Int, settled: Int, satisfaction: Double, answered: Int) -> ExpertHistory {
        var history = ExpertHistory()
        history.closedCases = closed
        history.settledCases = settled
        history.satisfactionSum = satisfaction
        history.satisfactionCount = answered
        return history
    }

    @Test func twoSettledOfTwoDoNotBeatNinetyFiveOfAHundred() {
        #expect(TrackRecordTerm.shrunk(2, of: 2, towards: 0.9) < TrackRecordTerm.shrunk(95, of: 100, towards: 0.9))
        let lucky = history(closed: 2, settled: 2, satisfaction: 2, answered: 2)
        let seasoned = history(closed: 100, settled: 95, satisfaction: 95, answered: 100)
        #expect(TrackRecordTerm.value(lucky, population: Self.population)
            < TrackRecordTerm.value(seasoned, population: Self.population))
    }

    @Test func aRateIsShrunkTowardsThePriorWithTheWeightOfTenCases() {
        // (2 + 10 · 0.9) / (2 + 10) = 11/12.
        #expect(abs(TrackRecordTerm.shrunk(2, of: 2, towards: 0.9) - 11.0 / 12) < 1e-12)
        #expect(TrackRecordTerm.shrunk(0, of: 0, towards: 0.9) == 0.9)
    }

    @Test func moreExperienceAtTheSameRatesRaisesIt() {
        let novice = history(closed: 10, settled: 9, satisfaction: 8, answered: 10)
        let veteran = history(closed: 80, settled: 72, satisfaction: 64, answered: 80)
        let noviceValue = TrackRecordTerm.value(novice, population: Self.population)
        let veteranValue = TrackRecordTerm.value(veteran, population: Self.population)
        #expect(noviceValue < veteranValue)
        // Rates equal to the prior leave only experience to differ: 0.3 · (e^(−10/40) − e^(−80/40)).
        #expect(abs(veteranValue - noviceValue - 0.3 * (exp(-0.25) - exp(-2))) < 1e-12)
    }

    @Test func withNoHistoryItIsThePriorMix() {
        let value = TrackRecordTerm.value(ExpertHistory(), population: Self.population)
        #expect(abs(value - (0.35 * 0.9 + 0.35 * 0.8)) < 1e-12)
    }

    @Test func aPerfectLongRecordStaysAtMostOne() {
        let perfect = history(closed: 10_000, settled: 10_000, satisfaction: 10_000, answered: 10_000)
        let value = TrackRecordTerm.value(perfect, population: .init(successRate: 1, satisfaction: 1))
        #expect(value <= 1 && value > 0.99)
        let hopeless = history(closed: 50, settled: 0, satisfaction: 0, answered: 50)
        #expect(TrackRecordTerm.value(hopeless, population: .init(successRate: 0, satisfaction: 0)) >= 0)
    }

    @Test func thePopulationIsTheMeanOfEveryonesClosedCasesWithDefaultsWhenNoneClosed() {
        let empty = TrackRecordTerm.Population([ExpertHistory(), ExpertHistory()])
        #expect(empty.successRate == 0.9 && empty.satisfaction == 0.8)
        let mixed = TrackRecordTerm.Population([
            history(closed: 3, settled: 3, satisfaction: 3, answered: 3),
            history(closed: 1, settled: 0, satisfaction: 0, answered: 2),
        ])
        #expect(mixed.successRate == 0.75)
        #expect(mixed.satisfaction == 0.6)
    }

    @Test func inThePoolANewcomerGetsThePriorMixOfThePopulation() {
        // E-0001 closed two cases: one settled and satisfied, one not settled and dissatisfied.
        let won = Situation.closedCase(1, outcome: .settled, satisfaction: .satisfied)
        let lost = Situation.closedCase(2, outcome: .notSettled, satisfaction: .dissatisfied)
        let pool = Situation.pool([.fixture(), .fixture(id: "E-0002")], cases: [won, lost],
            assignments: [Situation.seat("E-0001", on: won.id), Situation.seat("E-0001", on: lost.id)])
        let newcomer = pool.trackRecord[pool.index["E-0002"]!]
        #expect(abs(newcomer - (0.35 * 0.5 + 0.35 * 0.5)) < 1e-12)
        #expect(pool.staticTerm(.trackRecord, expert: pool.index["E-0002"]!, roleIndex: 0) == newcomer)
    }
}

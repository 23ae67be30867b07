import Matching
import Testing

/// How evenly seats fall on people: max over mean and the Gini coefficient.
@Suite struct LoadSpreadTests {
    @Test func equalCountsGiveGiniZeroAndMaxOverMeanOne() {
        let spread = LoadSpread(counts: [3, 3, 3, 3])
        #expect(spread.gini == 0)
        #expect(spread.maxOverMean == 1)
    }

    @Test(arguments: [2, 3, 5, 10])
    func onePersonWithEverythingGivesGiniNMinusOneOverN(people: Int) {
        let spread = LoadSpread(counts: [7] + [Int](repeating: 0, count: people - 1))
        #expect(abs(spread.gini - Double(people - 1) / Double(people)) < 1e-12)
        #expect(abs(spread.maxOverMean - Double(people)) < 1e-12)
    }

    @Test func anUnevenSpreadLiesBetweenAndIgnoresOrder() {
        // Mean 2; Gini = Σ(2i − n − 1)·xᵢ / (n·Σx) over sorted counts = (−2·0 + 0·2 + 2·4) / (3·6) = 4/9.
        let spread = LoadSpread(counts: [4, 0, 2])
        #expect(abs(spread.gini - 4.0 / 9) < 1e-12)
        #expect(spread.maxOverMean == 2)
        #expect(LoadSpread(counts: [2, 4, 0]) == spread)
    }

    @Test func noSeatsOrNoPeopleGiveZero() {
        #expect(LoadSpread(counts: []) == LoadSpread(counts: [0, 0]))
        #expect(LoadSpread(counts: [0, 0]).gini == 0 && LoadSpread(counts: [0, 0]).maxOverMean == 0)
    }
}

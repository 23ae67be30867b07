@testable import Matching
import Testing

/// The panel assembler against brute force on tiny instances where people compete for seats.
@Suite struct PanelAssemblerTests {
    /// Every way to fill the seats with distinct candidates (or leave a seat empty): most seats filled first,
    /// then the highest total.
    func bruteForce(_ candidates: [[(expert: Int, score: Double)]]) -> (filled: Int, total: Double) {
        var best = (filled: 0, total: 0.0)
        func search(_ seat: Int, _ used: Set<Int>, _ filled: Int, _ total: Double) {
            if seat == candidates.count {
                if filled > best.filled || (filled == best.filled && total > best.total + 1e-12) { best = (filled, total) }
                return
            }
            for candidate in candidates[seat] where !used.contains(candidate.expert) {
                search(seat + 1, used.union([candidate.expert]), filled + 1, total + candidate.score)
            }
            search(seat + 1, used, filled, total)
        }
        search(0, [], 0, 0)
        return best
    }

    @Test(arguments: 1...200)
    func agreesWithBruteForce(seed: Int) {
        var state = UInt64(seed) &* 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let seats = 1 + next(4)
        let people = 1 + next(5)
        let candidates: [[(expert: Int, score: Double)]] = (0..<seats).map { _ in
            (0..<people).filter { _ in next(3) > 0 }.map { ($0, Double(next(100)) / 100) }.sorted { $0.score > $1.score }
        }
        let pick = PanelAssembler.best(candidates.map { Array($0.prefix(seats)) })
        let chosen = pick.compactMap { $0 }
        #expect(Set(chosen).count == chosen.count)
        let total = zip(pick, candidates).reduce(0.0) { sum, pair in
            guard let expert = pair.0 else { return sum }
            return sum + pair.1.first { $0.expert == expert }!.score
        }
        let expected = bruteForce(candidates)
        #expect(chosen.count == expected.filled, "seed \(seed)")
        #expect(abs(total - expected.total) < 1e-9, "seed \(seed)")
    }

    @Test func aPersonBestForTwoSeatsGoesWhereTheTotalIsHighest() {
        // Expert 0 is best for both seats; seat 1 has a weak alternative, seat 0 a strong one.
        let pick = PanelAssembler.best([[(0, 0.9), (1, 0.85)], [(0, 0.8), (2, 0.1)]])
        #expect(pick == [1, 0])
    }
}

import Scheduling
import Testing

@Suite struct TimeSetTests {
    @Test func overlappingAndTouchingRangesMerge() {
        #expect(TimeSet([50..<60, 0..<10, 5..<20, 20..<30, 40..<40]).intervals == [0..<30, 50..<60])
    }

    @Test func subtractingCutsHolesAndTrimsEnds() {
        let free = TimeSet([0..<60, 120..<180]).subtracting(TimeSet([30..<130, 170..<200]))
        #expect(free.intervals == [0..<30, 130..<170])
        #expect(free.measure == 70)
    }

    @Test func intersectionKeepsOnlyWhatBothHold() {
        let a = TimeSet([0..<60, 100..<200]), b = TimeSet([30..<120, 150..<160, 190..<300])
        #expect(a.intersection(b).intervals == [30..<60, 100..<120, 150..<160, 190..<200])
        #expect(a.intersection(TimeSet()).isEmpty)
    }

    @Test func earliestStartFindsTheFirstStretchLongEnough() {
        let set = TimeSet([0..<20, 40..<100])
        #expect(set.earliestStart(length: 30, notBefore: 0) == 40)
        #expect(set.earliestStart(length: 10, notBefore: 5) == 5)
        #expect(set.earliestStart(length: 30, notBefore: 80) == nil)
    }

    @Test func containsNeedsTheWholeRangeInOneInterval() {
        let set = TimeSet([0..<20, 20..<40, 50..<60])
        #expect(set.contains(10..<35))
        #expect(!set.contains(35..<55))
    }

    /// The set operations agree with plain per-instant sets on seeded random inputs.
    @Test(arguments: 1...40)
    func operationsAgreeWithPointSets(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func randomSet() -> TimeSet {
            TimeSet((0..<next(6)).map { _ in let start = next(90); return start..<(start + next(20)) })
        }
        func points(_ set: TimeSet) -> Set<Int> { Set(set.intervals.flatMap { Array($0) }) }
        let a = randomSet(), b = randomSet()
        #expect(points(a.union(b)) == points(a).union(points(b)))
        #expect(points(a.intersection(b)) == points(a).intersection(points(b)))
        #expect(points(a.subtracting(b)) == points(a).subtracting(points(b)))
    }
}

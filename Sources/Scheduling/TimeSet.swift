/// A set of instants as sorted, disjoint, half-open intervals `[start, end)` on a number line (minutes,
/// seconds or grains); the algebra beneath availability: free time is the weekly rules, minus leave,
/// minus booked sessions with their buffers, intersected across a panel.
///
/// ```swift
/// let free = TimeSet([0..<60, 120..<180]).subtracting(TimeSet([30..<130]))  // [0..<30, 130..<180]
/// ```
public struct TimeSet: Hashable, Sendable {
    /// The intervals, sorted, non-empty, neither overlapping nor touching.
    public private(set) var intervals: [Range<Int>]

    public init() { intervals = [] }

    /// The union of `ranges`, in any order, overlapping or not.
    public init(_ ranges: [Range<Int>]) {
        var merged: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        intervals = merged
    }

    public var isEmpty: Bool { intervals.isEmpty }

    /// The total length of the set.
    public var measure: Int { intervals.reduce(0) { $0 + $1.count } }

    public func union(_ other: TimeSet) -> TimeSet { TimeSet(intervals + other.intervals) }

    public func intersection(_ other: TimeSet) -> TimeSet {
        var result: [Range<Int>] = []
        var i = 0, j = 0
        while i < intervals.count && j < other.intervals.count {
            let a = intervals[i], b = other.intervals[j]
            let low = max(a.lowerBound, b.lowerBound), high = min(a.upperBound, b.upperBound)
            if low < high { result.append(low..<high) }
            if a.upperBound < b.upperBound { i += 1 } else { j += 1 }
        }
        return TimeSet(result)
    }

    public func subtracting(_ other: TimeSet) -> TimeSet {
        var result: [Range<Int>] = []
        var j = 0
        for interval in intervals {
            var start = interval.lowerBound
            while j < other.intervals.count && other.intervals[j].upperBound <= start { j += 1 }
            var k = j
            while k < other.intervals.count && other.intervals[k].lowerBound < interval.upperBound {
                let cut = other.intervals[k]
                if cut.lowerBound > start { result.append(start..<cut.lowerBound) }
                start = max(start, cut.upperBound)
                k += 1
            }
            if start < interval.upperBound { result.append(start..<interval.upperBound) }
        }
        return TimeSet(result)
    }

    /// Whether the whole of `range` lies in the set.
    public func contains(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        return intervals.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }

    /// The earliest start at or after `earliest` of a stretch of `length` inside the set, if any.
    public func earliestStart(length: Int, notBefore earliest: Int) -> Int? {
        for interval in intervals where interval.upperBound - max(interval.lowerBound, earliest) >= length {
            return max(interval.lowerBound, earliest)
        }
        return nil
    }
}

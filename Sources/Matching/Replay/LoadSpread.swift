/// How evenly seats fall on people: the busiest person's count over the mean, and the Gini coefficient
/// (0 when everyone has the same, towards 1 when one person has everything).
public struct LoadSpread: Hashable, Sendable, Codable {
    public var maxOverMean: Double
    public var gini: Double

    public init(counts: [Int]) {
        let total = counts.reduce(0, +)
        guard !counts.isEmpty, total > 0 else {
            maxOverMean = 0
            gini = 0
            return
        }
        let mean = Double(total) / Double(counts.count)
        maxOverMean = Double(counts.max()!) / mean
        let sorted = counts.sorted()
        let n = Double(counts.count)
        let weighted = sorted.enumerated().reduce(0.0) { $0 + Double(2 * ($1.offset + 1) - counts.count - 1) * Double($1.element) }
        gini = weighted / (n * Double(total))
    }
}

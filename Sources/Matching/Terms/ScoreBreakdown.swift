import Domain

/// An expert's value on every score term for one seat, and the weighted total
/// Σ wᵢ·termᵢ / Σ wᵢ, which lies in [0, 1] because every term does.
public struct ScoreBreakdown: Hashable, Sendable, Codable {
    public var terms: [ScoreTermName: Double]
    public var total: Double

    public init(terms: [ScoreTermName: Double], weights: WeightsProfile) {
        self.terms = terms
        total = ScoreBreakdown.total(terms, weights: weights)
    }

    public subscript(term: ScoreTermName) -> Double { terms[term] ?? 0 }

    public static func total(_ terms: [ScoreTermName: Double], weights: WeightsProfile) -> Double {
        var sum = 0.0, weightSum = 0.0
        for term in ScoreTermName.allCases {
            let weight = weights.weight(term)
            sum += weight * (terms[term] ?? 0)
            weightSum += weight
        }
        return weightSum > 0 ? sum / weightSum : 0
    }

    /// Terms by name, for storing with an assignment.
    public var byName: [String: Double] {
        Dictionary(uniqueKeysWithValues: terms.map { ($0.key.rawValue, $0.value) })
    }
}

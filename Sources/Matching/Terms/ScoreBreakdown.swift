import Domain

/// An expert's value on every score term for one seat, and the weighted total
/// Σ wᵢ·termᵢ / Σ wᵢ, which lies in [0, 1] because every term does.
public struct ScoreBreakdown: Hashable, Sendable, Codable {
    /// Term values in `ScoreTermName.allCases` order.
    private var values: [Double]
    public private(set) var total: Double

    public init(terms: [ScoreTermName: Double], weights: WeightsProfile) {
        self.init(values: ScoreTermName.allCases.map { terms[$0] ?? 0 }, weights: weights)
    }

    /// Term values in `ScoreTermName.allCases` order.
    init(values: [Double], weights: WeightsProfile) {
        self.values = values
        var sum = 0.0, weightSum = 0.0
        for (term, value) in zip(ScoreTermName.allCases, values) {
            let weight = weights.weight(term)
            sum += weight * value
            weightSum += weight
        }
        total = weightSum > 0 ? sum / weightSum : 0
    }

    public subscript(term: ScoreTermName) -> Double { values[term.position] }

    public var terms: [ScoreTermName: Double] {
        Dictionary(uniqueKeysWithValues: zip(ScoreTermName.allCases, values))
    }

    public static func total(_ terms: [ScoreTermName: Double], weights: WeightsProfile) -> Double {
        ScoreBreakdown(terms: terms, weights: weights).total
    }

    /// Terms by name, for storing with an assignment.
    public var byName: [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(ScoreTermName.allCases.map(\.rawValue), values))
    }

    private enum CodingKeys: String, CodingKey { case terms, total }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let named = try container.decode([String: Double].self, forKey: .terms)
        values = ScoreTermName.allCases.map { named[$0.rawValue] ?? 0 }
        total = try container.decode(Double.self, forKey: .total)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(byName, forKey: .terms)
        try container.encode(total, forKey: .total)
    }
}

extension ScoreTermName {
    /// The term's place in `allCases`, for per-term arrays.
    var position: Int {
        switch self {
        case .specialty: 0
        case .load: 1
        case .distance: 2
        case .language: 3
        case .trackRecord: 4
        case .continuity: 5
        case .fairness: 6
        case .availability: 7
        case .strain: 8
        case .communityAdviser: 9
        }
    }
}

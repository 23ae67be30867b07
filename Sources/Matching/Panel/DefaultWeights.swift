import Domain
import Foundation

/// The weights profile a new deployment starts with (version 1); README.md argues each weight.
public enum DefaultWeights {
    public static let weights: [ScoreTermName: Double] = [
        .specialty: 3, .trackRecord: 2, .load: 1.5, .continuity: 1.5, .distance: 1, .language: 1,
        .fairness: 1, .availability: 1, .strain: 1, .communityAdviser: 1,
    ]

    public static func profile(createdAt: Date, version: Int = 1) -> WeightsProfile {
        WeightsProfile(
            version: version, name: "default", weights: weights, createdAt: createdAt, createdBy: "fengqiao",
            note: "Specialty and track record first, as legal-aid rules match on specialty and experience.",
            activation: .init(at: createdAt, by: "fengqiao", reason: "the default profile of a new deployment"))
    }
}

import Domain
import Foundation

extension WeightsProfile {
    /// Every score term weighted 1.
    public static let evenWeights = Dictionary(uniqueKeysWithValues: ScoreTermName.allCases.map { ($0, 1.0) })

    /// A weights profile; by default version 1, "baseline", even weights and the default hard
    /// rules, made by `admin` at `TestTime.now` and not active. Override any field.
    public static func fixture(
        version: Int = 1, name: String = "baseline", weights: [ScoreTermName: Double] = evenWeights,
        rules: HardRuleSettings = HardRuleSettings(), createdAt: Date = TestTime.now, createdBy: String = "admin",
        note: String = "", activation: Activation? = nil
    ) -> WeightsProfile {
        WeightsProfile(
            version: version, name: name, weights: weights, rules: rules, createdAt: createdAt, createdBy: createdBy,
            note: note, activation: activation)
    }
}

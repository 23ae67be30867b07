import Foundation

/// The names of the score terms that rank eligible experts.
public enum ScoreTermName: String, CaseIterable, Sendable, Codable, Comparable {
    case specialty, load, distance, language
    case trackRecord = "track_record"
    case continuity, fairness, availability, strain
    case communityAdviser = "community_adviser"

    public static func < (lhs: ScoreTermName, rhs: ScoreTermName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The windows of time that the rules and terms look back over; a profile may tune them.
public struct HardRuleSettings: Hashable, Sendable, Codable {
    /// How far back having acted for or against a party counts as a conflict of interest.
    public var conflictLookbackDays: Int
    /// How far back serving the same parties counts as continuity.
    public var continuityLookbackDays: Int
    /// The window over which fairness compares each expert's share of assignments with their target share.
    public var fairnessWindowDays: Int
    /// How far back difficult and major cases weigh on a person's strain.
    public var strainWindowDays: Int

    public init(
        conflictLookbackDays: Int = 365, continuityLookbackDays: Int = 730, fairnessWindowDays: Int = 90,
        strainWindowDays: Int = 60
    ) {
        self.conflictLookbackDays = conflictLookbackDays
        self.continuityLookbackDays = continuityLookbackDays
        self.fairnessWindowDays = fairnessWindowDays
        self.strainWindowDays = strainWindowDays
    }
}

/// A versioned set of term weights and rule settings; exactly one version is active.
public struct WeightsProfile: Hashable, Sendable, Codable {
    public var version: Int
    public var name: String
    public var weights: [ScoreTermName: Double]
    public var rules: HardRuleSettings
    public var createdAt: Date
    public var createdBy: String
    public var note: String
    public var activation: Activation?

    /// Who made a version active, when and why.
    public struct Activation: Hashable, Sendable, Codable {
        public var at: Date
        public var by: String
        public var reason: String

        public init(at: Date, by: String, reason: String) {
            self.at = at
            self.by = by
            self.reason = reason
        }
    }

    public init(
        version: Int, name: String, weights: [ScoreTermName: Double], rules: HardRuleSettings = HardRuleSettings(),
        createdAt: Date, createdBy: String, note: String = "", activation: Activation? = nil
    ) {
        self.version = version
        self.name = name
        self.weights = weights
        self.rules = rules
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.note = note
        self.activation = activation
    }

    public func weight(_ term: ScoreTermName) -> Double { weights[term] ?? 0 }

    public func validate() throws(DomainError) {
        let record = "weights profile v\(version)"
        try FieldBounds.checkText(name, record: record, field: "name")
        try FieldBounds.checkText(note, multiline: true, record: record, field: "note")
        for (term, weight) in weights.sorted(by: { $0.key < $1.key }) where !(weight >= 0 && weight <= FieldBounds.weight) {
            throw .invalid(record: record, field: term.rawValue, reason: "weight \(weight) must be a number from 0 to \(Int(FieldBounds.weight))")
        }
        guard weights.values.contains(where: { $0 > 0 }) else {
            throw .invalid(record: record, field: "weights", reason: "at least one weight must be above 0")
        }
        guard weights.values.reduce(0, +).isFinite else {
            throw .invalid(record: record, field: "weights", reason: "the weights add up to more than a number can hold")
        }
        for (field, days) in [
            ("conflict_lookback_days", rules.conflictLookbackDays), ("continuity_lookback_days", rules.continuityLookbackDays),
            ("fairness_window_days", rules.fairnessWindowDays), ("strain_window_days", rules.strainWindowDays),
        ] {
            if days < FieldBounds.ruleWindowDays.lowerBound {
                throw .invalid(record: record, field: field, reason: "\(days) days is too short; it must be at least \(FieldBounds.ruleWindowDays.lowerBound)")
            }
            if days > FieldBounds.ruleWindowDays.upperBound {
                throw .invalid(record: record, field: field, reason: "\(days) days is too long; it must be at most \(FieldBounds.ruleWindowDays.upperBound) (ten years)")
            }
        }
    }
}

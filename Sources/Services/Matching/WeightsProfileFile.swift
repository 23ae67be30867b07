import Domain
import Foundation
import Store

/// A weights profile as an administrator writes it in a JSON file:
/// `{"name": "…", "note": "…", "weights": {"specialty": 3, …}, "rules": {"conflict_lookback_days": 365, …}}`.
/// Terms left out weigh 0; rules left out keep their defaults.
public struct WeightsProfileFile: Sendable {
    public var name: String
    public var note: String
    public var weights: [ScoreTermName: Double]
    public var rules: HardRuleSettings

    /// Reads and checks a profile file, naming the file and field of any mistake.
    public init(json: Data, file: String) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: json)
        } catch {
            throw ImportError(file: file, line: 1, column: nil, reason: "the file is not valid JSON (\(error.localizedDescription))")
        }
        guard let root = object as? [String: Any] else {
            throw ImportError(file: file, line: 1, column: nil, reason: "the file must hold one JSON object")
        }
        func fail(_ field: String, _ reason: String) -> ImportError { ImportError(file: file, line: 1, column: field, reason: reason) }
        for key in root.keys where !["name", "note", "weights", "rules"].contains(key) {
            throw fail(key, "unknown field; a profile has name, note, weights and rules")
        }
        guard let name = root["name"] as? String, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail("name", "a profile needs a name")
        }
        guard let rawWeights = root["weights"] as? [String: Any] else { throw fail("weights", "a profile needs an object of weights") }
        for key in rawWeights.keys where ScoreTermName(rawValue: key) == nil {
            throw fail("weights.\(key)", "unknown term; the terms are \(ScoreTermName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        struct Weights: Decodable { var weights: [String: Double] }
        let decoded: Weights
        do {
            decoded = try JSONDecoder().decode(Weights.self, from: json)
        } catch let DecodingError.typeMismatch(_, context) {
            let key = context.codingPath.last?.stringValue ?? ""
            throw fail("weights.\(key)", "\(rawWeights[key].map { "\($0)" } ?? "the value") is not a number ≥ 0")
        }
        var weights: [ScoreTermName: Double] = [:]
        for (key, value) in decoded.weights {
            guard value >= 0, value.isFinite else { throw fail("weights.\(key)", "\(value) is not a number ≥ 0") }
            guard value <= FieldBounds.weight else {
                throw fail("weights.\(key)", "\(value) is above the largest weight, \(Int(FieldBounds.weight))")
            }
            weights[ScoreTermName(rawValue: key)!] = value
        }
        var rules = HardRuleSettings()
        if let rawRules = root["rules"] {
            // Checked before it is serialised again: serialising anything but an object or an array traps.
            guard let rulesObject = rawRules as? [String: Any], let data = try? JSONSerialization.data(withJSONObject: rulesObject) else {
                throw fail("rules", "rules must be an object of whole numbers of days, such as {\"conflict_lookback_days\": 365}")
            }
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            struct Partial: Decodable {
                var conflictLookbackDays: Int?
                var continuityLookbackDays: Int?
                var fairnessWindowDays: Int?
                var strainWindowDays: Int?
            }
            guard let partial = try? decoder.decode(Partial.self, from: data) else {
                throw fail("rules", "the rules take whole numbers of days: conflict_lookback_days, continuity_lookback_days, fairness_window_days, strain_window_days")
            }
            rules = HardRuleSettings(
                conflictLookbackDays: partial.conflictLookbackDays ?? rules.conflictLookbackDays,
                continuityLookbackDays: partial.continuityLookbackDays ?? rules.continuityLookbackDays,
                fairnessWindowDays: partial.fairnessWindowDays ?? rules.fairnessWindowDays,
                strainWindowDays: partial.strainWindowDays ?? rules.strainWindowDays)
        }
        self.name = name
        note = root["note"] as? String ?? ""
        self.weights = weights
        self.rules = rules
        do {
            try profile(version: 1, at: Date(timeIntervalSince1970: 0), by: "check").validate()
        } catch {
            throw fail(error.fieldName, error.reasonText)
        }
    }

    public func profile(version: Int, at: Date, by: String) -> WeightsProfile {
        WeightsProfile(version: version, name: name, weights: weights, rules: rules, createdAt: at, createdBy: by, note: note)
    }
}

/// Stores weights profile versions and activates them.
public struct WeightsAdministration: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Stores `file` as the next version, not yet active.
    public func addVersion(_ file: WeightsProfileFile, at: Date, by: String) throws -> WeightsProfile {
        let version = (try database.weightsProfiles().map(\.version).max() ?? 0) + 1
        let profile = file.profile(version: version, at: at, by: by)
        try database.insertWeightsProfile(profile, audit: AuditContext(at: at, actor: by, reason: "new version \(profile.name)"))
        return profile
    }

    /// Makes `version` active, recording who and why; a reason is required.
    public func activate(version: Int, at: Date, by: String, reason: String) throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.invalid(record: "weights profile v\(version)", field: "reason", reason: "an activation needs a reason")
        }
        try FieldBounds.checkText(reason, multiline: true, record: "weights profile v\(version)", field: "reason")
        // A version stored before the bounds existed may hold weights that break every score; it is not activated.
        try database.weightsProfiles().first { $0.version == version }?.validate()
        try database.activateWeights(version: version, at: at, by: by, reason: reason)
    }
}

import Domain
import Foundation
import GRDB

extension AppDatabase {
    /// Stores a new weights profile version; versions are never edited, only added.
    /// With `audit`, the new version is written to the audit chain in the same transaction.
    public func insertWeightsProfile(_ profile: WeightsProfile, audit: AuditContext? = nil) throws {
        try write { db in
            try WeightsTable.insert(profile, db)
            if let audit {
                _ = try AuditTable.append(audit.draft("weights.create", "weights", String(profile.version), before: nil as WeightsProfile?,
                    after: profile), db)
            }
        }
    }

    /// Makes `version` the active profile, recording who did it and why.
    public func activateWeights(version: Int, at: Date, by: String, reason: String) throws {
        try write { db in
            struct Active: Encodable { var version: Int }
            let before = try Int.fetchOne(db, sql: "SELECT version FROM weights_activation ORDER BY id DESC LIMIT 1")
            try WeightsTable.activate(version: version, at: at, by: by, reason: reason, db)
            let context = AuditContext(at: at, actor: by, reason: reason)
            _ = try AuditTable.append(context.draft("weights.activate", "weights", String(version), before: before.map(Active.init),
                after: Active(version: version)), db)
        }
    }

    public func weightsProfiles() throws -> [WeightsProfile] {
        try writer.read { db in try WeightsTable.fetchAll(db) }
    }

    public func activeWeightsProfile() throws -> WeightsProfile? {
        try weightsProfiles().first { $0.activation != nil }
    }

    /// Replaces the panel requirement table with `requirements`.
    public func replacePanelRequirements(_ requirements: [PanelRequirement]) throws {
        try write { db in try PanelTable.replace(requirements, db) }
    }

    public func panelRequirements() throws -> [PanelRequirement] {
        try writer.read { db in try PanelTable.fetchAll(db) }
    }
}

enum WeightsTable {
    static func insert(_ profile: WeightsProfile, _ db: Database) throws {
        try profile.validate()
        try db.execute(sql: """
            INSERT INTO weights_profile (version, name, weights, rules, created_at, created_by, note)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                profile.version, profile.name, try json(Dictionary(uniqueKeysWithValues: profile.weights.map { ($0.key.rawValue, $0.value) })),
                try json(profile.rules), profile.createdAt, profile.createdBy, profile.note,
            ])
        if let activation = profile.activation {
            try activate(version: profile.version, at: activation.at, by: activation.by, reason: activation.reason, db)
        }
    }

    static func activate(version: Int, at: Date, by: String, reason: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM weights_profile WHERE version = ?)", arguments: [version]) == true
        else { throw DomainError.notFound(kind: "weights profile", id: "v\(version)") }
        try db.execute(sql: "INSERT INTO weights_activation (version, activated_at, activated_by, reason) VALUES (?, ?, ?, ?)",
            arguments: [version, at, by, reason])
    }

    static func fetchAll(_ db: Database) throws -> [WeightsProfile] {
        let latest = try Row.fetchOne(db, sql: "SELECT * FROM weights_activation ORDER BY id DESC LIMIT 1")
        return try Row.fetchAll(db, sql: "SELECT * FROM weights_profile ORDER BY version DESC").map { row in
            let version: Int = row["version"]
            let id = "v\(version)"
            guard let raw = try? JSONDecoder().decode([String: Double].self, from: Data((row["weights"] as String).utf8)) else {
                throw StoreError(table: "weights_profile", id: id, column: "weights", value: row["weights"])
            }
            var weights: [ScoreTermName: Double] = [:]
            for (name, weight) in raw {
                guard let term = ScoreTermName(rawValue: name) else {
                    throw StoreError(table: "weights_profile", id: id, column: "weights", value: name)
                }
                weights[term] = weight
            }
            guard let rules = try? JSONDecoder().decode(HardRuleSettings.self, from: Data((row["rules"] as String).utf8)) else {
                throw StoreError(table: "weights_profile", id: id, column: "rules", value: row["rules"])
            }
            var activation: WeightsProfile.Activation?
            if let latest, latest["version"] as Int == version {
                activation = .init(at: latest["activated_at"], by: latest["activated_by"], reason: latest["reason"])
            }
            return WeightsProfile(
                version: version, name: row["name"], weights: weights, rules: rules, createdAt: row["created_at"],
                createdBy: row["created_by"], note: row["note"], activation: activation)
        }
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

enum PanelTable {
    static func replace(_ requirements: [PanelRequirement], _ db: Database) throws {
        try db.execute(sql: "DELETE FROM panel_seat")
        let statement = try db.cachedStatement(sql: """
            INSERT INTO panel_seat (dispute_type, difficulty, position, role, credentials) VALUES (?, ?, ?, ?, ?)
            """)
        for requirement in requirements {
            try requirement.validate()
            for (position, seat) in requirement.seats.enumerated() {
                try statement.execute(arguments: [
                    requirement.type.rawValue, requirement.difficulty.rawValue, position, seat.role.rawValue,
                    seat.credentials.map(\.rawValue).sorted().joined(separator: ";"),
                ])
            }
        }
    }

    static func fetchAll(_ db: Database) throws -> [PanelRequirement] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM panel_seat ORDER BY dispute_type, difficulty, position")
        var requirements: [PanelRequirement] = []
        for row in rows {
            let id = "\(row["dispute_type"] as String)/\(row["difficulty"] as String)"
            let type = try row.decode(DisputeType.self, "dispute_type", table: "panel_seat", id: id)
            let difficulty = try row.decode(Difficulty.self, "difficulty", table: "panel_seat", id: id)
            let credentials = try (row["credentials"] as String).split(separator: ";").map { raw in
                guard let credential = Credential(rawValue: String(raw)) else {
                    throw StoreError(table: "panel_seat", id: id, column: "credentials", value: String(raw))
                }
                return credential
            }
            let seat = SeatRequirement(try row.decode(ExpertRole.self, "role", table: "panel_seat", id: id), credentials: Set(credentials))
            if let last = requirements.last, last.type == type, last.difficulty == difficulty {
                requirements[requirements.count - 1].seats.append(seat)
            } else {
                requirements.append(PanelRequirement(type: type, difficulty: difficulty, seats: [seat]))
            }
        }
        return requirements
    }
}

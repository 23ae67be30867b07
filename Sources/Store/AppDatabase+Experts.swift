import Domain
import GRDB

extension AppDatabase {
    /// Stores new experts; fails, storing none, when an ID is taken or a reference is unknown.
    public func insertExperts(_ experts: [Expert]) throws {
        try write { db in try ExpertTable.insert(experts, db) }
    }

    /// Replaces an expert's stored record with `expert`, writing only what differs. A use case that changes
    /// part of an expert calls `changeExpert` instead, so it cannot write back what another change did meanwhile.
    public func updateExpert(_ expert: Expert, audit: AuditContext? = nil) throws {
        try changeExpert(expert.id, audit: audit) { $0 = expert }
    }

    /// Reads expert `id`, lets `change` edit it and writes back only the columns and lists it changed, once the
    /// result passes the domain's checks, all in one write transaction, so two changes sent at once (two leave
    /// records, say) both stay. With `audit`, the
    /// change is audited in the same transaction. Returns the expert as stored.
    @discardableResult
    public func changeExpert(_ id: Expert.ID, audit: AuditContext? = nil, _ change: (inout Expert) throws -> Void) throws -> Expert {
        try write { db in
            guard let before = try ExpertTable.fetch(db, only: id).first else {
                throw DomainError.notFound(kind: "expert", id: id.rawValue)
            }
            var after = before
            try change(&after)
            guard after.id == id else {
                throw DomainError.invalid(record: "expert \(id)", field: "id", reason: "an expert keeps their ID")
            }
            try after.validate()
            try ExpertTable.update(from: before, to: after, db)
            if let audit, after != before {
                _ = try AuditTable.append(audit.draft("expert.update", "expert", id.rawValue, before: before, after: after), db)
            }
            return after
        }
    }

    public func experts() throws -> [Expert] {
        try writer.read { db in try ExpertTable.fetch(db) }
    }

    public func expert(_ id: Expert.ID) throws -> Expert? {
        try writer.read { db in try ExpertTable.fetch(db, only: id).first }
    }
}

enum ExpertTable {
    static func exists(_ id: Expert.ID, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM expert WHERE id = ?)", arguments: [id.rawValue]) ?? false
    }

    static func insert(_ experts: [Expert], _ db: Database) throws {
        let expert = try db.cachedStatement(sql: """
            INSERT INTO expert (id, name, team, home_community_id, advises_community_id, capacity, is_active, joined_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for e in experts {
            try expert.execute(arguments: [
                e.id.rawValue, e.name, e.team?.rawValue, e.homeCommunityID.rawValue, e.advisesCommunityID?.rawValue,
                e.capacity, e.isActive, e.joinedOn.description,
            ])
        }
        try insertChildren(of: experts, db)
    }

    /// Writes the columns in which `after` differs from `before` (the expert as read in this transaction) in
    /// place, since deleting the row would break the assignments, sessions and user that refer to it, and
    /// rewrites only the child lists that changed.
    static func update(from before: Expert, to after: Expert, _ db: Database) throws {
        let old = values(of: before), new = values(of: after)
        let changed = old.keys.sorted().filter { old[$0] != new[$0] }
        if !changed.isEmpty {
            try db.execute(sql: "UPDATE expert SET \(changed.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                arguments: StatementArguments(changed.map { new[$0]! } + [after.id.rawValue.databaseValue]))
        }
        let lists: [(table: String, changed: Bool)] = [
            ("expert_role", before.roles != after.roles), ("expert_specialty", before.specialties != after.specialties),
            ("expert_language", before.languages != after.languages), ("expert_credential", before.credentials != after.credentials),
            ("expert_availability", before.availability != after.availability), ("expert_leave", before.leave != after.leave),
            ("expert_exception", before.exceptions != after.exceptions), ("expert_relation", before.relations != after.relations),
        ]
        let rewritten = Set(lists.filter(\.changed).map(\.table))
        guard !rewritten.isEmpty else { return }
        for table in rewritten.sorted() {
            try db.execute(sql: "DELETE FROM \(table) WHERE expert_id = ?", arguments: [after.id.rawValue])
        }
        try insertChildren(of: [after], only: rewritten, db)
    }

    private static func values(of e: Expert) -> [String: DatabaseValue] {
        let values: [String: (any DatabaseValueConvertible)?] = [
            "name": e.name, "team": e.team?.rawValue, "home_community_id": e.homeCommunityID.rawValue,
            "advises_community_id": e.advisesCommunityID?.rawValue, "capacity": e.capacity, "is_active": e.isActive,
            "joined_on": e.joinedOn.description,
        ]
        return values.mapValues { $0?.databaseValue ?? .null }
    }

    /// Inserts the child rows of `experts`, in the tables of `only` when given.
    private static func insertChildren(of experts: [Expert], only tables: Set<String>? = nil, _ db: Database) throws {
        func writes(_ table: String) -> Bool { tables?.contains(table) ?? true }
        let role = try db.cachedStatement(sql: "INSERT INTO expert_role (expert_id, role) VALUES (?, ?)")
        let specialty = try db.cachedStatement(sql: """
            INSERT INTO expert_specialty (expert_id, dispute_type, level, position) VALUES (?, ?, ?, ?)
            """)
        let language = try db.cachedStatement(sql: "INSERT INTO expert_language (expert_id, language) VALUES (?, ?)")
        let credential = try db.cachedStatement(sql: "INSERT INTO expert_credential (expert_id, credential) VALUES (?, ?)")
        let availability = try db.cachedStatement(sql: """
            INSERT INTO expert_availability (expert_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)
            """)
        let leave = try db.cachedStatement(sql: "INSERT INTO expert_leave (expert_id, from_day, through_day) VALUES (?, ?, ?)")
        let exception = try db.cachedStatement(sql: """
            INSERT INTO expert_exception (expert_id, day, start_minute, end_minute, kind) VALUES (?, ?, ?, ?, ?)
            """)
        let relation = try db.cachedStatement(sql: """
            INSERT INTO expert_relation (expert_id, position, subject_kind, name, masked_identity, nature)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for e in experts {
            let id = e.id.rawValue
            for r in e.roles.sorted() where writes("expert_role") { try role.execute(arguments: [id, r.rawValue]) }
            for (position, s) in e.specialties.enumerated() where writes("expert_specialty") {
                try specialty.execute(arguments: [id, s.type.rawValue, s.level, position])
            }
            for l in e.languages.sorted() where writes("expert_language") { try language.execute(arguments: [id, l.rawValue]) }
            for c in e.credentials.sorted() where writes("expert_credential") { try credential.execute(arguments: [id, c.rawValue]) }
            for w in e.availability where writes("expert_availability") {
                try availability.execute(arguments: [id, w.weekday.rawValue, w.start.minutes, w.end.minutes])
            }
            for p in e.leave where writes("expert_leave") { try leave.execute(arguments: [id, p.from.description, p.through.description]) }
            for x in e.exceptions where writes("expert_exception") {
                try exception.execute(arguments: [id, x.day.description, x.start.minutes, x.end.minutes, x.kind.rawValue])
            }
            for (position, r) in e.relations.enumerated() where writes("expert_relation") {
                switch r.subject {
                case let .person(name, identity):
                    try relation.execute(arguments: [id, position, "person", name, identity?.text, r.nature.rawValue])
                case let .organisation(name):
                    try relation.execute(arguments: [id, position, "organisation", name, nil, r.nature.rawValue])
                }
            }
        }
    }

    /// All experts, or the one with `only`, with every child table gathered in one pass each.
    static func fetch(_ db: Database, only: Expert.ID? = nil) throws -> [Expert] {
        let filter = only == nil ? "" : " WHERE expert_id = ?"
        let arguments: StatementArguments = only.map { [$0.rawValue] } ?? []
        func rows(_ table: String, order: String) throws -> [String: [Row]] {
            Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT * FROM \(table)\(filter) ORDER BY expert_id, \(order)",
                arguments: arguments), by: { $0["expert_id"] as String })
        }
        let roles = try rows("expert_role", order: "role")
        let specialties = try rows("expert_specialty", order: "position")
        let languages = try rows("expert_language", order: "language")
        let credentials = try rows("expert_credential", order: "credential")
        let availability = try rows("expert_availability", order: "weekday, start_minute")
        let leave = try rows("expert_leave", order: "from_day")
        let exceptions = try rows("expert_exception", order: "day, start_minute")
        let relations = try rows("expert_relation", order: "position")

        let sql = "SELECT * FROM expert" + (only == nil ? "" : " WHERE id = ?") + " ORDER BY id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let id: String = row["id"]
            func values<T: RawRepresentable>(_ rows: [String: [Row]], _ column: String, _ table: String) throws -> [T]
            where T.RawValue == String {
                try (rows[id] ?? []).map { try $0.decode(T.self, column, table: table, id: id) }
            }
            return Expert(
                id: Expert.ID(id), name: row["name"],
                roles: Set(try values(roles, "role", "expert_role") as [ExpertRole]),
                team: try row.decodeIfPresent(LawyerTeam.self, "team", table: "expert", id: id),
                specialties: try (specialties[id] ?? []).map {
                    Specialty(try $0.decode(DisputeType.self, "dispute_type", table: "expert_specialty", id: id), level: $0["level"])
                },
                languages: Set(try values(languages, "language", "expert_language") as [Language]),
                credentials: Set(try values(credentials, "credential", "expert_credential") as [Credential]),
                homeCommunityID: Area.ID(row["home_community_id"] as String),
                advisesCommunityID: (row["advises_community_id"] as String?).map { Area.ID($0) },
                capacity: row["capacity"],
                availability: try (availability[id] ?? []).map { try $0.weeklyWindow(table: "expert_availability", id: id) },
                leave: try (leave[id] ?? []).map {
                    LeavePeriod(from: try $0.day("from_day", table: "expert_leave", id: id),
                        through: try $0.day("through_day", table: "expert_leave", id: id))
                },
                exceptions: try (exceptions[id] ?? []).map { try exception(from: $0, expertID: id) },
                relations: try (relations[id] ?? []).map { try relation(from: $0, expertID: id) },
                isActive: row["is_active"], joinedOn: try row.day("joined_on", table: "expert", id: id))
        }
    }

    private static func exception(from row: Row, expertID: String) throws -> AvailabilityException {
        let table = "expert_exception"
        guard let start = TimeOfDay(minutes: row["start_minute"]), let end = TimeOfDay(minutes: row["end_minute"]),
            let exception = AvailabilityException(day: try row.day("day", table: table, id: expertID), start: start, end: end,
                kind: try row.decode(AvailabilityException.Kind.self, "kind", table: table, id: expertID))
        else { throw DomainError.invalid(record: "expert \(expertID)", field: table, reason: "a stored exception has no valid time range") }
        return exception
    }

    private static func relation(from row: Row, expertID: String) throws -> DeclaredRelation {
        let nature = try row.decode(DeclaredRelation.Nature.self, "nature", table: "expert_relation", id: expertID)
        let name: String = row["name"]
        switch row["subject_kind"] as String {
        case "person":
            let identity = (row["masked_identity"] as String?).flatMap(MaskedIdentityNumber.init)
            return DeclaredRelation(.person(name: name, identity: identity), nature: nature)
        default:
            return DeclaredRelation(.organisation(name: name), nature: nature)
        }
    }
}

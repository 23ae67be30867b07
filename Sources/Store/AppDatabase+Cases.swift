import Domain
import GRDB

/// Which cases to list.
public struct CaseFilter: Sendable {
    public var statuses: Set<CaseStatus>?
    public var type: DisputeType?
    public var communityID: Area.ID?
    public var sources: [CaseSource]?
    public var limit: Int?

    public init(statuses: Set<CaseStatus>? = nil, type: DisputeType? = nil, communityID: Area.ID? = nil, sources: [CaseSource]? = nil,
        limit: Int? = nil)
    {
        self.statuses = statuses
        self.sources = sources
        self.type = type
        self.communityID = communityID
        self.limit = limit
    }

    public static let open = CaseFilter(statuses: Set(CaseStatus.allCases).subtracting([.closed]))
    public static let closed = CaseFilter(statuses: [.closed])
}

extension AppDatabase {
    /// Stores new cases with their parties and the assignments that came with them (the panels of
    /// past cases); fails, storing nothing, when an ID is taken or a reference is unknown.
    public func insertCases(_ cases: [DisputeCase], assignments: [Assignment] = []) throws {
        try write { db in
            try CaseTable.insert(cases, db)
            try AssignmentTable.insert(assignments, db)
        }
    }

    /// Stores a case just taken in and audits it, in one transaction.
    public func recordIntake(_ dispute: DisputeCase, audit: AuditContext) throws {
        try write { db in
            try CaseTable.insert([dispute], db)
            _ = try AuditTable.append(audit.draft("case.intake", "case", dispute.id.rawValue, before: nil as DisputeCase?, after: dispute), db)
        }
    }

    /// Replaces a stored case's fields, parties and vetoes. A change of status must be a legal move; with
    /// `audit`, the change is written to the audit chain in the same transaction.
    public func updateCase(_ dispute: DisputeCase, audit: AuditContext? = nil) throws {
        try write { db in
            guard let before = try CaseTable.fetch(db, where: "c.id = ?", arguments: [dispute.id.rawValue]).first else {
                throw DomainError.notFound(kind: "case", id: dispute.id.rawValue)
            }
            _ = try before.moved(to: dispute.status)
            try CaseTable.update(dispute, db)
            if let audit { _ = try AuditTable.append(audit.draft("case.update", "case", dispute.id.rawValue, before: before, after: dispute), db) }
        }
    }

    public func dispute(_ id: DisputeCase.ID) throws -> DisputeCase? {
        try writer.read { db in try CaseTable.fetch(db, where: "c.id = ?", arguments: [id.rawValue]).first }
    }

    /// Cases matching `filter`, newest first.
    public func cases(_ filter: CaseFilter = CaseFilter()) throws -> [DisputeCase] {
        try writer.read { db in
            var clauses: [String] = []
            var arguments: StatementArguments = []
            if let statuses = filter.statuses {
                clauses.append("c.status IN (\(statuses.map { _ in "?" }.joined(separator: ", ")))")
                for status in statuses.sorted(by: { $0.rawValue < $1.rawValue }) { arguments += [status.rawValue] }
            }
            if let type = filter.type {
                clauses.append("c.dispute_type = ?")
                arguments += [type.rawValue]
            }
            if let community = filter.communityID {
                clauses.append("c.community_id = ?")
                arguments += [community.rawValue]
            }
            if let sources = filter.sources {
                clauses.append("c.source IN (\(sources.map { _ in "?" }.joined(separator: ", ")))")
                for source in sources { arguments += [source.rawValue] }
            }
            let condition = clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")
            return try CaseTable.fetch(db, where: condition, arguments: arguments, limit: filter.limit)
        }
    }

    /// The highest case number issued so far in `year`, for numbering the next one.
    public func lastCaseNumber(year: Int) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT MAX(CAST(substr(id, 8) AS INTEGER)) FROM dispute_case WHERE id LIKE ?",
                arguments: ["C-\(year)-%"]) ?? 0
        }
    }
}

enum CaseTable {
    static let columns = [
        "id", "dispute_type", "difficulty", "source", "referral_number", "community_id", "summary", "amount_yuan",
        "language", "allows_online", "prior_mediations", "petitions", "escalation_risk", "opened_on", "deadline",
        "status", "outcome", "satisfaction", "closed_on",
    ]

    static func insert(_ cases: [DisputeCase], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO dispute_case (\(columns.joined(separator: ", ")))
            VALUES (\(columns.map { ":\($0)" }.joined(separator: ", ")))
            """)
        for dispute in cases {
            try statement.execute(arguments: arguments(of: dispute))
            try insertParties(of: dispute, db)
        }
    }

    /// Moves each case to its new status, writing the move to the audit chain.
    static func move(_ statuses: [DisputeCase.ID: CaseStatus], audit: AuditContext, _ db: Database) throws {
        struct Status: Encodable { var status: String }
        for (caseID, status) in statuses.sorted(by: { $0.key < $1.key }) {
            guard let before = try String.fetchOne(db, sql: "SELECT status FROM dispute_case WHERE id = ?", arguments: [caseID.rawValue]) else {
                throw DomainError.notFound(kind: "case", id: caseID.rawValue)
            }
            guard before != status.rawValue else { continue }
            if let from = CaseStatus(rawValue: before), !from.canMove(to: status) {
                throw DomainError.illegalTransition(caseID: caseID.rawValue, from: before, to: status.rawValue)
            }
            try db.execute(sql: "UPDATE dispute_case SET status = ? WHERE id = ?", arguments: [status.rawValue, caseID.rawValue])
            _ = try AuditTable.append(audit.draft("case.status", "case", caseID.rawValue, before: Status(status: before),
                after: Status(status: status.rawValue)), db)
        }
    }

    static func update(_ dispute: DisputeCase, _ db: Database) throws {
        let setters = columns.dropFirst().map { "\($0) = :\($0)" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE dispute_case SET \(setters) WHERE id = :id", arguments: arguments(of: dispute))
        guard db.changesCount == 1 else { throw DomainError.notFound(kind: "case", id: dispute.id.rawValue) }
        try db.execute(sql: "DELETE FROM case_veto WHERE case_id = ?", arguments: [dispute.id.rawValue])
        try db.execute(sql: "DELETE FROM case_party_window WHERE case_id = ?", arguments: [dispute.id.rawValue])
        try db.execute(sql: "DELETE FROM case_evidence WHERE case_id = ?", arguments: [dispute.id.rawValue])
        try db.execute(sql: "DELETE FROM case_party WHERE case_id = ?", arguments: [dispute.id.rawValue])
        try insertParties(of: dispute, db)
    }

    private static func arguments(of c: DisputeCase) -> StatementArguments {
        StatementArguments([
            "id": c.id.rawValue, "dispute_type": c.type.rawValue, "difficulty": c.difficulty.rawValue,
            "source": c.source.rawValue, "referral_number": c.referralNumber, "community_id": c.communityID.rawValue,
            "summary": c.summary, "amount_yuan": c.amountYuan, "language": c.language.rawValue,
            "allows_online": c.allowsOnline, "prior_mediations": c.priorMediations, "petitions": c.petitions,
            "escalation_risk": c.escalationRisk, "opened_on": c.openedOn.description,
            "deadline": c.deadline.description, "status": c.status.rawValue, "outcome": c.outcome?.rawValue,
            "satisfaction": c.satisfaction?.rawValue, "closed_on": c.closedOn?.description,
        ])
    }

    /// Stores the parties of a case (registering new ones; a returning party keeps its ID) and its vetoes.
    private static func insertParties(of dispute: DisputeCase, _ db: Database) throws {
        let caseID = dispute.id.rawValue
        for (position, entry) in dispute.parties.enumerated() {
            try PartyTable.register(entry.party, for: caseID, db)
            try db.execute(sql: "INSERT INTO case_party (case_id, party_id, role, position) VALUES (?, ?, ?, ?)",
                arguments: [caseID, entry.party.id.rawValue, entry.role.rawValue, position])
        }
        for veto in dispute.vetoes {
            try db.execute(sql: "INSERT INTO case_veto (case_id, party_id, expert_id) VALUES (?, ?, ?)",
                arguments: [caseID, veto.partyID.rawValue, veto.expertID.rawValue])
        }
        for (position, item) in dispute.evidence.enumerated() {
            try db.execute(sql: "INSERT INTO case_evidence (case_id, position, item) VALUES (?, ?, ?)", arguments: [caseID, position, item])
        }
        for window in dispute.partyAvailability {
            try db.execute(sql: "INSERT INTO case_party_window (case_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)",
                arguments: [caseID, window.weekday.rawValue, window.start.minutes, window.end.minutes])
        }
    }

    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments, limit: Int? = nil) throws
        -> [DisputeCase]
    {
        let limitClause = limit.map { " LIMIT \($0)" } ?? ""
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM dispute_case c WHERE \(condition) ORDER BY c.opened_on DESC, c.id DESC\(limitClause)",
            arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let scope = "SELECT c.id FROM dispute_case c WHERE \(condition)"
        let partyRows = try Row.fetchAll(db, sql: """
            SELECT cp.case_id, cp.role, p.* FROM case_party cp JOIN party p ON p.id = cp.party_id
            WHERE cp.case_id IN (\(scope)) ORDER BY cp.case_id, cp.position
            """, arguments: arguments)
        let parties = Dictionary(grouping: partyRows, by: { $0["case_id"] as String })
        let vetoRows = try Row.fetchAll(db, sql: """
            SELECT * FROM case_veto WHERE case_id IN (\(scope)) ORDER BY case_id, party_id, expert_id
            """, arguments: arguments)
        let vetoes = Dictionary(grouping: vetoRows, by: { $0["case_id"] as String })
        let windowRows = try Row.fetchAll(db, sql: """
            SELECT * FROM case_party_window WHERE case_id IN (\(scope)) ORDER BY case_id, weekday, start_minute
            """, arguments: arguments)
        let windows = Dictionary(grouping: windowRows, by: { $0["case_id"] as String })
        let evidenceRows = try Row.fetchAll(db, sql: """
            SELECT * FROM case_evidence WHERE case_id IN (\(scope)) ORDER BY case_id, position
            """, arguments: arguments)
        let evidence = Dictionary(grouping: evidenceRows, by: { $0["case_id"] as String })

        return try rows.map { row in
            let id: String = row["id"]
            let table = "dispute_case"
            return DisputeCase(
                id: DisputeCase.ID(id), type: try row.decode(DisputeType.self, "dispute_type", table: table, id: id),
                difficulty: try row.decode(Difficulty.self, "difficulty", table: table, id: id),
                source: try row.decode(CaseSource.self, "source", table: table, id: id),
                referralNumber: row["referral_number"], evidence: (evidence[id] ?? []).map { $0["item"] as String }, communityID: Area.ID(row["community_id"] as String),
                summary: row["summary"], amountYuan: row["amount_yuan"],
                language: try row.decode(Language.self, "language", table: table, id: id),
                allowsOnline: row["allows_online"],
                partyAvailability: try (windows[id] ?? []).map { try $0.weeklyWindow(table: "case_party_window", id: id) },
                priorMediations: row["prior_mediations"], petitions: row["petitions"],
                escalationRisk: row["escalation_risk"],
                parties: try (parties[id] ?? []).map { partyRow in
                    CaseParty(try PartyTable.party(from: partyRow),
                        role: try partyRow.decode(CaseParty.Role.self, "role", table: "case_party", id: id))
                },
                vetoes: (vetoes[id] ?? []).map {
                    PartyVeto(partyID: Party.ID($0["party_id"] as String), expertID: Expert.ID($0["expert_id"] as String))
                },
                openedOn: try row.day("opened_on", table: table, id: id),
                deadline: try row.day("deadline", table: table, id: id),
                status: try row.decode(CaseStatus.self, "status", table: table, id: id),
                outcome: try row.decodeIfPresent(CaseOutcome.self, "outcome", table: table, id: id),
                satisfaction: try row.decodeIfPresent(Satisfaction.self, "satisfaction", table: table, id: id),
                closedOn: try row.dayIfPresent("closed_on", table: table, id: id))
        }
    }
}

enum PartyTable {
    /// Registers a party, or checks a returning one against the registry and refreshes its details.
    static func register(_ party: Party, for caseID: String, _ db: Database) throws {
        if let stored = try Row.fetchOne(db, sql: "SELECT * FROM party WHERE id = ?", arguments: [party.id.rawValue]) {
            let known = try self.party(from: stored)
            guard known.kind == party.kind, known.name == party.name else {
                throw DomainError.invalid(record: "case \(caseID)", field: "parties",
                    reason: "party \(party.id) is registered as \(known.kind.rawValue) \"\(known.name)\", not \(party.kind.rawValue) \"\(party.name)\"")
            }
            try db.execute(sql: "UPDATE party SET masked_identity = ?, organisation = ? WHERE id = ?",
                arguments: [(party.identity ?? known.identity)?.text, party.organisation ?? known.organisation, party.id.rawValue])
        } else {
            try db.execute(sql: "INSERT INTO party (id, kind, name, masked_identity, organisation) VALUES (?, ?, ?, ?, ?)",
                arguments: [party.id.rawValue, party.kind.rawValue, party.name, party.identity?.text, party.organisation])
        }
    }

    static func party(from row: Row) throws -> Party {
        let id: String = row["id"]
        return Party(
            id: Party.ID(id), kind: try row.decode(Party.Kind.self, "kind", table: "party", id: id), name: row["name"],
            identity: (row["masked_identity"] as String?).flatMap(MaskedIdentityNumber.init),
            organisation: row["organisation"])
    }
}

extension AppDatabase {
    public func party(_ id: Party.ID) throws -> Party? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM party WHERE id = ?", arguments: [id.rawValue]).map(PartyTable.party(from:))
        }
    }

    /// The highest party number issued so far, for numbering the next one (compared as numbers, not text).
    public func lastPartyNumber() throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT MAX(CAST(substr(id, 3) AS INTEGER)) FROM party WHERE id LIKE 'P-%'") ?? 0
        }
    }

    public func area(_ id: Area.ID) throws -> Area? {
        try writer.read { db in try AreaTable.fetchAll(db, only: id).first }
    }
}

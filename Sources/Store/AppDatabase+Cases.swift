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
    /// past cases); fails, storing nothing, when an ID is taken, a reference is unknown or a seat on an open
    /// case takes an expert past their capacity.
    public func insertCases(_ cases: [DisputeCase], assignments: [Assignment] = []) throws {
        try write { db in
            try CaseTable.insert(cases, db)
            try AssignmentTable.insert(assignments, db)
            try AssignmentTable.checkCapacity(of: Set(assignments.map(\.expertID)), db)
        }
    }

    /// Numbers, builds and stores a case just taken in, in one write transaction: the case number of
    /// `year` and `newParties` party numbers are issued inside it, so two intakes at once never share one,
    /// and a party registered by this intake is always inserted as new, never merged into a record of the
    /// same name. `returningParties` are read inside the same transaction. With `audit`, the intake is
    /// written to the audit chain too.
    public func recordIntake(
        year: Int, newParties: Int, returningParties: [Party.ID], audit: AuditContext?,
        _ build: (IntakeNumbers) throws -> DisputeCase
    ) throws -> DisputeCase {
        try write { db in
            let caseNumber = try CaseTable.lastNumber(year: year, db) + 1
            let firstParty = try PartyTable.lastNumber(db) + 1
            var returning: [Party.ID: Party] = [:]
            for id in returningParties {
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM party WHERE id = ?", arguments: [id.rawValue]) else {
                    throw DomainError.unknownReference(record: "the new case", field: "parties", kind: "party", id: id.rawValue)
                }
                returning[id] = try PartyTable.party(from: row)
            }
            let numbers = IntakeNumbers(
                caseID: DisputeCase.ID("C-\(year)-" + String(format: "%05d", caseNumber)),
                newPartyIDs: (0..<newParties).map { Party.ID("P-" + String(format: "%06d", firstParty + $0)) },
                returningParties: returning)
            let dispute = try build(numbers)
            try CaseTable.insert([dispute], newParties: Set(numbers.newPartyIDs), db)
            if let audit {
                _ = try AuditTable.append(audit.draft("case.intake", "case", dispute.id.rawValue, before: nil as DisputeCase?, after: dispute), db)
            }
            return dispute
        }
    }

    /// Replaces a stored case's fields, parties and vetoes with `dispute`'s, writing only what differs. A
    /// change of status must be a legal move; with `audit`, the change is written to the audit chain in the
    /// same transaction. A use case that changes part of a case calls `changeCase` instead, so it cannot
    /// write back what another change did meanwhile.
    public func updateCase(_ dispute: DisputeCase, audit: AuditContext? = nil) throws {
        try changeCase(dispute.id, audit: audit) { $0 = dispute }
    }

    /// Reads case `id`, lets `change` edit it and writes back only the columns and lists it changed, all in
    /// one write transaction: two changes sent at once each start from the other's result, so neither undoes
    /// the other. A change of status must be a legal move; with `audit`, the change is audited in the same
    /// transaction. Returns the case as stored.
    @discardableResult
    public func changeCase(_ id: DisputeCase.ID, audit: AuditContext? = nil, _ change: (inout DisputeCase) throws -> Void) throws
        -> DisputeCase
    {
        try write { db in
            guard let before = try CaseTable.fetch(db, where: "c.id = ?", arguments: [id.rawValue]).first else {
                throw DomainError.notFound(kind: "case", id: id.rawValue)
            }
            var after = before
            try change(&after)
            guard after.id == id else {
                throw DomainError.invalid(record: "case \(id)", field: "id", reason: "a case keeps its ID")
            }
            _ = try before.moved(to: after.status)
            try CaseTable.update(from: before, to: after, db)
            if let audit, after != before {
                _ = try AuditTable.append(audit.draft("case.update", "case", id.rawValue, before: before, after: after), db)
            }
            return after
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

}

/// The numbers issued to one intake inside its write transaction, and the returning parties as stored.
public struct IntakeNumbers: Sendable {
    public let caseID: DisputeCase.ID
    /// One for each new party, in the order the intake gives them.
    public let newPartyIDs: [Party.ID]
    public let returningParties: [Party.ID: Party]
}

enum CaseTable {
    static let columns = [
        "id", "dispute_type", "difficulty", "source", "referral_number", "community_id", "summary", "amount_yuan",
        "language", "allows_online", "prior_mediations", "petitions", "escalation_risk", "opened_on", "deadline",
        "status", "outcome", "satisfaction", "closed_on",
    ]

    /// The highest case number issued so far in `year`, compared as numbers.
    static func lastNumber(year: Int, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT MAX(CAST(substr(id, ?) AS INTEGER)) FROM dispute_case WHERE id LIKE ?",
            arguments: ["C-\(year)-".count + 1, "C-\(year)-%"]) ?? 0
    }

    /// Inserts cases with their parties; the parties in `newParties` are registered as new records (a
    /// record already under that ID is a conflict), every other one as a returning party.
    static func insert(_ cases: [DisputeCase], newParties: Set<Party.ID> = [], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO dispute_case (\(columns.joined(separator: ", ")))
            VALUES (\(columns.map { ":\($0)" }.joined(separator: ", ")))
            """)
        for dispute in cases {
            try statement.execute(arguments: arguments(of: dispute))
            try insertChildren(of: dispute, newParties: newParties, db)
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

    /// Writes the columns and child lists in which `after` differs from `before`, the case as read in this
    /// transaction.
    static func update(from before: DisputeCase, to after: DisputeCase, _ db: Database) throws {
        let old = values(of: before), new = values(of: after)
        let changed = columns.dropFirst().filter { old[$0] != new[$0] }
        if !changed.isEmpty {
            try db.execute(sql: "UPDATE dispute_case SET \(changed.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                arguments: StatementArguments(changed.map { new[$0]! } + [after.id.rawValue.databaseValue]))
        }
        let caseID = after.id.rawValue
        if before.parties != after.parties {
            try db.execute(sql: "DELETE FROM case_veto WHERE case_id = ?", arguments: [caseID])
            try db.execute(sql: "DELETE FROM case_party WHERE case_id = ?", arguments: [caseID])
            try insertParties(of: after, db)
            try insertVetoes(of: after, db)
        } else if before.vetoes != after.vetoes {
            try db.execute(sql: "DELETE FROM case_veto WHERE case_id = ?", arguments: [caseID])
            try insertVetoes(of: after, db)
        }
        if before.evidence != after.evidence {
            try db.execute(sql: "DELETE FROM case_evidence WHERE case_id = ?", arguments: [caseID])
            try insertEvidence(of: after, db)
        }
        if before.partyAvailability != after.partyAvailability {
            try db.execute(sql: "DELETE FROM case_party_window WHERE case_id = ?", arguments: [caseID])
            try insertWindows(of: after, db)
        }
    }

    private static func arguments(of c: DisputeCase) -> StatementArguments {
        StatementArguments(values(of: c))
    }

    private static func values(of c: DisputeCase) -> [String: DatabaseValue] {
        let values: [String: (any DatabaseValueConvertible)?] = [
            "id": c.id.rawValue, "dispute_type": c.type.rawValue, "difficulty": c.difficulty.rawValue,
            "source": c.source.rawValue, "referral_number": c.referralNumber, "community_id": c.communityID.rawValue,
            "summary": c.summary, "amount_yuan": c.amountYuan, "language": c.language.rawValue,
            "allows_online": c.allowsOnline, "prior_mediations": c.priorMediations, "petitions": c.petitions,
            "escalation_risk": c.escalationRisk, "opened_on": c.openedOn.description,
            "deadline": c.deadline.description, "status": c.status.rawValue, "outcome": c.outcome?.rawValue,
            "satisfaction": c.satisfaction?.rawValue, "closed_on": c.closedOn?.description,
        ]
        return values.mapValues { $0?.databaseValue ?? .null }
    }

    /// Stores a new case's parties (registering new ones; a returning party keeps its ID), vetoes, evidence and
    /// the parties' available times.
    private static func insertChildren(of dispute: DisputeCase, newParties: Set<Party.ID>, _ db: Database) throws {
        try insertParties(of: dispute, newParties: newParties, db)
        try insertVetoes(of: dispute, db)
        try insertEvidence(of: dispute, db)
        try insertWindows(of: dispute, db)
    }

    private static func insertParties(of dispute: DisputeCase, newParties: Set<Party.ID> = [], _ db: Database) throws {
        let caseID = dispute.id.rawValue
        for (position, entry) in dispute.parties.enumerated() {
            if newParties.contains(entry.party.id) {
                try PartyTable.insert(entry.party, db)
            } else {
                try PartyTable.register(entry.party, for: caseID, db)
            }
            try db.execute(sql: "INSERT INTO case_party (case_id, party_id, role, position) VALUES (?, ?, ?, ?)",
                arguments: [caseID, entry.party.id.rawValue, entry.role.rawValue, position])
        }
    }

    private static func insertVetoes(of dispute: DisputeCase, _ db: Database) throws {
        for veto in dispute.vetoes {
            try db.execute(sql: "INSERT INTO case_veto (case_id, party_id, expert_id) VALUES (?, ?, ?)",
                arguments: [dispute.id.rawValue, veto.partyID.rawValue, veto.expertID.rawValue])
        }
    }

    private static func insertEvidence(of dispute: DisputeCase, _ db: Database) throws {
        for (position, item) in dispute.evidence.enumerated() {
            try db.execute(sql: "INSERT INTO case_evidence (case_id, position, item) VALUES (?, ?, ?)",
                arguments: [dispute.id.rawValue, position, item])
        }
    }

    private static func insertWindows(of dispute: DisputeCase, _ db: Database) throws {
        for window in dispute.partyAvailability {
            try db.execute(sql: "INSERT INTO case_party_window (case_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)",
                arguments: [dispute.id.rawValue, window.weekday.rawValue, window.start.minutes, window.end.minutes])
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

extension AppDatabase {
    public func area(_ id: Area.ID) throws -> Area? {
        try writer.read { db in try AreaTable.fetchAll(db, only: id).first }
    }
}

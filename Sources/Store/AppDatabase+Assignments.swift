import Domain
import Foundation
import GRDB

extension AppDatabase {
    /// Stores new assignments; the unique indexes refuse a second holder of a seat or a second seat for a person.
    public func insertAssignments(_ assignments: [Assignment]) throws {
        try write { db in try AssignmentTable.insert(assignments, db) }
    }

    /// Records a change of an assignment's status, response time or reason.
    public func updateAssignment(_ assignment: Assignment) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE assignment SET status = ?, responded_at = ?, reason = ? WHERE id = ?
                """, arguments: [assignment.status.rawValue, assignment.respondedAt, assignment.reason, assignment.id.rawValue])
            guard db.changesCount == 1 else { throw DomainError.notFound(kind: "assignment", id: assignment.id.rawValue) }
        }
    }

    public func assignments(caseID: DisputeCase.ID) throws -> [Assignment] {
        try writer.read { db in try AssignmentTable.fetch(db, where: "case_id = ?", arguments: [caseID.rawValue]) }
    }

    public func assignments(expertID: Expert.ID) throws -> [Assignment] {
        try writer.read { db in try AssignmentTable.fetch(db, where: "expert_id = ?", arguments: [expertID.rawValue]) }
    }

    public func assignment(_ id: Assignment.ID) throws -> Assignment? {
        try writer.read { db in try AssignmentTable.fetch(db, where: "id = ?", arguments: [id.rawValue]).first }
    }

    /// Offers still waiting for an answer.
    public func openOffers() throws -> [Assignment] {
        try writer.read { db in try AssignmentTable.fetch(db, where: "status = 'offered'", arguments: []) }
    }

    public func allAssignments() throws -> [Assignment] {
        try writer.read { db in try AssignmentTable.fetch(db, where: "1", arguments: []) }
    }

    /// The ID of the next offer for one seat of a case, `C-2026-00042:1:2` (the seat's second offer).
    public func nextAssignmentID(caseID: DisputeCase.ID, seat: Int) throws -> Assignment.ID {
        try writer.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assignment WHERE case_id = ? AND seat = ?",
                arguments: [caseID.rawValue, seat]) ?? 0
            return Assignment.ID("\(caseID):\(seat):\(count + 1)")
        }
    }
}

enum AssignmentTable {
    /// Inserts offers, each under the next ID of its seat, auditing each.
    static func insertOffers(_ offers: [Assignment], audit: AuditContext, _ db: Database) throws -> [Assignment] {
        var stored: [Assignment] = []
        for var offer in offers {
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assignment WHERE case_id = ? AND seat = ?",
                arguments: [offer.caseID.rawValue, offer.seat]) ?? 0
            offer.id = Assignment.ID("\(offer.caseID):\(offer.seat):\(count + 1)")
            try insert([offer], db)
            _ = try AuditTable.append(audit.draft("assignment.offer", "assignment", offer.id.rawValue, before: nil as Assignment?, after: offer), db)
            stored.append(offer)
        }
        try checkCapacity(of: Set(offers.map(\.expertID)), db)
        return stored
    }

    /// Refuses the transaction when an expert now holds more seats on open cases than their capacity: the
    /// last word on capacity, inside the write, so two coordinators offering the same expert at once cannot
    /// both get the last place.
    static func checkCapacity(of experts: Set<Expert.ID>, _ db: Database) throws {
        for expert in experts.sorted() {
            let row = try Row.fetchOne(db, sql: """
                SELECT e.capacity,
                    (SELECT COUNT(*) FROM assignment a JOIN dispute_case c ON c.id = a.case_id
                     WHERE a.expert_id = e.id AND a.status IN ('offered', 'accepted') AND c.status <> 'closed') AS open
                FROM expert e WHERE e.id = ?
                """, arguments: [expert.rawValue])
            guard let row else { continue }
            let capacity: Int = row["capacity"], open: Int = row["open"]
            if open > capacity {
                throw DomainError.conflict(record: "the panel of expert \(expert)",
                    reason: "\(expert) would hold \(open) open cases, over their capacity of \(capacity) (another offer took the last place meanwhile)")
            }
        }
    }

    static func insert(_ assignments: [Assignment], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO assignment (id, case_id, seat, role, expert_id, status, score, breakdown, weights_version,
                offered_at, responded_at, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for a in assignments {
            try statement.execute(arguments: [
                a.id.rawValue, a.caseID.rawValue, a.seat, a.role.rawValue, a.expertID.rawValue, a.status.rawValue,
                a.score, try encodeBreakdown(a.breakdown), a.weightsVersion, a.offeredAt, a.respondedAt, a.reason,
            ])
        }
    }

    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Assignment] {
        try Row.fetchAll(db, sql: "SELECT * FROM assignment WHERE \(condition) ORDER BY case_id, seat, offered_at, id",
            arguments: arguments).map { row in
            let id: String = row["id"]
            return Assignment(
                id: Assignment.ID(id), caseID: DisputeCase.ID(row["case_id"] as String), seat: row["seat"],
                role: try row.decode(ExpertRole.self, "role", table: "assignment", id: id),
                expertID: Expert.ID(row["expert_id"] as String),
                status: try row.decode(Assignment.Status.self, "status", table: "assignment", id: id),
                score: row["score"], breakdown: try decodeBreakdown(row["breakdown"], id: id),
                weightsVersion: row["weights_version"], offeredAt: row["offered_at"], respondedAt: row["responded_at"],
                reason: row["reason"])
        }
    }

    private static func encodeBreakdown(_ breakdown: [String: Double]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(breakdown), as: UTF8.self)
    }

    private static func decodeBreakdown(_ text: String, id: String) throws -> [String: Double] {
        do {
            return try JSONDecoder().decode([String: Double].self, from: Data(text.utf8))
        } catch {
            throw StoreError(table: "assignment", id: id, column: "breakdown", value: text)
        }
    }
}

extension AppDatabase {
    /// Stores new offers in one transaction, each under the next ID of its seat (`C-2026-00042:1:2` for the
    /// seat's second offer; the IDs given are replaced), after releasing `released` (with their reason and
    /// time), and moves each case to the status given. The unique
    /// indexes refuse a seat that already has a live holder and a person already seated on the case. Every
    /// release, offer and case move is written to the audit chain in the same transaction.
    @discardableResult
    public func recordOffers(
        _ offers: [Assignment], caseStatuses: [DisputeCase.ID: CaseStatus], releasing released: [Assignment] = [], audit: AuditContext
    ) throws -> [Assignment] {
        try write { db in
            for assignment in released {
                let before = try AssignmentTable.fetch(db, where: "id = ?", arguments: [assignment.id.rawValue]).first
                _ = try AuditTable.append(audit.draft("assignment.release", "assignment", assignment.id.rawValue, before: before, after: assignment), db)
                try db.execute(sql: "UPDATE assignment SET status = 'released', responded_at = ?, reason = ? WHERE id = ?",
                    arguments: [assignment.respondedAt, assignment.reason, assignment.id.rawValue])
                guard db.changesCount == 1 else { throw DomainError.notFound(kind: "assignment", id: assignment.id.rawValue) }
            }
            let stored = try AssignmentTable.insertOffers(offers, audit: audit, db)
            try CaseTable.move(caseStatuses, audit: audit, db)
            return stored
        }
    }
}

extension AppDatabase {
    /// Stores an expert's answer to an open offer (accepted, declined or expired), any refill offers for the
    /// freed seat and the case's move, in one transaction. An offer answered meanwhile is refused, so two
    /// answers never both count.
    @discardableResult
    public func recordAnswer(_ answered: Assignment, refills: [Assignment] = [], caseStatuses: [DisputeCase.ID: CaseStatus] = [:],
        audit: AuditContext) throws -> [Assignment]
    {
        try write { db in
            let before = try AssignmentTable.fetch(db, where: "id = ?", arguments: [answered.id.rawValue]).first
            try db.execute(sql: """
                UPDATE assignment SET status = ?, responded_at = ?, reason = ? WHERE id = ? AND status = 'offered'
                """, arguments: [answered.status.rawValue, answered.respondedAt, answered.reason, answered.id.rawValue])
            guard db.changesCount == 1 else {
                guard let before else { throw DomainError.notFound(kind: "offer", id: answered.id.rawValue) }
                throw DomainError.conflict(record: "offer \(answered.id)", reason: "it is already \(before.status.rawValue)")
            }
            let action = "assignment." + (answered.status == .accepted ? "accept" : answered.status == .declined ? "decline" : "expire")
            _ = try AuditTable.append(audit.draft(action, "assignment", answered.id.rawValue, before: before, after: answered), db)
            let stored = try AssignmentTable.insertOffers(refills, audit: audit, db)
            try CaseTable.move(caseStatuses, audit: audit, db)
            return stored
        }
    }
}

import Domain
import GRDB

extension AppDatabase {
    public func party(_ id: Party.ID) throws -> Party? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM party WHERE id = ?", arguments: [id.rawValue]).map(PartyTable.party(from:))
        }
    }
}

enum PartyTable {
    /// Registers a party of an imported or updated case: a new ID is inserted; a known one must be the same
    /// person or body (kind, name and, when both sides have one, identity number), whose missing details the
    /// row may fill in but never overwrite.
    static func register(_ party: Party, for caseID: String, _ db: Database) throws {
        guard let stored = try Row.fetchOne(db, sql: "SELECT * FROM party WHERE id = ?", arguments: [party.id.rawValue]) else {
            return try insert(party, db)
        }
        let known = try self.party(from: stored)
        guard known.kind == party.kind, known.name == party.name else {
            throw DomainError.invalid(record: "case \(caseID)", field: "parties",
                reason: "party \(party.id) is registered as \(known.kind.rawValue) \"\(known.name)\", not \(party.kind.rawValue) \"\(party.name)\"")
        }
        if let registered = known.identity, let given = party.identity, registered != given {
            throw DomainError.invalid(record: "case \(caseID)", field: "parties",
                reason: "party \(party.id) \(party.name) is registered with identity number \(registered.text), not \(given.text); "
                    + "a different person of the same name is a new party with an ID of their own")
        }
        try db.execute(sql: "UPDATE party SET masked_identity = ?, organisation = ? WHERE id = ?",
            arguments: [(known.identity ?? party.identity)?.text, known.organisation ?? party.organisation, party.id.rawValue])
    }

    /// Inserts a party that this very change registers; an ID already on file is a conflict, never a merge.
    static func insert(_ party: Party, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO party (id, kind, name, masked_identity, organisation) VALUES (?, ?, ?, ?, ?)",
            arguments: [party.id.rawValue, party.kind.rawValue, party.name, party.identity?.text, party.organisation])
    }

    /// The highest party number issued so far, compared as numbers, not text.
    static func lastNumber(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT MAX(CAST(substr(id, 3) AS INTEGER)) FROM party WHERE id LIKE 'P-%'") ?? 0
    }

    static func party(from row: Row) throws -> Party {
        let id: String = row["id"]
        return Party(
            id: Party.ID(id), kind: try row.decode(Party.Kind.self, "kind", table: "party", id: id), name: row["name"],
            identity: (row["masked_identity"] as String?).flatMap(MaskedIdentityNumber.init),
            organisation: row["organisation"])
    }
}

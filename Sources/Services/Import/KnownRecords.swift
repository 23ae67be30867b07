import Domain
import Store

/// The IDs already stored or read earlier in the same batch, for duplicate and reference checks.
struct KnownRecords {
    var areas: [Area.ID: Area.Level] = [:]
    var venues: Set<Venue.ID> = []
    var experts: [Expert.ID: Set<ExpertRole>] = [:]
    var advisers: [Area.ID: Expert.ID] = [:]
    var cases: Set<DisputeCase.ID> = []
    /// Referral numbers by source, `police XG-JT-2026-0042`, which identify one case each.
    var referrals: [String: DisputeCase.ID] = [:]
    var parties: [Party.ID: Party] = [:]
    /// Each expert's capacity, and the seats they hold on open cases, stored or imported earlier in the batch.
    var capacities: [Expert.ID: Int] = [:]
    var openSeats: [Expert.ID: Int] = [:]

    /// What `database` holds now.
    init(database: AppDatabase) throws {
        for area in try database.areas() { areas[area.id] = area.level }
        venues = Set(try database.venues().map(\.id))
        for expert in try database.experts() {
            experts[expert.id] = expert.roles
            capacities[expert.id] = expert.capacity
            if let community = expert.advisesCommunityID { advisers[community] = expert.id }
        }
        var open: Set<DisputeCase.ID> = []
        for dispute in try database.cases() {
            cases.insert(dispute.id)
            if dispute.isOpen { open.insert(dispute.id) }
            if let number = dispute.referralNumber { referrals["\(dispute.source.rawValue) \(number)"] = dispute.id }
            for entry in dispute.parties { parties[entry.party.id] = entry.party }
        }
        for assignment in try database.allAssignments() where assignment.status.holdsSeat && open.contains(assignment.caseID) {
            openSeats[assignment.expertID, default: 0] += 1
        }
    }

    init() {}

    func requireCommunity(_ id: Area.ID, _ row: CSVRow, column: String) throws(ImportError) {
        guard let level = areas[id] else { throw row.error(column, "unknown community \(id)") }
        guard level == .community else { throw row.error(column, "\(id) is a \(level.rawValue), not a community") }
    }

    /// Checks a party the row gives under an ID already known: the same kind and name and, when both give
    /// one, the same identity number. A namesake with another identity number is another person, who needs
    /// an ID of their own.
    func requireSameParty(_ party: Party, _ row: CSVRow) throws(ImportError) {
        guard let registered = parties[party.id] else { return }
        guard registered.kind == party.kind, registered.name == party.name else {
            throw row.error("parties", "party \(party.id) is already known as \(registered.kind.rawValue) \"\(registered.name)\"")
        }
        if let known = registered.identity, let given = party.identity, known != given {
            throw row.error("parties", "party \(party.id) \(party.name) is already known with identity number \(known.text), not "
                + "\(given.text); a different person of the same name needs a party ID of their own")
        }
    }

    /// Counts a seat on an open case, refusing one that takes the expert past their capacity.
    mutating func seat(_ expertID: Expert.ID, _ row: CSVRow) throws(ImportError) {
        let held = openSeats[expertID, default: 0] + 1
        if let capacity = capacities[expertID], held > capacity {
            throw row.error("panel", "expert \(expertID) would hold \(held) open cases, over their capacity of \(capacity)")
        }
        openSeats[expertID] = held
    }

    func requireExpert(_ id: Expert.ID, _ row: CSVRow, column: String) throws(ImportError) -> Set<ExpertRole> {
        guard let roles = experts[id] else { throw row.error(column, "unknown expert \(id)") }
        return roles
    }
}

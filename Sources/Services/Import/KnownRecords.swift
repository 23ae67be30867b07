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
    var parties: [Party.ID: (kind: Party.Kind, name: String)] = [:]

    /// What `database` holds now.
    init(database: AppDatabase) throws {
        for area in try database.areas() { areas[area.id] = area.level }
        venues = Set(try database.venues().map(\.id))
        for expert in try database.experts() {
            experts[expert.id] = expert.roles
            if let community = expert.advisesCommunityID { advisers[community] = expert.id }
        }
        for dispute in try database.cases() {
            cases.insert(dispute.id)
            if let number = dispute.referralNumber { referrals["\(dispute.source.rawValue) \(number)"] = dispute.id }
            for entry in dispute.parties { parties[entry.party.id] = (entry.party.kind, entry.party.name) }
        }
    }

    init() {}

    func requireCommunity(_ id: Area.ID, _ row: CSVRow, column: String) throws(ImportError) {
        guard let level = areas[id] else { throw row.error(column, "unknown community \(id)") }
        guard level == .community else { throw row.error(column, "\(id) is a \(level.rawValue), not a community") }
    }

    func requireExpert(_ id: Expert.ID, _ row: CSVRow, column: String) throws(ImportError) -> Set<ExpertRole> {
        guard let roles = experts[id] else { throw row.error(column, "unknown expert \(id)") }
        return roles
    }
}

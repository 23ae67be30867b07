import Domain
import Foundation

/// Reads the rows of one CSV file into domain values, checking IDs and references against what is known,
/// and gathering every error instead of stopping at the first.
struct RecordReader {
    var known: KnownRecords
    private(set) var errors: [ImportError] = []

    init(known: KnownRecords) { self.known = known }

    private mutating func each<T>(_ table: CSVTable, _ read: (inout KnownRecords, CSVRow) throws(ImportError) -> T) -> [T] {
        var values: [T] = []
        for row in table.rows {
            do {
                values.append(try read(&known, row))
            } catch {
                errors.append(error)
            }
        }
        return values
    }

    mutating func areas(_ table: CSVTable) -> [Area] {
        // Parents may follow their children in the file, so IDs are gathered before references are checked.
        var read: [(Area, CSVRow)] = []
        for row in table.rows {
            do throws(ImportError) {
                let area = try AreaCSV.decode(row)
                guard known.areas[area.id] == nil else { throw row.error("id", "area \(area.id) is already known") }
                known.areas[area.id] = area.level
                read.append((area, row))
            } catch {
                errors.append(error)
            }
        }
        return read.compactMap { area, row in
            do throws(ImportError) {
                if let parent = area.parentID, known.areas[parent] == nil { throw row.error("parent", "unknown area \(parent)") }
                if (area.level == .district) != (area.parentID == nil) {
                    throw row.error("parent", "a district has no parent and every other area has one")
                }
                return area
            } catch {
                errors.append(error)
                return nil
            }
        }
    }

    mutating func venues(_ table: CSVTable) -> [Venue] {
        each(table) { known, row throws(ImportError) in
            let venue = try VenueCSV.decode(row)
            guard !known.venues.contains(venue.id) else { throw row.error("id", "venue \(venue.id) is already known") }
            guard known.areas[venue.areaID] != nil else { throw row.error("area", "unknown area \(venue.areaID)") }
            known.venues.insert(venue.id)
            return venue
        }
    }

    mutating func experts(_ table: CSVTable) -> [Expert] {
        each(table) { known, row throws(ImportError) in
            let expert = try ExpertCSV.decode(row)
            guard known.experts[expert.id] == nil else { throw row.error("id", "expert \(expert.id) is already known") }
            try known.requireCommunity(expert.homeCommunityID, row, column: "home_community")
            if let community = expert.advisesCommunityID {
                try known.requireCommunity(community, row, column: "advises_community")
                if let adviser = known.advisers[community] {
                    throw row.error("advises_community", "community \(community) already has legal adviser \(adviser)")
                }
                known.advisers[community] = expert.id
            }
            known.experts[expert.id] = expert.roles
            known.capacities[expert.id] = expert.capacity
            return expert
        }
    }

    /// Cases, and the accepted assignments of the panels the file gives.
    mutating func cases(_ table: CSVTable, timeZone: TimeZone) -> (cases: [DisputeCase], assignments: [Assignment]) {
        let read = each(table) { known, row throws(ImportError) -> (DisputeCase, [Assignment]) in
            let (dispute, panel) = try CaseCSV.decode(row)
            guard !known.cases.contains(dispute.id) else { throw row.error("id", "case \(dispute.id) is already known") }
            try known.requireCommunity(dispute.communityID, row, column: "community")
            if let number = dispute.referralNumber {
                let key = "\(dispute.source.rawValue) \(number)"
                if let other = known.referrals[key] {
                    throw row.error("referral_number", "\(number) is already the referral number of case \(other)")
                }
                known.referrals[key] = dispute.id
            }
            for entry in dispute.parties { try known.requireSameParty(entry.party, row) }
            for veto in dispute.vetoes { _ = try known.requireExpert(veto.expertID, row, column: "vetoes") }
            if !panel.isEmpty && [.intake, .matching].contains(dispute.status) {
                throw row.error("panel", "a case in \(dispute.status.rawValue) has no panel yet")
            }
            var seen = Set<Expert.ID>()
            var assignments: [Assignment] = []
            let offeredAt = dispute.openedOn.start(in: timeZone).addingTimeInterval(10 * 3600)
            for (seat, entry) in panel.enumerated() {
                let roles = try known.requireExpert(entry.expertID, row, column: "panel")
                guard roles.contains(entry.role) else {
                    throw row.error("panel", "expert \(entry.expertID) is not a \(entry.role.rawValue)")
                }
                guard seen.insert(entry.expertID).inserted else {
                    throw row.error("panel", "expert \(entry.expertID) holds two seats")
                }
                if dispute.isOpen { try known.seat(entry.expertID, row) }
                assignments.append(Assignment(
                    id: Assignment.ID("\(dispute.id):\(seat):1"), caseID: dispute.id, seat: seat, role: entry.role,
                    expertID: entry.expertID, status: .accepted, offeredAt: offeredAt, respondedAt: offeredAt))
            }
            known.cases.insert(dispute.id)
            for entry in dispute.parties where known.parties[entry.party.id]?.identity == nil { known.parties[entry.party.id] = entry.party }
            return (dispute, assignments)
        }
        return (read.map(\.0), read.flatMap(\.1))
    }
}

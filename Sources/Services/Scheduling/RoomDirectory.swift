import Domain
import Scheduling

/// The rooms a case may meet in, found from the rooms of its own subdistrict and the district centres rather
/// than by looking at every room of the city.
struct RoomDirectory: Sendable {
    let venues: [Venue]
    let areas: AreaDirectory
    let policy: SchedulingPolicy
    /// Rooms by the area they are in and by that area's parent (their subdistrict), by index into `venues`.
    private let byArea: [Area.ID: [Int]]
    private let centres: [Int]
    private let online: Int?

    init(venues: [Venue], areas: AreaDirectory, policy: SchedulingPolicy) {
        self.venues = venues
        self.areas = areas
        self.policy = policy
        var byArea: [Area.ID: [Int]] = [:], centres: [Int] = []
        for (index, venue) in venues.enumerated() where !venue.isOnline {
            if venue.kind == .centre { centres.append(index); continue }
            byArea[venue.areaID, default: []].append(index)
            if let parent = areas[venue.areaID]?.parentID { byArea[parent, default: []].append(index) }
        }
        self.byArea = byArea
        self.centres = centres
        online = venues.firstIndex(where: \.isOnline)
    }

    /// The rooms near the case's community within its subdistrict, and the district centre, that seat
    /// `attendees`, each costing its distance; and the online room when the case allows it.
    func choices(for dispute: DisputeCase, attendees: Int) -> [ScheduleModel.VenueChoice] {
        let community = areas[dispute.communityID]
        let subdistrict = community?.parentID
        let grainsPerKilometre = Double(policy.minutesPerKilometre) / Double(policy.grainMinutes)
        let local = Set(centres + (byArea[dispute.communityID] ?? []) + (subdistrict.flatMap { byArea[$0] } ?? []))
        var nearby: [(choice: ScheduleModel.VenueChoice, kilometres: Double)] = []
        for index in local.sorted() where (venues[index].capacity ?? 0) >= attendees {
            let venue = venues[index]
            guard let from = community?.coordinate, let to = venue.coordinate else { continue }
            let kilometres = from.kilometres(to: to)
            nearby.append((.init(venue: index, cost: Int((kilometres * grainsPerKilometre).rounded())), kilometres))
        }
        var choices = nearby.sorted { ($0.kilometres, $0.choice.venue) < ($1.kilometres, $1.choice.venue) }
            .prefix(policy.venuesPerCase).map(\.choice)
        if dispute.allowsOnline, let online {
            choices.append(.init(venue: online, cost: policy.onlinePenaltyMinutes / policy.grainMinutes))
        }
        return choices
    }
}

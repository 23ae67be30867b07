import Domain
@testable import Scheduling

/// Seeded random scheduling models, small enough for exhaustive checks.
enum RandomSchedules {
    static func model(seed: UInt64, requests: Int = 8, days: Int = 3, grainsPerDay: Int = 16) -> ScheduleModel {
        var random = SeededRandom(seed: seed)
        func below(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        var model = ScheduleModel(
            rules: .init(grainsPerDay: grainsPerDay, days: days, bufferGrains: below(2), staffDailyCapGrains: 8 + below(6),
                staffDailySessionCap: 2 + below(2), followUpOnLaterDay: below(4) > 0),
            weights: .init(unscheduled: 1_000, start: 1, travel: below(2), dailyLoad: below(2)),
            travelBetweenZones: { a, b in a == b ? 0 : 2 })
        let horizon = days * grainsPerDay
        func availability() -> TimeSet {
            var ranges: [Range<Int>] = []
            for day in 0..<days where below(5) > 0 {
                let from = below(grainsPerDay / 2), to = from + grainsPerDay / 2 + below(grainsPerDay / 2)
                ranges.append(day * grainsPerDay + from..<day * grainsPerDay + min(grainsPerDay, to))
            }
            return TimeSet(ranges)
        }
        let staff = (0..<5).map { model.addPerson(id: "E\($0)", isStaff: true, available: availability()) }
        let physical = (0..<3).map { model.addVenue(id: "V\($0)", zone: $0 % 2, open: below(3) == 0 ? availability() : TimeSet([0..<horizon])) }
        let online = model.addVenue(id: "ONLINE", zone: nil, open: TimeSet([0..<horizon]))
        var added = 0, caseNumber = 0
        while added < requests {
            let parties = model.addPerson(id: "P\(caseNumber)", isStaff: false, available: below(3) == 0 ? availability() : TimeSet([0..<horizon]))
            var panel: [Int] = []
            for person in staff where below(3) == 0 || panel.isEmpty && person == staff.last { panel.append(person) }
            var venues = physical.filter { _ in below(3) > 0 }.map { ScheduleModel.VenueChoice(venue: $0, cost: below(3)) }
            if venues.isEmpty || below(2) == 0 { venues.append(.init(venue: online, cost: 4)) }
            let sessions = min(requests - added, 1 + below(2))
            for order in 0..<sessions {
                model.addRequest(.init(id: "S\(added)", caseID: "C\(caseNumber)", order: order, duration: 2 + below(4), people: panel + [parties],
                    venues: venues, earliest: below(4), weight: 1 + below(3)))
                added += 1
            }
            caseNumber += 1
        }
        return model
    }
}

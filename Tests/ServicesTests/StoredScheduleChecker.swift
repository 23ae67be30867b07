import Domain
import Foundation
import Services
import Store

/// Checks the stored sessions against the scheduling rules straight from the domain records (weekly windows,
/// exceptions, leave, opening hours, coordinates), independently of the scheduler's own model.
enum StoredScheduleChecker {
    static func violations(_ database: AppDatabase, policy: SchedulingPolicy = SchedulingPolicy()) throws -> [String] {
        let zone = policy.timeZone
        let experts = Dictionary(uniqueKeysWithValues: try database.experts().map { ($0.id, $0) })
        let venues = Dictionary(uniqueKeysWithValues: try database.venues().map { ($0.id, $0) })
        let live = try database.sessions(from: .distantPast, to: .distantFuture).filter { $0.status != .cancelled }
        var found: [String] = []
        func local(_ date: Date) -> (day: CalendarDay, minutes: Int) {
            let day = CalendarDay(containing: date, in: zone)
            return (day, Int(date.timeIntervalSince(day.start(in: zone)) / 60))
        }
        func covered(_ windows: [WeeklyWindow], _ day: CalendarDay, _ from: Int, _ to: Int) -> Bool {
            windows.contains { $0.weekday == day.weekday && $0.start.minutes <= from && to <= $0.end.minutes }
        }
        for session in live {
            let (day, from) = local(session.startsAt), (endDay, to) = local(session.endsAt)
            if endDay != day { found.append("\(session.id) crosses midnight") }
            guard let venue = venues[session.venueID], let dispute = try database.dispute(session.caseID) else {
                found.append("\(session.id) refers to a missing venue or case")
                continue
            }
            if !venue.isOnline {
                if !covered(venue.openingHours, day, from, to) { found.append("\(session.id): \(venue.id) is closed then") }
                let attendees = session.panel.count + dispute.parties.count + policy.staffBesidesPanel
                if (venue.capacity ?? 0) < attendees { found.append("\(session.id): \(venue.id) seats too few") }
            } else if !dispute.allowsOnline {
                found.append("\(session.id) is online though the case does not allow it")
            }
            if !dispute.partyAvailability.isEmpty && !covered(dispute.partyAvailability, day, from, to) {
                found.append("\(session.id): the parties cannot come then")
            }
            for id in session.panel {
                guard let expert = experts[id] else { continue }
                let extra = expert.exceptions.filter { $0.day == day && $0.kind == .free }
                    .map { WeeklyWindow(weekday: day.weekday, start: $0.start, end: $0.end)! }
                if !covered(expert.availability + extra, day, from, to) { found.append("\(session.id): \(id) is not available") }
                if expert.leave(on: day) != nil { found.append("\(session.id): \(id) is on leave") }
                if expert.exceptions.contains(where: { $0.day == day && $0.kind == .busy && $0.start.minutes < to && from < $0.end.minutes }) {
                    found.append("\(session.id): \(id) is busy then")
                }
            }
        }
        // Per expert and day: no overlap, the buffer or the travel time between, at most the daily number.
        var byExpertDay: [String: [Session]] = [:]
        for session in live {
            for id in session.panel { byExpertDay["\(id) \(local(session.startsAt).day)", default: []].append(session) }
        }
        for (key, sessions) in byExpertDay {
            if sessions.count > policy.maxSessionsPerExpertPerDay { found.append("\(key): \(sessions.count) sessions") }
            let ordered = sessions.sorted { $0.startsAt < $1.startsAt }
            for (a, b) in zip(ordered, ordered.dropFirst()) {
                var needs = Double(policy.bufferMinutes)
                if let p = venues[a.venueID]?.coordinate, let q = venues[b.venueID]?.coordinate, a.venueID != b.venueID {
                    let travel = p.kilometres(to: q) / policy.travelKilometresPerHour * 60
                    needs = max(needs, (travel / Double(policy.grainMinutes)).rounded(.up) * Double(policy.grainMinutes))
                }
                if b.startsAt.timeIntervalSince(a.endsAt) < needs * 60 { found.append("\(key): \(a.id) and \(b.id) too close") }
            }
        }
        // A room holds one session at a time.
        for (venueID, sessions) in Dictionary(grouping: live, by: \.venueID) where venues[venueID]?.isOnline == false {
            let ordered = sessions.sorted { $0.startsAt < $1.startsAt }
            for (a, b) in zip(ordered, ordered.dropFirst()) where b.startsAt < a.endsAt { found.append("\(venueID): \(a.id) and \(b.id) overlap") }
        }
        return found
    }
}

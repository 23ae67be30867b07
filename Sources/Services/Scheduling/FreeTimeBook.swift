import Domain
import Foundation
import Scheduling

/// Everyone's free time over the coming weeks, built once from the database: each expert's `ExpertFreeTime`
/// (weekly hours, dated exceptions, leave, booked sessions with their buffers, the daily session cap), each
/// room's free time, and the minimum notice. Matching reads it through `MeetingNeed` and the experts' `free`
/// time; the scheduler's frame reads the same experts' `available` time. So a panel the matcher says can meet
/// is one the scheduler can book.
public struct FreeTimeBook: Sendable {
    public let grid: TimeGrid
    public let policy: SchedulingPolicy
    public let now: Date
    public let experts: [Expert.ID: ExpertFreeTime]
    let venues: [Venue]
    /// The rooms each case may meet in.
    let rooms: RoomDirectory
    /// Per venue (in `venues` order): open and not taken by a live session; always, for the online room.
    let venueFree: [FreeTime]
    let areas: AreaDirectory
    /// Every grain from the minimum notice on.
    let afterNotice: FreeTime

    /// - Parameters:
    ///   - days: the days counted from `now`'s day; a panel must meet within `policy.horizonDays`, and the
    ///     days beyond say how late it could.
    ///   - sessions: the live (proposed or confirmed) sessions in those days.
    public init(now: Date, days: Int, policy: SchedulingPolicy, experts: [Expert], venues: [Venue], areas: [Area], sessions: [Session]) {
        let grid = TimeGrid(firstDay: CalendarDay(containing: now, in: policy.timeZone), days: days, grainMinutes: policy.grainMinutes,
            timeZone: policy.timeZone)
        self.grid = grid
        self.policy = policy
        self.now = now
        self.venues = venues
        self.areas = AreaDirectory(areas)
        rooms = RoomDirectory(venues: venues, areas: self.areas, policy: policy)
        var booked: [Expert.ID: [DateInterval]] = [:]
        var taken: [Venue.ID: [DateInterval]] = [:]
        for session in sessions where session.status == .proposed || session.status == .confirmed {
            let interval = DateInterval(start: session.startsAt, end: max(session.startsAt, session.endsAt))
            for member in session.panel { booked[member, default: []].append(interval) }
            taken[session.venueID, default: []].append(interval)
        }
        self.experts = Dictionary(uniqueKeysWithValues: experts.map { expert in
            (expert.id, ExpertFreeTime(expert: expert, grid: grid, booked: booked[expert.id] ?? [], bufferMinutes: policy.bufferMinutes,
                dailySessionCap: policy.maxSessionsPerExpertPerDay))
        })
        venueFree = venues.map { venue in
            guard !venue.isOnline else { return FreeTime.always(days: days) }
            var free = FreeTime.weekly(venue.openingHours, on: grid)
            for interval in taken[venue.id] ?? [] {
                let (day, grains) = grid.grains(touchedBy: interval)
                if (0..<days).contains(day) { free[day] &= ~FreeTime.bits(grains) }
            }
            return free
        }
        var afterNotice = FreeTime.always(days: days)
        let (noticeDay, noticeGrain) = grid.grain(of: now.addingTimeInterval(Double(policy.minimumNoticeHours) * 3600), roundingUp: true)
        for day in 0..<min(max(0, noticeDay), days) { afterNotice[day] = 0 }
        if (0..<days).contains(noticeDay) { afterNotice[noticeDay] &= FreeTime.bits(noticeGrain..<TimeGrid.grainsPerDay) }
        self.afterNotice = afterNotice
    }

    /// The experts' free time for a new session, as matching reads it.
    public var freeTimes: [Expert.ID: FreeTime] { experts.mapValues(\.free) }

    /// When the parties of `dispute` said they can come (any time when they did not say).
    public func parties(of dispute: DisputeCase) -> FreeTime {
        dispute.partyAvailability.isEmpty ? .always(days: grid.days) : .weekly(dispute.partyAvailability, on: grid)
    }

    /// What the next session of `dispute` needs, for a panel of `panelSize`: its length by difficulty, and for
    /// each room the case may use (the scheduler's choice of rooms), when the parties are free and the room
    /// is, after the notice.
    public func need(for dispute: DisputeCase, panelSize: Int) -> MeetingNeed {
        let window = parties(of: dispute).intersection(afterNotice)
        let choices = rooms.choices(for: dispute, attendees: panelSize + dispute.parties.count + policy.staffBesidesPanel)
        return MeetingNeed(grid: grid, length: grid.grains(forMinutes: policy.minutes(for: dispute.difficulty)),
            horizonDays: policy.horizonDays, places: choices.map { window.intersection(venueFree[$0.venue]) },
            partyWindows: dispute.partyAvailability)
    }
}

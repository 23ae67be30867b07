import Domain
import Foundation
import Scheduling
@testable import Services
import Store
import TestSupport
import Testing

/// A seeded week: three experts with random weekly hours, exceptions and leave, and online sessions booked for
/// them (some cancelled or held, some at odd minutes, some before 06:00 or after 22:00), seen from a random `now`
/// (on a whole minute) under a policy with a random buffer and daily cap.
private struct BookedWeek {
    let seed: UInt64
    let now: Date
    let policy: SchedulingPolicy
    let days = 7
    let experts: [Expert]
    let cases: [DisputeCase]
    let sessions: [Session]
    let online = Venue.onlineRoom()

    init(seed: UInt64) {
        self.seed = seed
        var random = SeededRandom(seed: seed)
        let today = TestTime.today.adding(days: random.int(0...6))
        now = TestTime.at(today, hour: random.int(6...20), minute: random.int(0...59))
        var policy = SchedulingPolicy()
        policy.bufferMinutes = random.pick([0, 15, 15, 30])
        policy.maxSessionsPerExpertPerDay = random.pick([1, 2, 3, 3])
        self.policy = policy
        func minute(in range: ClosedRange<Int>) -> Int {
            random.chance(0.5) ? random.int(range.lowerBound / 15...range.upperBound / 15) * 15 : random.int(range)
        }
        experts = (1...3).map { number in
            let windows = (0..<random.int(1...8)).map { _ in
                let start = minute(in: 300...1_200)
                return WeeklyWindow(weekday: Weekday(rawValue: random.int(1...7))!, start: TimeOfDay(minutes: start)!,
                    end: TimeOfDay(minutes: min(24 * 60, start + minute(in: 60...600)))!)!
            }
            let away = today.adding(days: random.int(-2...6))
            let leave = random.chance(0.2) ? [LeavePeriod(from: away, through: away.adding(days: random.int(0...3)))] : []
            var expert = Expert.fixture(id: Expert.ID("E-000\(number)"), availability: windows, leave: leave)
            expert.exceptions = (0..<random.int(0...3)).map { _ in
                let start = minute(in: 360...1_200)
                return AvailabilityException(day: today.adding(days: random.int(0...6)), start: TimeOfDay(minutes: start)!,
                    end: TimeOfDay(minutes: start + minute(in: 30...240))!, kind: random.chance(0.5) ? .busy : .free)!
            }
            expert.exceptions.sort()
            return expert
        }
        cases = (1...4).map { DisputeCase.fixture(id: DisputeCase.ID("C-2026-0000\($0)"), allowsOnline: true, status: .scheduled) }
        let ids = experts.map(\.id), disputes = cases
        sessions = (0..<random.int(0...16)).map { number in
            let start = minute(in: 300...1_320)
            let length = min(random.chance(0.5) ? random.int(2...8) * 15 : random.int(10...180), 24 * 60 - 1 - start)
            return Session.fixture(id: Session.ID("S-\(number)"), caseID: random.pick(disputes).id, venueID: "V-ONLINE",
                startsAt: TestTime.at(today.adding(days: random.int(0...6)), hour: 0, minute: start), minutes: length,
                status: random.weighted([(.proposed, 4), (.confirmed, 4), (.cancelled, 1), (.held, 1)]),
                panel: random.sample(ids, count: random.int(1...2)))
        }
    }

    /// Everyone's free time under the week's policy (or `policy`), as matching reads it.
    func book(_ policy: SchedulingPolicy? = nil) -> FreeTimeBook {
        FreeTimeBook(now: now, days: days, policy: policy ?? self.policy, experts: experts, venues: [online], areas: TestAreas.all,
            sessions: sessions)
    }

    /// The scheduler's view of `book`: the live sessions placed where they are, as `SchedulingService.prepare`
    /// places them, and a new one-expert session for each expert, of the case `newCase` gives, not before `earliest`.
    func timetable(_ book: FreeTimeBook, newCase: (Expert) -> DisputeCase, earliest: (ScheduleFrame) -> Int) throws
        -> (frame: ScheduleFrame, table: Timetable, requests: [Expert.ID: Int])
    {
        var frame = ScheduleFrame(book: book)
        var booked: [(Int, Placement)] = []
        let live = sessions.filter { $0.status == .proposed || $0.status == .confirmed }
        for dispute in cases {
            let ofCase = live.filter { $0.caseID == dispute.id }.sorted { ($0.startsAt, $0.id) < ($1.startsAt, $1.id) }
            for (order, session) in ofCase.enumerated() {
                let (request, placement) = try frame.addBooked(session, of: dispute, order: order, earliest: 0)
                if let placement { booked.append((request, placement)) }
            }
        }
        var requests: [Expert.ID: Int] = [:]
        for expert in experts {
            requests[expert.id] = try frame.addNewSession(of: newCase(expert), order: 0, panel: [expert.id], earliest: earliest(frame),
                today: frame.firstDay)
        }
        var table = Timetable(model: frame.model)
        for (request, placement) in booked { table.place(request, at: placement) }
        return (frame, table, requests)
    }

    /// A new case for `expert`, online, of random difficulty, and with random party windows when `withPartyWindows`.
    func newCase(for expert: Expert, withPartyWindows: Bool) -> DisputeCase {
        var random = SeededRandom(seed: seed &* 31 &+ UInt64(expert.id.rawValue.suffix(1))!)
        var dispute = DisputeCase.fixture(id: DisputeCase.ID("C-2026-0090\(expert.id.rawValue.suffix(1))"),
            difficulty: random.pick(Difficulty.allCases), allowsOnline: true, status: .assigned)
        if withPartyWindows && random.chance(0.7) {
            dispute.partyAvailability = (0..<random.int(1...4)).map { _ in
                let start = random.int(24...80) * 15 + random.pick([0, 0, 5, 10])
                return WeeklyWindow(weekday: Weekday(rawValue: random.int(1...7))!, start: TimeOfDay(minutes: start)!,
                    end: TimeOfDay(minutes: min(24 * 60, start + random.int(4...40) * 15))!)!
            }
        }
        return dispute
    }
}

/// Where the matcher's free time and the scheduler's conflicts disagree, for the request of one expert: every
/// start grain of the scheduler's line (96 a day from midnight) against the grains of the book's grid (64 a day
/// from 06:00), where `fits` says the session of `length` grains may start. A start before 06:00, or one that
/// runs past 22:00, is off the grid: the matcher cannot call it free, and the scheduler finds the expert (whose
/// available time is laid from the grid) unavailable or the session crossing midnight.
private func disagreements(_ fits: FreeTime, length: Int, _ table: Timetable, request: Int, venue: Int, frame: ScheduleFrame)
    -> [String]
{
    let starts = fits.starts(length: length), perDay = table.model.rules.grainsPerDay
    let offset = frame.book.grid.dayStart.minutes / frame.policy.grainMinutes
    return (0..<table.model.rules.horizon).compactMap { start in
        let matcher = starts.contains(day: start / perDay, grain: start % perDay - offset)
        let conflict = table.conflict(request, at: Placement(start: start, venue: venue))
        guard matcher != (conflict == nil) else { return nil }
        let scheduler = conflict.map { "\($0)" } ?? "free"
        return "\(frame.text(of: start)): matcher says \(matcher ? "free" : "not free"), scheduler says \(scheduler)"
    }
}

/// The service whose `earliest` turns the minimum notice into a start grain; it never reads its empty database.
private let noticeService = Result { SchedulingService(database: try AppDatabase.inMemory()) }

@Suite struct FreeTimeAgreementTests {
    @Test(arguments: 1...100)
    func theMatcherAndTheSchedulerReadTheSameFreeTime(seed: UInt64) throws {
        // No notice and no party windows (the parties are free all through 06:00–22:00): only the expert can be busy.
        let week = BookedWeek(seed: seed), book = week.book()
        let (frame, table, requests) = try week.timetable(book, newCase: { week.newCase(for: $0, withPartyWindows: false) },
            earliest: { _ in 0 })
        for expert in week.experts {
            let request = try #require(requests[expert.id])
            let free = try #require(book.experts[expert.id]).free
            let wrong = disagreements(free, length: table.model.requests[request].duration, table, request: request,
                venue: try #require(frame.venueIndex(of: week.online.id)), frame: frame)
            #expect(wrong.isEmpty, "seed \(seed), \(expert.id): \(wrong.count) starts differ, first \(wrong.prefix(3))")
        }
    }

    @Test(arguments: 1...100)
    func aMeetingTheMatcherSeesIsOneTheSchedulerCanBook(seed: UInt64) throws {
        // The notice and the parties' windows on both sides: the matcher's MeetingNeed against the scheduler's request.
        let week = BookedWeek(seed: seed), book = week.book()
        let service = try noticeService.get()
        let (frame, table, requests) = try week.timetable(book, newCase: { week.newCase(for: $0, withPartyWindows: true) },
            earliest: { service.earliest($0, now: week.now, after: nil) })
        for expert in week.experts {
            let request = try #require(requests[expert.id])
            let free = try #require(book.experts[expert.id]).free
            let need = book.need(for: week.newCase(for: expert, withPartyWindows: true), panelSize: 1)
            let room = need.places.first ?? FreeTime(days: book.grid.days)
            #expect(need.length == table.model.requests[request].duration)
            let online = try #require(frame.venueIndex(of: week.online.id))
            let wrong = disagreements(room.intersection(free), length: need.length, table, request: request, venue: online, frame: frame)
            #expect(wrong.isEmpty, "seed \(seed), \(expert.id): \(wrong.count) starts differ, first \(wrong.prefix(3))")
            let first = (0..<table.model.rules.horizon).first { table.conflict(request, at: Placement(start: $0, venue: online)) == nil }
            #expect(need.earliestDate(free) == first.map(frame.date(of:)), "seed \(seed), \(expert.id)")
        }
    }

    /// The agreement checks have teeth: a matcher that forgot the buffer, or the daily cap, disagrees somewhere.
    @Test func theCheckNoticesAMatcherThatDropsTheBufferOrTheDailyCap() throws {
        var missed: [String: Int] = ["buffer": 0, "cap": 0]
        for seed in UInt64(1)...100 {
            let week = BookedWeek(seed: seed)
            var noBuffer = week.policy, noCap = week.policy
            noBuffer.bufferMinutes = 0
            noCap.maxSessionsPerExpertPerDay = .max
            let (frame, table, requests) = try week.timetable(week.book(), newCase: { week.newCase(for: $0, withPartyWindows: false) },
                earliest: { _ in 0 })
            let online = try #require(frame.venueIndex(of: week.online.id))
            for (name, policy) in [("buffer", noBuffer), ("cap", noCap)] {
                let careless = week.book(policy)
                for expert in week.experts {
                    let request = try #require(requests[expert.id]), free = try #require(careless.experts[expert.id]).free
                    let wrong = disagreements(free, length: table.model.requests[request].duration, table, request: request,
                        venue: online, frame: frame)
                    missed[name, default: 0] += wrong.count
                }
            }
        }
        #expect(missed["buffer"]! > 0, "the seeded weeks put sessions close enough for the buffer to matter")
        #expect(missed["cap"]! > 0, "the seeded weeks fill some expert's day to the cap")
    }

    @Test func theNoticeRoundsTheSameWayOnBothSidesWhenNowHasSeconds() throws {
        // 14:30:12: the notice ends at 14:30:12 tomorrow, so a session may start at 14:45 at the earliest.
        let now = TestTime.at(TestTime.today, hour: 14, minute: 30).addingTimeInterval(12)
        let everyDay = Weekday.allCases.map { WeeklyWindow(weekday: $0, start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 20)!)! }
        let expert = Expert.fixture(availability: everyDay), dispute = DisputeCase.fixture(allowsOnline: true, status: .assigned)
        let book = FreeTimeBook(now: now, days: 3, policy: SchedulingPolicy(), experts: [expert], venues: [.onlineRoom()],
            areas: TestAreas.all, sessions: [])
        var frame = ScheduleFrame(book: book)
        let earliest = try noticeService.get().earliest(frame, now: now, after: nil)
        let request = try frame.addNewSession(of: dispute, order: 0, panel: [expert.id], earliest: earliest, today: frame.firstDay)
        #expect(frame.text(of: frame.model.requests[request].earliest) == "2026-12-01 14:45")
        let matcher = book.need(for: dispute, panelSize: 1).earliestDate(try #require(book.experts[expert.id]).free)
        #expect(matcher == frame.date(of: earliest))
    }
}

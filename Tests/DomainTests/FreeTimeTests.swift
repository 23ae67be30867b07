import Domain
import Foundation
import Testing

/// Whether bit `grain` of `word` is set, read one bit at a time.
private func isSet(_ word: UInt64, _ grain: Int) -> Bool { (word >> UInt64(grain)) & 1 == 1 }

/// The grains `range` of a day, set one bit at a time.
private func word(_ range: Range<Int>) -> UInt64 { range.reduce(0) { $0 | 1 << UInt64($1) } }

/// A day's word with runs of every length: random bits, dense bits, long runs with a hole or two, or whole ranges.
private func randomWord(_ random: inout SeededRandom) -> UInt64 {
    switch random.int(0...4) {
    case 0: return random.next()
    case 1: return random.next() | random.next() | random.next()
    case 2: return ~(1 << UInt64(random.int(0...63))) & ~(1 << UInt64(random.int(0...63)))
    case 3: return random.chance(0.5) ? ~0 : 0
    default:
        return (0..<random.int(1...3)).reduce(0) { bits, _ in
            let from = random.int(0...63)
            return bits | word(from..<random.int(from...64))
        }
    }
}

private func randomSet(days: Int, _ random: inout SeededRandom) -> FreeTime {
    FreeTime(words: (0..<days).map { _ in randomWord(&random) })
}

/// Monday 30 November 2026.
private let monday = CalendarDay(year: 2026, month: 11, day: 30)!

@Suite struct FreeTimeTests {
    @Test func runStartsAgreeWithANaiveLoopForEveryLength() {
        var random = SeededRandom(seed: 64)
        for length in 1...TimeGrid.grainsPerDay {
            for _ in 0..<100 {
                let word = randomWord(&random)
                let naive = (0..<TimeGrid.grainsPerDay).filter { start in
                    start + length <= TimeGrid.grainsPerDay && (start..<start + length).allSatisfy { isSet(word, $0) }
                }
                let starts = FreeTime.runStarts(word, length: length)
                #expect(starts == naive.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }, "length \(length), word \(String(word, radix: 2))")
            }
        }
    }

    @Test func aSessionLongerThanTheDayNeverFits() {
        #expect(FreeTime.runStarts(~0, length: 64) == 1)
        #expect(FreeTime.runStarts(~0, length: 65) == 0)
    }

    @Test func earliestStartIsTheFirstDayAndGrainWithALongEnoughRun() throws {
        // Day 0: 09:00–09:45 (3 grains); day 1: nothing; day 2: 10:00–11:30 (6 grains) and 14:00–16:00 (8 grains).
        let free = FreeTime(words: [word(12..<15), 0, word(16..<22) | word(32..<40)])
        #expect(free.earliestStart(length: 3, days: 0..<3)! == (day: 0, grain: 12))
        #expect(free.earliestStart(length: 4, days: 0..<3)! == (day: 2, grain: 16))
        #expect(free.earliestStart(length: 7, days: 0..<3)! == (day: 2, grain: 32))
        #expect(free.earliestStart(length: 9, days: 0..<3) == nil)
        #expect(free.earliestStart(length: 4, days: 0..<2) == nil, "day 2 lies outside the days asked about")
        #expect(free.earliestStart(length: 3, days: 1..<30)! == (day: 2, grain: 16), "days past the set are ignored")
    }

    @Test func fitsNeedsTheRunInBothSetsOnOneDayWithinTheDaysAskedAbout() {
        let mine = FreeTime(words: [word(0..<4), word(56..<64)])
        let theirs = FreeTime(words: [word(2..<6), word(60..<64), ~0])
        #expect(mine.fits(length: 4, with: theirs, days: 2), "day 1 holds 60..<64 in both")
        #expect(!mine.fits(length: 5, with: theirs, days: 2))
        #expect(!mine.fits(length: 4, with: theirs, days: 1), "day 0 holds only 2..<4 in both")
        #expect(mine.fits(length: 2, with: theirs, days: 1))
        // A run that ends at 22:00 does not go on at 06:00 the next day.
        let evening = FreeTime(words: [word(60..<64), word(0..<4)])
        #expect(!evening.fits(length: 8, with: .always(days: 2), days: 2))
    }

    @Test func setAlgebraAgreesBitByBit() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<50 {
            let a = randomSet(days: random.int(0...5), &random), b = randomSet(days: random.int(0...5), &random)
            func bit(_ set: FreeTime, _ day: Int, _ grain: Int) -> Bool { day < set.days && isSet(set[day], grain) }
            let (union, intersection, difference) = (a.union(b), a.intersection(b), a.subtracting(b))
            var formed = a
            formed.formIntersection(b)
            var assigned = FreeTime(days: 9)
            assigned.assignIntersection(a, b)
            #expect(union.days == max(a.days, b.days))
            #expect(intersection.days == min(a.days, b.days))
            #expect(assigned == intersection)
            #expect(difference.days == a.days)
            #expect(formed.days == a.days)
            for day in 0..<max(a.days, b.days) {
                for grain in 0..<TimeGrid.grainsPerDay {
                    let x = bit(a, day, grain), y = bit(b, day, grain)
                    #expect(bit(union, day, grain) == (x || y))
                    #expect(bit(intersection, day, grain) == (x && y))
                    #expect(bit(formed, day, grain) == (x && y))
                    #expect(bit(difference, day, grain) == (x && !y))
                    #expect(union.contains(day: day, grain: grain) == (x || y))
                }
            }
            let counted = (0..<intersection.days).reduce(0) { sum, day in sum + (0..<64).count { bit(intersection, day, $0) } }
            #expect(intersection.grainCount == counted)
        }
    }

    @Test func containsIsFalseOutsideTheGrid() {
        let free = FreeTime.always(days: 2)
        #expect(!free.contains(day: -1, grain: 0))
        #expect(!free.contains(day: 2, grain: 0))
        #expect(!free.contains(day: 0, grain: 64))
        #expect(!free.contains(day: 0, grain: -1))
        #expect(free.contains(day: 1, grain: 63))
    }

    @Test func runsAreTheSetOnALongerLineOneRangePerStretch() {
        let free = FreeTime(words: [~0, 0, word(0..<1) | word(10..<20) | word(63..<64)])
        #expect(free.runs(stride: 96, offset: 24) == [24..<88, 216..<217, 226..<236, 279..<280])
        var random = SeededRandom(seed: 96)
        for _ in 0..<200 {
            let set = randomSet(days: random.int(1...4), &random)
            let runs = set.runs(stride: 96, offset: 24)
            let naive = (0..<set.days).flatMap { day in (0..<64).filter { isSet(set[day], $0) }.map { day * 96 + 24 + $0 } }
            #expect(runs.flatMap { Array($0) } == naive, "every free grain once, in order")
            #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound }, "stretches neither touch nor overlap")
        }
    }

    @Test func maskRoundsInwardAndCoveringMaskOutward() {
        let grid = TimeGrid(firstDay: monday, days: 1)
        // 09:10–10:05: wholly inside are 09:15–10:00 (grains 13–15); touched are 09:00–10:15 (grains 12–16).
        #expect(grid.mask(minutes: 9 * 60 + 10, 10 * 60 + 5) == word(13..<16))
        #expect(grid.coveringMask(minutes: 9 * 60 + 10, 10 * 60 + 5) == word(12..<17))
        #expect(grid.mask(minutes: 9 * 60, 10 * 60) == word(12..<16))
        #expect(grid.coveringMask(minutes: 9 * 60, 10 * 60) == word(12..<16))
        // Within one grain: nothing wholly inside, one grain touched.
        #expect(grid.mask(minutes: 9 * 60 + 5, 9 * 60 + 10) == 0)
        #expect(grid.coveringMask(minutes: 9 * 60 + 5, 9 * 60 + 10) == word(12..<13))
        // Cut to 06:00–22:00.
        #expect(grid.mask(minutes: 5 * 60, 7 * 60) == word(0..<4))
        #expect(grid.coveringMask(minutes: 21 * 60 + 50, 24 * 60) == word(63..<64))
        #expect(grid.coveringMask(minutes: 3 * 60, 6 * 60) == 0)
        #expect(grid.mask(minutes: 0, 24 * 60) == ~0)
        #expect(grid.coveringMask(minutes: -30, 6 * 60 + 1) == word(0..<1), "a buffer may reach back before midnight")
    }

    @Test func gridDatesAndPositionsAreLocalTime() {
        let grid = TimeGrid(firstDay: monday, days: 3)
        let nineOnWednesday = Date(timeIntervalSince1970: 1_796_173_200)  // 2026-12-02 09:00 in Asia/Shanghai (01:00 UTC)
        #expect(grid.date(day: 2, grain: 12) == nineOnWednesday)
        #expect(grid.position(of: nineOnWednesday.addingTimeInterval(600)) == (2, 9 * 60 + 10))
        #expect(grid.position(of: nineOnWednesday.addingTimeInterval(-3 * 86_400)) == (-1, 9 * 60))
        #expect(grid.grains(forMinutes: 90) == 6)
        #expect(grid.grains(forMinutes: 50) == 4)
    }

    @Test func weeklyLaysEachWindowOnItsWeekday() {
        #expect(monday.weekday == .monday)
        let windows = ["Mon 09:00-12:00", "Mon 13:00-14:00", "Wed 14:10-15:50", "Sun 21:00-24:00", "Sat 04:00-06:00"]
            .compactMap { WeeklyWindow($0) }
        let free = FreeTime.weekly(windows, on: TimeGrid(firstDay: monday, days: 14))
        let expected: [Int: UInt64] = [0: word(12..<24) | word(28..<32), 2: word(33..<39), 6: word(60..<64)]
        for day in 0..<14 { #expect(free[day] == expected[day % 7] ?? 0, "day \(day)") }
        // A grid that starts on a Wednesday puts Monday's hours on its sixth day.
        let fromWednesday = FreeTime.weekly(windows, on: TimeGrid(firstDay: monday.adding(days: 2), days: 7))
        #expect(fromWednesday[0] == word(33..<39))
        #expect(fromWednesday[5] == word(12..<24) | word(28..<32))
    }
}

/// `ExpertFreeTime`'s rules read grain by grain from the expert's record and the booked sessions, without masks:
/// a grain is available when a weekly window or a free exception holds it whole, no busy exception touches it and
/// the day is not leave; it is free when, besides, it is not taken: no booked session widened by the buffer touches
/// it and the day holds fewer sessions than the cap.
private struct FreeTimeRules {
    let expert: Expert
    let grid: TimeGrid
    let booked: [DateInterval]
    let bufferMinutes: Int
    let dailySessionCap: Int?
    /// Midnight starting each day of the grid, and the one after it.
    let midnights: [Date]
    /// The expert's exceptions dated on each day of the grid, in the expert's order.
    let exceptionsByDay: [[AvailabilityException]]

    init(expert: Expert, grid: TimeGrid, booked: [DateInterval], bufferMinutes: Int, dailySessionCap: Int?) {
        self.expert = expert
        self.grid = grid
        self.booked = booked
        self.bufferMinutes = bufferMinutes
        self.dailySessionCap = dailySessionCap
        midnights = (0...grid.days).map { localMidnight($0, grid) }
        exceptionsByDay = (0..<grid.days).map { day in expert.exceptions.filter { $0.day == grid.firstDay.adding(days: day) } }
    }

    func isAvailable(day: Int, grain: Int) -> Bool {
        let date = grid.firstDay.adding(days: day)
        let weekly = expert.availability.contains { $0.weekday == date.weekday && holds($0.start, $0.end, grain) }
        let extra = exceptionsByDay[day].contains { $0.kind == .free && holds($0.start, $0.end, grain) }
        let busy = exceptionsByDay[day].contains { $0.kind == .busy && touches($0.start, $0.end, grain) }
        let onLeave = expert.leave.contains { $0.from <= date && date <= $0.through }
        return (weekly || extra) && !busy && !onLeave
    }

    /// Whether a booked session, widened by the buffer, touches the grain, or the day holds the cap of sessions.
    func isTaken(day: Int, grain: Int) -> Bool {
        let midnight = midnights[day], nextMidnight = midnights[day + 1]
        let from = midnight.addingTimeInterval(Double((grid.dayStart.minutes + grain * grid.grainMinutes) * 60))
        // As the scheduler counts: a session holds every quarter hour it touches, and the buffer whole quarter
        // hours either side.
        let quarter = Double(grid.grainMinutes * 60)
        let to = from.addingTimeInterval(quarter), buffer = (Double(bufferMinutes * 60) / quarter).rounded(.up) * quarter
        func onTheQuarter(_ date: Date, up: Bool) -> Date {
            let midnight = CalendarDay(containing: date, in: grid.timeZone).start(in: grid.timeZone)
            let quarters = date.timeIntervalSince(midnight) / quarter
            return midnight.addingTimeInterval((up ? quarters.rounded(.up) : quarters.rounded(.down)) * quarter)
        }
        let clash = booked.contains {
            onTheQuarter($0.start, up: false).addingTimeInterval(-buffer) < to && from < onTheQuarter($0.end, up: true).addingTimeInterval(buffer)
        }
        let sessionsThatDay = booked.count { midnight <= $0.start && $0.start < nextMidnight }
        return clash || sessionsThatDay >= (dailySessionCap ?? .max)
    }

    /// Whether the last exception of the day that bears on the grain is a free one, after a busy one touching it:
    /// the grain `ExpertFreeTime` reopens (the known issue of `aBusyExceptionWinsOverAFreeOneListedAfterIt`).
    func isReopened(day: Int, grain: Int) -> Bool {
        let bearing = exceptionsByDay[day].filter {
            $0.kind == .busy ? touches($0.start, $0.end, grain) : holds($0.start, $0.end, grain)
        }
        return bearing.last?.kind == .free && bearing.contains { $0.kind == .busy }
    }

    private func minutes(of grain: Int) -> (from: Int, to: Int) {
        let from = grid.dayStart.minutes + grain * grid.grainMinutes
        return (from, from + grid.grainMinutes)
    }

    private func holds(_ start: TimeOfDay, _ end: TimeOfDay, _ grain: Int) -> Bool {
        start.minutes <= minutes(of: grain).from && minutes(of: grain).to <= end.minutes
    }

    private func touches(_ start: TimeOfDay, _ end: TimeOfDay, _ grain: Int) -> Bool {
        start.minutes < minutes(of: grain).to && minutes(of: grain).from < end.minutes
    }
}

/// Midnight starting day `day` of `grid` (before or after it too), in the grid's time zone.
private func localMidnight(_ day: Int, _ grid: TimeGrid) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = grid.timeZone
    return calendar.date(byAdding: .day, value: day, to: calendar.date(from: DateComponents(
        year: grid.firstDay.year, month: grid.firstDay.month, day: grid.firstDay.day))!)!
}

/// A minute of the day: on a quarter hour half the time, any minute otherwise (09:10), sometimes before 06:00 or after 22:00.
private func randomMinute(_ random: inout SeededRandom, in range: ClosedRange<Int>) -> Int {
    random.chance(0.5) ? random.int(range.lowerBound / 15...range.upperBound / 15) * 15 : random.int(range)
}

/// A span of the day as two times, of 10 minutes to 8 hours.
private func randomSpan(_ random: inout SeededRandom) -> (TimeOfDay, TimeOfDay) {
    let start = randomMinute(&random, in: 240...1_380)
    let end = min(24 * 60, start + (random.chance(0.5) ? random.int(1...32) * 15 : random.int(10...480)))
    return (TimeOfDay(minutes: start)!, TimeOfDay(minutes: end)!)
}

/// An expert with random weekly hours, busy and free exceptions in and around the grid, and leave.
private func randomExpert(_ random: inout SeededRandom, grid: TimeGrid) -> Expert {
    let availability = (0..<random.int(0...6)).map { _ in
        let (start, end) = randomSpan(&random)
        return WeeklyWindow(weekday: Weekday(rawValue: random.int(1...7))!, start: start, end: end)!
    }
    let exceptions = (0..<random.int(0...8)).map { _ in
        let (start, end) = randomSpan(&random)
        return AvailabilityException(day: grid.firstDay.adding(days: random.int(-2...grid.days + 1)), start: start, end: end,
            kind: random.chance(0.5) ? .busy : .free)!
    }
    let leave = (0..<random.int(0...2)).map { _ in
        let from = grid.firstDay.adding(days: random.int(-5...grid.days + 2))
        return LeavePeriod(from: from, through: from.adding(days: random.int(0...5)))
    }
    // Stored exceptions come back by day and start, as the database orders them.
    return Expert(id: "E-0001", name: "王建国", roles: [.mediator], homeCommunityID: "210203011001", capacity: 5,
        availability: availability, leave: leave, exceptions: exceptions.sorted(), joinedOn: monday.adding(days: -1_000))
}

/// Sessions of 10 minutes to 3 hours on the days of the grid and the day either side, on quarter hours or any minute.
private func randomSessions(_ random: inout SeededRandom, grid: TimeGrid) -> [DateInterval] {
    (0..<random.int(0...12)).map { _ in
        let start = randomMinute(&random, in: 300...1_380)
        let end = min(start + (random.chance(0.5) ? random.int(1...12) * 15 : random.int(10...180)), 24 * 60 - 1)
        let midnight = localMidnight(random.int(-1...grid.days), grid)
        return DateInterval(start: midnight.addingTimeInterval(Double(start * 60)), end: midnight.addingTimeInterval(Double(end * 60)))
    }
}

@Suite struct ExpertFreeTimeTests {
    /// Two weeks from Monday 30 November 2026.
    let grid = TimeGrid(firstDay: monday, days: 14)

    func expert(_ availability: [String], exceptions: [String] = [], leave: [LeavePeriod] = []) -> Expert {
        Expert(id: "E-0001", name: "王建国", roles: [.mediator], homeCommunityID: "210203011001", capacity: 5,
            availability: availability.compactMap { WeeklyWindow($0) }, leave: leave,
            exceptions: exceptions.compactMap { AvailabilityException($0) }, joinedOn: monday.adding(days: -1_000))
    }

    @Test func aBusyExceptionTakesEveryGrainItTouchesAndAFreeOneGivesOnlyWholeGrains() {
        let expert = expert(["Mon 09:00-12:00"], exceptions: ["2026-11-30 10:10-10:20 busy", "2026-11-30 13:05-14:55 free"])
        let time = ExpertFreeTime(expert: expert, grid: grid)
        #expect(time.available[0] == word(12..<16) | word(18..<24) | word(29..<35))
        #expect(time.available[7] == word(12..<24), "the exceptions are dated, the next Monday keeps its weekly hours")
    }

    @Test func leaveClearsTheWholeDayEvenAFreeException() {
        let expert = expert(["Tue 09:00-17:00"], exceptions: ["2026-12-01 18:00-20:00 free"],
            leave: [LeavePeriod(from: monday.adding(days: 1), through: monday.adding(days: 1))])
        let time = ExpertFreeTime(expert: expert, grid: grid)
        #expect(time.available[1] == 0)
        #expect(time.available[8] == word(12..<44))
    }

    @Test func aBookedSessionTakesItsBufferEitherSideAndAFullDayIsNotFree() {
        let expert = expert(["Mon 08:00-18:00", "Tue 08:00-18:00"])
        let monday = localMidnight(0, grid), tuesday = localMidnight(1, grid)
        func at(_ midnight: Date, _ minutes: Int) -> Date { midnight.addingTimeInterval(Double(minutes * 60)) }
        let booked = [
            DateInterval(start: at(monday, 9 * 60 + 10), end: at(monday, 10 * 60 + 5)),
            DateInterval(start: at(tuesday, 9 * 60), end: at(tuesday, 10 * 60)),
            DateInterval(start: at(tuesday, 20 * 60), end: at(tuesday, 21 * 60)),
        ]
        let time = ExpertFreeTime(expert: expert, grid: grid, booked: booked, bufferMinutes: 15, dailySessionCap: 2)
        #expect(time.available[0] == word(8..<48))
        // 09:10–10:05 widened to 08:55–10:20 touches 08:45–10:30.
        #expect(time.free[0] == word(8..<11) | word(18..<48))
        #expect(time.free[1] == 0, "Tuesday already holds two sessions, the cap")
        #expect(time.free[7] == time.available[7])
    }

    @Test func aBusyExceptionWinsOverAFreeOneListedAfterIt() {
        // As stored: by day and start, so the free hour inside the court morning comes second.
        let expert = expert(["Wed 08:00-12:00"], exceptions: ["2026-12-02 09:00-12:00 busy", "2026-12-02 10:00-11:00 free"])
        let time = ExpertFreeTime(expert: expert, grid: grid)
        #expect(time.available[2] == word(8..<12), "only 08:00–09:00 is left of Wednesday")
    }

    @Test(arguments: 1...200)
    func freeTimeAgreesWithTheRulesOnSeededExperts(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let grid = TimeGrid(firstDay: monday.adding(days: random.int(0...6)), days: random.int(7...21),
            timeZone: random.chance(0.8) ? .deploymentDefault : TimeZone(identifier: "UTC")!)
        let expert = randomExpert(&random, grid: grid)
        let booked = randomSessions(&random, grid: grid)
        let buffer = random.pick([0, 15, 30, random.int(1...40)])
        let cap = random.chance(0.3) ? nil : random.int(1...3)
        let time = ExpertFreeTime(expert: expert, grid: grid, booked: booked, bufferMinutes: buffer, dailySessionCap: cap)
        let rules = FreeTimeRules(expert: expert, grid: grid, booked: booked, bufferMinutes: buffer, dailySessionCap: cap)
        #expect(time.available.days == grid.days && time.free.days == grid.days, "seed \(seed)")
        var wrong: [String] = [], reopened: [String] = []
        for day in 0..<grid.days {
            for grain in 0..<TimeGrid.grainsPerDay {
                let available = rules.isAvailable(day: day, grain: grain), free = available && !rules.isTaken(day: day, grain: grain)
                var differences: [String] = []
                if time.available.contains(day: day, grain: grain) != available {
                    differences.append("available \(day)/\(grain) should be \(available)")
                }
                if time.free.contains(day: day, grain: grain) != free { differences.append("free \(day)/\(grain) should be \(free)") }
                if rules.isReopened(day: day, grain: grain) { reopened += differences } else { wrong += differences }
            }
        }
        let record = "\(expert.availability) \(expert.exceptions) \(expert.leave), buffer \(buffer), cap \(cap.map(String.init) ?? "none")"
        #expect(wrong.isEmpty, "seed \(seed): \(wrong.count) grains differ, first \(wrong.prefix(4)); \(record)")
        #expect(reopened.isEmpty, "seed \(seed): \(reopened.count) grains reopened, first \(reopened.prefix(4)); \(record)")
    }
}

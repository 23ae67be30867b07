import Foundation

/// The days and quarter hours that free time is counted in: from `firstDay`, for `days` days, each day from
/// `dayStart` (06:00) in `grainsPerDay` grains of `grainMinutes` (64 quarter hours: 06:00–22:00). A day is one
/// 64-bit word, so a stretch of free time never runs past midnight and checking a whole panel over three weeks
/// is a few dozen word operations.
public struct TimeGrid: Hashable, Sendable {
    public static let grainsPerDay = 64

    public let firstDay: CalendarDay
    public let days: Int
    public let grainMinutes: Int
    public let dayStart: TimeOfDay
    public let timeZone: TimeZone

    public init(firstDay: CalendarDay, days: Int, grainMinutes: Int = 15, dayStart: TimeOfDay = TimeOfDay(hour: 6)!,
        timeZone: TimeZone = .deploymentDefault)
    {
        precondition(days >= 0 && grainMinutes > 0, "A time grid needs whole days and grains.")
        self.firstDay = firstDay
        self.days = days
        self.grainMinutes = grainMinutes
        self.dayStart = dayStart
        self.timeZone = timeZone
    }

    /// The minute of the day grain `grain` starts at.
    public func minuteOfDay(_ grain: Int) -> Int { dayStart.minutes + grain * grainMinutes }

    /// The grains that lie wholly inside `[start, end)` minutes of the day: the start rounded up, the end down,
    /// cut to the grid's day.
    public func mask(minutes start: Int, _ end: Int) -> UInt64 {
        let first = max(0, Self.ceilingDivide(start - dayStart.minutes, grainMinutes))
        let last = min(Self.grainsPerDay, Self.floorDivide(end - dayStart.minutes, grainMinutes))
        return FreeTime.bits(first..<max(first, last))
    }

    /// The grains that `[start, end)` minutes of the day touch at all: the start rounded down, the end up.
    public func coveringMask(minutes start: Int, _ end: Int) -> UInt64 {
        let first = max(0, Self.floorDivide(start - dayStart.minutes, grainMinutes))
        let last = min(Self.grainsPerDay, Self.ceilingDivide(end - dayStart.minutes, grainMinutes))
        return FreeTime.bits(first..<max(first, last))
    }

    /// The day of the grid holding `date` (possibly outside `0..<days`) and the minute within that day.
    public func position(of date: Date) -> (day: Int, minute: Int) {
        let day = CalendarDay(containing: date, in: timeZone)
        let minute = Int(date.timeIntervalSince(day.start(in: timeZone)) / 60)
        return (firstDay.days(until: day), minute)
    }

    /// The day of the grid holding `date` and the grain of that day `date` falls in (rounded down) or, when
    /// `roundingUp`, the first grain starting at or after it; the grain may lie outside `0..<grainsPerDay`.
    public func grain(of date: Date, roundingUp: Bool = false) -> (day: Int, grain: Int) {
        let day = CalendarDay(containing: date, in: timeZone)
        let grains = (date.timeIntervalSince(day.start(in: timeZone)) - Double(dayStart.minutes * 60)) / Double(grainMinutes * 60)
        return (firstDay.days(until: day), Int(roundingUp ? grains.rounded(.up) : grains.rounded(.down)))
    }

    /// The day `interval` starts on and every grain of that day it touches (the start rounded down, the end
    /// up), as the scheduler holds a session; the grains may lie outside `0..<grainsPerDay`.
    public func grains(touchedBy interval: DateInterval) -> (day: Int, grains: Range<Int>) {
        let (day, first) = grain(of: interval.start)
        let (endDay, last) = grain(of: interval.end, roundingUp: true)
        return (day, first..<max(first, endDay == day ? last : Self.grainsPerDay))
    }

    /// The instant grain `grain` of day `day` starts.
    public func date(day: Int, grain: Int) -> Date {
        firstDay.adding(days: day).start(in: timeZone).addingTimeInterval(Double(minuteOfDay(grain)) * 60)
    }

    /// Grains needed to hold `minutes`.
    public func grains(forMinutes minutes: Int) -> Int { Self.ceilingDivide(minutes, grainMinutes) }

    static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func ceilingDivide(_ a: Int, _ b: Int) -> Int { -floorDivide(-a, b) }
}

/// A set of grains of a `TimeGrid`, one 64-bit word per day (bit g is grain g of the day): when someone is
/// free, or when a room is open. Panels are checked by intersecting these and looking for a stretch long
/// enough for a session.
///
/// ```swift
/// let together = mediator.intersection(lawyer).intersection(parties)
/// let first = together.earliestStart(length: 6, days: 0..<21)   // (day: 2, grain: 12): 09:00 on the third day
/// ```
public struct FreeTime: Hashable, Sendable {
    public private(set) var words: [UInt64]

    /// Nothing free over `days` days.
    public init(days: Int) { words = Array(repeating: 0, count: days) }

    public init(words: [UInt64]) { self.words = words }

    /// Every grain of every day free.
    public static func always(days: Int) -> FreeTime { FreeTime(words: Array(repeating: ~0, count: days)) }

    /// The weekly `windows`, laid on the days of `grid`.
    public static func weekly(_ windows: [WeeklyWindow], on grid: TimeGrid) -> FreeTime {
        var byWeekday = [UInt64](repeating: 0, count: 8)
        for window in windows { byWeekday[window.weekday.rawValue] |= grid.mask(minutes: window.start.minutes, window.end.minutes) }
        return FreeTime(words: (0..<grid.days).map { byWeekday[grid.firstDay.adding(days: $0).weekday.rawValue] })
    }

    public var days: Int { words.count }
    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
    /// How many grains are free.
    public var grainCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    public subscript(day: Int) -> UInt64 {
        get { words[day] }
        set { words[day] = newValue }
    }

    public func contains(day: Int, grain: Int) -> Bool {
        words.indices.contains(day) && (0..<TimeGrid.grainsPerDay).contains(grain) && words[day] & (1 << UInt64(grain)) != 0
    }

    public func intersection(_ other: FreeTime) -> FreeTime {
        FreeTime(words: zip(words, other.words).map { $0 & $1 })
    }

    public mutating func formIntersection(_ other: FreeTime) {
        for day in words.indices where day < other.words.count { words[day] &= other.words[day] }
        if other.words.count < words.count { for day in other.words.count..<words.count { words[day] = 0 } }
    }

    public func union(_ other: FreeTime) -> FreeTime {
        FreeTime(words: (0..<max(days, other.days)).map { (words.indices.contains($0) ? words[$0] : 0) | (other.words.indices.contains($0) ? other.words[$0] : 0) })
    }

    public func subtracting(_ other: FreeTime) -> FreeTime {
        FreeTime(words: words.indices.map { words[$0] & ~(other.words.indices.contains($0) ? other.words[$0] : 0) })
    }

    /// The grains from which `length` grains in a row are free, on the same day.
    public func starts(length: Int) -> FreeTime { FreeTime(words: words.map { Self.runStarts($0, length: length) }) }

    /// The first day and grain, among `days`, from which `length` grains in a row are free.
    public func earliestStart(length: Int, days: Range<Int>) -> (day: Int, grain: Int)? {
        for day in days.clamped(to: words.indices) {
            let starts = Self.runStarts(words[day], length: length)
            if starts != 0 { return (day, starts.trailingZeroBitCount) }
        }
        return nil
    }

    /// Whether `length` grains in a row are free together in this set and `other` on one of the first `days` days.
    @inline(__always)
    public func fits(length: Int, with other: FreeTime, days: Int) -> Bool {
        let count = min(days, words.count, other.words.count)
        return words.withUnsafeBufferPointer { mine in
            other.words.withUnsafeBufferPointer { theirs in
                for day in 0..<count where Self.runStarts(mine[day] & theirs[day], length: length) != 0 { return true }
                return false
            }
        }
    }

    /// Sets `self` to `a ∩ b` without allocating when the sizes agree.
    @inline(__always)
    public mutating func assignIntersection(_ a: FreeTime, _ b: FreeTime) {
        let count = min(a.words.count, b.words.count)
        if words.count != count { words = Array(repeating: 0, count: count) }
        words.withUnsafeMutableBufferPointer { out in
            a.words.withUnsafeBufferPointer { x in
                b.words.withUnsafeBufferPointer { y in
                    for day in 0..<count { out[day] = x[day] & y[day] }
                }
            }
        }
    }

    /// The bits of `word` from which `length` bits in a row are set (doubling: log₂ length shifts).
    @inline(__always)
    public static func runStarts(_ word: UInt64, length: Int) -> UInt64 {
        guard length > 1 else { return length == 1 ? word : ~0 }
        guard length <= TimeGrid.grainsPerDay else { return 0 }
        var run = word, covered = 1
        while covered * 2 <= length {
            run &= run >> UInt64(covered)
            covered *= 2
        }
        if covered < length { run &= run >> UInt64(length - covered) }
        return run
    }

    /// The bits `range` of a day's word.
    public static func bits(_ range: Range<Int>) -> UInt64 {
        let low = max(0, range.lowerBound), high = min(TimeGrid.grainsPerDay, range.upperBound)
        guard low < high else { return 0 }
        let width = high - low
        return (width == 64 ? ~0 : (UInt64(1) << UInt64(width)) - 1) << UInt64(low)
    }

    /// The set as runs of grains on a day-by-day line where day d begins at `d · stride` (the scheduler's line,
    /// whose days are longer than the grid's): grain g of day d is `d · stride + offset + g`.
    public func runs(stride: Int, offset: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (day, word) in words.enumerated() where word != 0 {
            var rest = word
            while rest != 0 {
                let start = rest.trailingZeroBitCount
                let length = (~(rest >> UInt64(start))).trailingZeroBitCount
                let base = day * stride + offset + start
                ranges.append(base..<base + length)
                rest &= length + start >= 64 ? 0 : ~0 << UInt64(start + length)
            }
        }
        return ranges
    }
}

/// An expert's time on a grid, built once for matching and scheduling alike.
///
/// `available` is the weekly hours, plus dated free exceptions, less busy exceptions and leave: what the
/// scheduler places sessions in (it holds booked sessions itself, so it can move them). `free` is that, less
/// every live session booked with its buffer either side, less the days already holding the daily cap of
/// sessions: when the expert could sit in a new one, which is what matching asks.
public struct ExpertFreeTime: Hashable, Sendable {
    public let available: FreeTime
    public let free: FreeTime

    /// - Parameters:
    ///   - booked: the expert's live sessions (proposed or confirmed), as start and end.
    ///   - bufferMinutes: free time kept before and after each session.
    ///   - dailySessionCap: sessions an expert may sit in on one day.
    public init(expert: Expert, grid: TimeGrid, booked: [DateInterval] = [], bufferMinutes: Int = 0, dailySessionCap: Int? = nil) {
        var available = FreeTime.weekly(expert.availability, on: grid)
        // Extra free time first, then every busy span, so a busy span always wins, in whatever order they come.
        for kind in [AvailabilityException.Kind.free, .busy] {
            for exception in expert.exceptions where exception.kind == kind {
                let day = grid.firstDay.days(until: exception.day)
                guard (0..<grid.days).contains(day) else { continue }
                switch kind {
                case .free: available[day] |= grid.mask(minutes: exception.start.minutes, exception.end.minutes)
                case .busy: available[day] &= ~grid.coveringMask(minutes: exception.start.minutes, exception.end.minutes)
                }
            }
        }
        for day in 0..<grid.days where expert.leave(on: grid.firstDay.adding(days: day)) != nil { available[day] = 0 }
        var free = available
        var sessions = [Int](repeating: 0, count: grid.days)
        // A session holds every grain it touches, and the whole grains of the buffer either side, as the
        // scheduler counts them.
        let buffer = grid.grains(forMinutes: bufferMinutes)
        for session in booked {
            let (day, grains) = grid.grains(touchedBy: session)
            guard (0..<grid.days).contains(day) else { continue }
            free[day] &= ~FreeTime.bits(grains.lowerBound - buffer..<grains.upperBound + buffer)
            sessions[day] += 1
        }
        if let dailySessionCap {
            for day in 0..<grid.days where sessions[day] >= dailySessionCap { free[day] = 0 }
        }
        self.available = available
        self.free = free
    }
}

/// What a case's next session needs besides its panel: how long it lasts, how soon it must start, and when
/// the parties can come to a room the case may use (or meet online, where the case allows it).
public struct MeetingNeed: Hashable, Sendable {
    public let grid: TimeGrid
    /// Grains the session lasts.
    public let length: Int
    /// A panel can meet when a session fits in the first `horizonDays` days of the grid; the grid may run
    /// longer, to say how late a panel could meet.
    public let horizonDays: Int
    /// For each room the case may use: when the parties are free and the room is open and not taken, from the
    /// minimum notice on.
    public let places: [FreeTime]
    /// When the parties said they can come (empty: any time), to explain a narrow window.
    public let partyWindows: [WeeklyWindow]

    public init(grid: TimeGrid, length: Int, horizonDays: Int, places: [FreeTime], partyWindows: [WeeklyWindow] = []) {
        self.grid = grid
        self.length = length
        self.horizonDays = min(horizonDays, grid.days)
        // A room never free is no choice, and a room free only when a roomier one is adds no choice.
        var kept: [FreeTime] = []
        for place in places.sorted(by: { $0.grainCount > $1.grainCount }) where !place.isEmpty {
            if !kept.contains(where: { place.subtracting($0).isEmpty }) { kept.append(place) }
        }
        self.places = kept
        self.partyWindows = partyWindows
    }

    /// Whether people free at `members` (the intersection of their free time) can meet within the horizon.
    @inline(__always)
    public func canMeet(_ members: FreeTime) -> Bool {
        places.contains { $0.fits(length: length, with: members, days: horizonDays) }
    }

    /// Whether people free at both `a` and `b` (each the intersection of some people's free time) can meet
    /// within the horizon, without building their intersection.
    @inline(__always)
    public func canMeet(_ a: FreeTime, _ b: FreeTime) -> Bool {
        let days = min(horizonDays, a.words.count, b.words.count)
        return a.words.withUnsafeBufferPointer { x in
            b.words.withUnsafeBufferPointer { y in
                places.contains { place in
                    place.words.withUnsafeBufferPointer { p in
                        for day in 0..<min(days, p.count) where FreeTime.runStarts(p[day] & x[day] & y[day], length: length) != 0 { return true }
                        return false
                    }
                }
            }
        }
    }

    /// The earliest start at which people free at `members` can meet, within `days` days of the grid (the
    /// horizon when nil), as a day and grain.
    public func earliest(_ members: FreeTime, days: Int? = nil) -> (day: Int, grain: Int)? {
        let span = 0..<min(days ?? horizonDays, grid.days)
        return places.compactMap { $0.intersection(members).earliestStart(length: length, days: span) }
            .min { ($0.day, $0.grain) < ($1.day, $1.grain) }
    }

    /// The earliest meeting as an instant.
    public func earliestDate(_ members: FreeTime, days: Int? = nil) -> Date? {
        earliest(members, days: days).map { grid.date(day: $0.day, grain: $0.grain) }
    }
}

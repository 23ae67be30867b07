/// ISO weekday: Monday is 1, Sunday is 7.
public enum Weekday: Int, CaseIterable, Sendable, Codable, Comparable, CustomStringConvertible {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public var code: String {
        switch self {
        case .monday: "Mon"
        case .tuesday: "Tue"
        case .wednesday: "Wed"
        case .thursday: "Thu"
        case .friday: "Fri"
        case .saturday: "Sat"
        case .sunday: "Sun"
        }
    }

    public init?(code: some StringProtocol) {
        guard let match = Weekday.allCases.first(where: { $0.code.lowercased() == code.lowercased() }) else {
            return nil
        }
        self = match
    }

    public var isWorkday: Bool { self.rawValue <= 5 }
    public var description: String { code }
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A time of day to the minute, `09:30`.
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0...24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int = 0) {
        guard (0...59).contains(minute) else { return nil }
        self.init(minutes: hour * 60 + minute)
    }

    /// Parses `HH:MM`; `24:00` is the end of the day.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), minute < 60
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var description: String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = TimeOfDay(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a time HH:MM.")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A recurring weekly window of time, `Mon 09:00-12:00`: when an expert is usually free or a venue open.
public struct WeeklyWindow: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let weekday: Weekday
    public let start: TimeOfDay
    public let end: TimeOfDay

    public init?(weekday: Weekday, start: TimeOfDay, end: TimeOfDay) {
        guard start < end else { return nil }
        self.weekday = weekday
        self.start = start
        self.end = end
    }

    /// Parses `Mon 09:00-12:00`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let weekday = Weekday(code: parts[0]) else { return nil }
        let times = parts[1].split(separator: "-", omittingEmptySubsequences: false)
        guard times.count == 2, let start = TimeOfDay(times[0]), let end = TimeOfDay(times[1]) else { return nil }
        self.init(weekday: weekday, start: start, end: end)
    }

    public var minutes: Int { end.minutes - start.minutes }
    public var description: String { "\(weekday.code) \(start)-\(end)" }

    public static func < (lhs: WeeklyWindow, rhs: WeeklyWindow) -> Bool {
        (lhs.weekday, lhs.start, lhs.end) < (rhs.weekday, rhs.start, rhs.end)
    }
}

import Foundation

/// A date without a time of day (a deadline, a day of leave), in the deployment's calendar.
///
/// Arithmetic runs on the Julian day number, so it needs no `Calendar` and never calls the clock.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Fails for a day that does not exist, such as 2026-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public init(julianDay: Int) {
        // Fliegel & Van Flandern's inverse, valid for the Gregorian calendar.
        var l = julianDay + 68569
        let n = 4 * l / 146097
        l -= (146097 * n + 3) / 4
        let i = 4000 * (l + 1) / 1461001
        l = l - 1461 * i / 4 + 31
        let j = 80 * l / 2447
        let day = l - 2447 * j / 80
        l = j / 11
        self.month = j + 2 - 12 * l
        self.year = 100 * (n - 49) + i + l
        self.day = day
    }

    public var julianDay: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    public var weekday: Weekday { Weekday(rawValue: julianDay % 7 + 1)! }

    public func adding(days: Int) -> CalendarDay { CalendarDay(julianDay: julianDay + days) }

    /// Whole days from `self` to `other`; negative when `other` is earlier.
    public func days(until other: CalendarDay) -> Int { other.julianDay - julianDay }

    public var description: String {
        let y = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.julianDay < rhs.julianDay }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a date of the form YYYY-MM-DD.")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDay {
    /// The instant this day starts in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// The day on which `date` falls in `timeZone`.
    public init(containing date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

extension TimeZone {
    /// The reference deployment's zone; every schedule is read in it unless configured otherwise.
    public static let deploymentDefault = TimeZone(identifier: "Asia/Shanghai")!
}

extension Character {
    /// 0–9 only: `Int("+1")` and `Int("-1")` would otherwise let signs into dates and times.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

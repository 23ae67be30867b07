import Domain

/// The days a report covers, from `from` through `through`, and the calendar months they touch.
public struct ReportPeriod: Hashable, Sendable, Encodable {
    public let from: CalendarDay
    public let through: CalendarDay

    /// Fails, naming the field, when `from` comes after `through`.
    public init(from: CalendarDay, through: CalendarDay) throws(DomainError) {
        guard from <= through else {
            throw .invalid(record: "the report", field: "from day", reason: "\(from) comes after the through day \(through)")
        }
        self.init(checked: from, through: through)
    }

    private init(checked from: CalendarDay, through: CalendarDay) {
        self.from = from
        self.through = through
    }

    /// Twelve calendar months ending with `today`'s: from the first of the month eleven months back through `today`.
    public static func lastTwelveMonths(endingOn today: CalendarDay) -> ReportPeriod {
        let monthIndex = today.year * 12 + today.month - 1 - 11
        let first = CalendarDay(year: monthIndex / 12, month: monthIndex % 12 + 1, day: 1)!
        return ReportPeriod(checked: first, through: today)
    }

    /// Every month from `from`'s through `through`'s, written `2026-03`, so a chart has no gaps.
    public var months: [String] {
        let first = from.year * 12 + from.month - 1, last = through.year * 12 + through.month - 1
        return (first...last).map { index in
            let month = index % 12 + 1
            return "\(index / 12)-\(month < 10 ? "0" : "")\(month)"
        }
    }
}

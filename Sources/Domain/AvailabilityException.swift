/// A dated change to an expert's weekly availability: a court date that blocks a morning (`busy`), or an
/// extra afternoon they can give (`free`). Written `2026-12-03 09:00-12:00 busy`.
public struct AvailabilityException: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case busy, free
    }

    public let day: CalendarDay
    public let start: TimeOfDay
    public let end: TimeOfDay
    public let kind: Kind

    public init?(day: CalendarDay, start: TimeOfDay, end: TimeOfDay, kind: Kind) {
        guard start < end else { return nil }
        self.day = day
        self.start = start
        self.end = end
        self.kind = kind
    }

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = CalendarDay(parts[0]), let kind = Kind(rawValue: String(parts[2])) else { return nil }
        let times = parts[1].split(separator: "-")
        guard times.count == 2, let start = TimeOfDay(times[0]), let end = TimeOfDay(times[1]) else { return nil }
        self.init(day: day, start: start, end: end, kind: kind)
    }

    public var description: String { "\(day) \(start)-\(end) \(kind.rawValue)" }

    public static func < (lhs: AvailabilityException, rhs: AvailabilityException) -> Bool {
        (lhs.day, lhs.start) < (rhs.day, rhs.start)
    }
}

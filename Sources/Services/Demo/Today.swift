import Domain
import Foundation
import Store

/// The day the product treats as today: `FENGQIAO_TODAY` when set, else the day a demo data set describes,
/// else the calendar day in the deployment's time zone.
public enum Today {
    public static func resolve(database: AppDatabase, environment: [String: String] = ProcessInfo.processInfo.environment,
        now: Date = Date(), timeZone: TimeZone = .deploymentDefault) throws -> CalendarDay
    {
        if let pinned = environment["FENGQIAO_TODAY"] {
            guard let day = CalendarDay(pinned) else {
                throw DomainError.invalid(record: "the environment", field: "FENGQIAO_TODAY", reason: "\"\(pinned)\" is not a date YYYY-MM-DD")
            }
            return day
        }
        if let asOf = try database.meta("as_of").flatMap({ CalendarDay($0) }) { return asOf }
        return CalendarDay(containing: now, in: timeZone)
    }
}

/// The instant the product treats as now: `FENGQIAO_NOW` (ISO 8601) when set; else the real time when
/// `Today` is the real day; else 08:00 on `Today`, so a demo data set dated in the past or future still
/// schedules from the morning of its own day.
public enum Now {
    public static func resolve(database: AppDatabase, environment: [String: String] = ProcessInfo.processInfo.environment,
        now: Date = Date(), timeZone: TimeZone = .deploymentDefault) throws -> Date
    {
        if let pinned = environment["FENGQIAO_NOW"] {
            guard let date = ISO8601DateFormatter().date(from: pinned) else {
                throw DomainError.invalid(record: "the environment", field: "FENGQIAO_NOW",
                    reason: "\"\(pinned)\" is not an ISO 8601 time like 2026-11-30T08:00:00+08:00")
            }
            return date
        }
        let today = try Today.resolve(database: database, environment: environment, now: now, timeZone: timeZone)
        if today == CalendarDay(containing: now, in: timeZone) { return now }
        return today.start(in: timeZone).addingTimeInterval(8 * 3600)
    }

    /// Reads a local time like `2026-12-03 09:30` in the deployment's time zone.
    public static func parse(_ text: String, timeZone: TimeZone = .deploymentDefault) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let day = CalendarDay(parts[0]), let time = TimeOfDay(parts[1]) else { return nil }
        return day.start(in: timeZone).addingTimeInterval(Double(time.minutes) * 60)
    }
}

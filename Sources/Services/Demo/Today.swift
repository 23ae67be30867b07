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

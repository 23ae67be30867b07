import Domain
import Foundation

extension Session {
    /// When the session sits, in the deployment's time zone: `2026-12-03 Thu 09:00–10:30`, or
    /// `2026-12-03 周四 09:00–10:30`.
    public func timeText(in language: TextLanguage = .en, timeZone: TimeZone = .deploymentDefault) -> String {
        let day = CalendarDay(containing: startsAt, in: timeZone)
        return "\(day) \(day.weekday.name(in: language)) \(hoursText(timeZone: timeZone))"
    }

    /// `09:00–10:30`.
    public func hoursText(timeZone: TimeZone = .deploymentDefault) -> String {
        "\(Self.clock(startsAt, timeZone))–\(Self.clock(endsAt, timeZone))"
    }

    /// `09:30`: the time of day of `date` in `timeZone`.
    private static func clock(_ date: Date, _ timeZone: TimeZone) -> String {
        let minutes = Int(date.timeIntervalSince(CalendarDay(containing: date, in: timeZone).start(in: timeZone))) / 60
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}

import Domain
import Foundation

/// Fixed days and instants for tests and benchmarks; nothing here reads the clock.
public enum TestTime {
    /// Monday 30 November 2026, the day the fixtures are set on.
    public static let today = day("2026-11-30")

    /// 09:00 on `today` in Asia/Shanghai.
    public static let now = at(today, hour: 9)

    /// The day written `YYYY-MM-DD`; stops the test on a typo rather than returning nil.
    public static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { preconditionFailure("\"\(text)\" is not a day of the form YYYY-MM-DD.") }
        return day
    }

    /// The instant `hour:minute` on `day` in the deployment's time zone.
    public static func at(_ day: CalendarDay, hour: Int, minute: Int = 0) -> Date {
        day.start(in: .deploymentDefault).addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    /// The window written `Mon 09:00-12:00`; stops the test on a typo.
    public static func window(_ text: String) -> WeeklyWindow {
        guard let window = WeeklyWindow(text) else { preconditionFailure("\"\(text)\" is not a window like Mon 09:00-12:00.") }
        return window
    }

    /// Monday to Friday, each from `fromHour`:00 to `toHour`:00.
    public static func workdays(from fromHour: Int, to toHour: Int) -> [WeeklyWindow] {
        Weekday.allCases.filter(\.isWorkday).map { weekday in
            WeeklyWindow(weekday: weekday, start: TimeOfDay(hour: fromHour)!, end: TimeOfDay(hour: toHour)!)!
        }
    }
}

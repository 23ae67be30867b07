import Domain
import Foundation
import Testing

@Suite struct TimeOfDayTests {
    @Test(arguments: [("00:00", 0), ("09:30", 570), ("23:59", 1_439), ("24:00", 1_440)])
    func parsesHoursAndMinutes(_ text: String, _ minutes: Int) throws {
        let time = try #require(TimeOfDay(text))
        #expect(time.minutes == minutes)
        #expect(time.description == text)
    }

    @Test(arguments: ["9:30", "09:60", "24:01", "25:00", "-1:30", "+9:30", "09:+5", "0930", "09:30:00", "", "ab:cd"])
    func rejectsTextThatIsNotATimeOfDay(_ text: String) {
        #expect(TimeOfDay(text) == nil)
    }

    @Test func refusesMinutesOutsideTheDay() {
        #expect(TimeOfDay(minutes: -1) == nil)
        #expect(TimeOfDay(minutes: 1_441) == nil)
        #expect(TimeOfDay(hour: 9, minute: 60) == nil)
    }
}

@Suite struct WeekdayTests {
    @Test func readsCodesInAnyCase() {
        #expect(Weekday(code: "Mon") == .monday)
        #expect(Weekday(code: "sun") == .sunday)
        #expect(Weekday(code: "Monday") == nil)
    }

    @Test func onlyMondayToFridayAreWorkdays() {
        #expect(Weekday.allCases.filter(\.isWorkday) == [.monday, .tuesday, .wednesday, .thursday, .friday])
    }
}

@Suite struct WeeklyWindowTests {
    @Test func parsesADayAndTwoTimes() throws {
        let window = try #require(WeeklyWindow("Tue 09:00-12:30"))
        #expect(window.weekday == .tuesday)
        #expect(window.start == TimeOfDay(hour: 9))
        #expect(window.end == TimeOfDay(hour: 12, minute: 30))
        #expect(window.minutes == 210)
        #expect(window.description == "Tue 09:00-12:30")
    }

    @Test func windowMayRunToTheEndOfTheDay() {
        #expect(WeeklyWindow("Sat 18:00-24:00")?.minutes == 360)
    }

    @Test(arguments: [
        "Mon 12:00-09:00", "Mon 09:00-09:00", "Monday 09:00-12:00", "Mon 09:00", "Mon 09:00-12:00-13:00",
        "09:00-12:00", "Mon 9:00-12:00", "Mon 09:00-25:00", "Mon09:00-12:00", "",
    ])
    func rejectsTextThatIsNotAWindow(_ text: String) {
        #expect(WeeklyWindow(text) == nil)
    }

    @Test func ordersByWeekdayThenStart() {
        let windows = ["Wed 14:00-16:00", "Mon 14:00-16:00", "Mon 09:00-12:00"].compactMap { WeeklyWindow($0) }
        #expect(windows.sorted().map(\.description) == ["Mon 09:00-12:00", "Mon 14:00-16:00", "Wed 14:00-16:00"])
    }

    @Test func timeOfDayCodesAsText() throws {
        let data = try JSONEncoder().encode([TimeOfDay(hour: 9, minute: 5)!])
        #expect(String(decoding: data, as: UTF8.self) == #"["09:05"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([TimeOfDay].self, from: Data(#"["9:05"]"#.utf8)) }
    }
}

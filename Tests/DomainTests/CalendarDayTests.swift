import Domain
import Foundation
import Testing

@Suite struct CalendarDayTests {
    @Test(arguments: ["2026-11-30", "2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01"])
    func parsesAndPrintsTheSameText(_ text: String) throws {
        let parsed = try #require(CalendarDay(text))
        #expect(parsed.description == text)
    }

    @Test(arguments: [
        "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2026-11-3", "26-11-30", "2026/11/30",
        "2026-11-30T09:00", "", "2026--11-30", "2026-+1-05", "+026-11-30", "2026-11--1", "abcd-ef-gh",
    ])
    func rejectsTextThatIsNotARealDay(_ text: String) {
        #expect(CalendarDay(text) == nil)
    }

    @Test func leapDayExistsOnlyInLeapYears() {
        #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
    }

    @Test(arguments: [
        ("2026-11-30", Weekday.monday), ("2000-01-01", .saturday), ("1970-01-01", .thursday),
        ("2024-02-29", .thursday), ("2026-12-06", .sunday), ("2027-01-01", .friday),
    ])
    func knowsTheWeekdayOfKnownDates(_ text: String, _ weekday: Weekday) {
        #expect(day(text).weekday == weekday)
    }

    @Test func julianDayOfTheJ2000EpochIsTheAstronomersNumber() {
        #expect(day("2000-01-01").julianDay == 2_451_545)
    }

    @Test func julianDayRoundTripsEveryDayOfFourYears() {
        let first = day("2023-01-01").julianDay
        for number in first..<(first + 4 * 366) {
            #expect(CalendarDay(julianDay: number).julianDay == number)
        }
    }

    @Test(arguments: [
        ("2026-11-30", 1, "2026-12-01"), ("2026-12-31", 1, "2027-01-01"), ("2024-02-28", 1, "2024-02-29"),
        ("2026-02-28", 1, "2026-03-01"), ("2026-03-01", -1, "2026-02-28"), ("2026-11-30", 30, "2026-12-30"),
        ("2026-11-30", 0, "2026-11-30"), ("2026-11-30", -365, "2025-11-30"),
    ])
    func addingDaysCrossesMonthsAndYears(_ start: String, _ days: Int, _ expected: String) {
        #expect(day(start).adding(days: days) == day(expected))
    }

    @Test func daysUntilIsNegativeForAnEarlierDay() {
        #expect(day("2026-11-30").days(until: day("2026-12-30")) == 30)
        #expect(day("2026-12-30").days(until: day("2026-11-30")) == -30)
        #expect(day("2024-01-01").days(until: day("2025-01-01")) == 366)
    }

    @Test func daysOrderByDateNotByText() {
        #expect(day("2026-09-30") < day("2026-10-01"))
        #expect(day("2025-12-31") < day("2026-01-01"))
        #expect(!(day("2026-01-01") < day("2026-01-01")))
    }

    @Test func codesAsAPlainDateString() throws {
        let data = try JSONEncoder().encode([day("2026-11-30")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-11-30"]"#)
        #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [day("2026-11-30")])
    }

    @Test func decodingRefusesAnImpossibleDay() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
    }

    @Test func dayStartsAtMidnightInShanghai() {
        let start = day("2026-11-30").start(in: .deploymentDefault)
        #expect(start == Date(timeIntervalSince1970: 1_795_996_800 - 8 * 3600))
        #expect(CalendarDay(containing: start, in: .deploymentDefault) == day("2026-11-30"))
        #expect(CalendarDay(containing: start.addingTimeInterval(-1), in: .deploymentDefault) == day("2026-11-29"))
    }
}

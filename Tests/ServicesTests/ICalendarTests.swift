import Domain
import Foundation
@testable import Services
import Store
import Testing

@Suite struct ICalendarTests {
    static let event = ICalendar.Event(
        uid: "C-2026-01442-S1@fengqiao", sequence: 2, start: Date(timeIntervalSince1970: 1_796_364_000),
        end: Date(timeIntervalSince1970: 1_796_369_400), summary: "调解 Mediation C-2026-01442: 邻里 NEIGHBOR, 疑难; second; \\ back",
        location: "和平社区人民调解室, 大连市西岗区和平社区居民委员会二楼东侧房间（近公交站）", description: "line one\nline two", status: "TENTATIVE")

    @Test func linesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        let text = ICalendar.document(name: "Fengqiao E-0033", events: [Self.event], stamp: Date(timeIntervalSince1970: 0))
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        for line in lines { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(lines.contains { $0.hasPrefix(" ") }, "the long location is folded")
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("LOCATION:和平社区人民调解室\\, 大连市西岗区和平社区居民委员会二楼东侧房间（近公交站）\r\n"))
    }

    @Test func textIsEscapedAndTimesAreUTC() {
        let text = ICalendar.document(name: "x", events: [Self.event], stamp: Date(timeIntervalSince1970: 0))
            .replacingOccurrences(of: "\r\n ", with: "")
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.contains("SUMMARY:调解 Mediation C-2026-01442: 邻里 NEIGHBOR\\, 疑难\\; second\\; \\\\ back"))
        #expect(lines.contains("DESCRIPTION:line one\\nline two"))
        #expect(text.contains("DTSTART:20261204T060000Z\r\n"))
        #expect(text.contains("DTEND:20261204T073000Z\r\n"))
        #expect(text.contains("DTSTAMP:19700101T000000Z\r\n"))
        #expect(text.contains("UID:C-2026-01442-S1@fengqiao\r\nSEQUENCE:2\r\n"))
    }

    @Test func anExpertsFeedKeepsTheUIDAndRaisesTheSequenceWhenASessionMoves() throws {
        let database = try SchedulingServiceTests.assigned()
        let (dispute, booked, alternative) = try SchedulingServiceTests.bookedWithAlternative(database)
        let expert = booked.panel[0]
        let feed = ExpertCalendar(database: database)
        let before = try feed.ics(for: expert, stamp: SchedulingServiceTests.now)
        #expect(before.contains("UID:\(booked.id)@fengqiao\r\nSEQUENCE:0\r\n"))
        _ = try SchedulingService(database: database).move(booked.id, to: alternative.session.startsAt,
            venueID: alternative.session.venueID, now: SchedulingServiceTests.now)
        let after = try feed.ics(for: expert, stamp: SchedulingServiceTests.now)
        #expect(after.contains("UID:\(booked.id)@fengqiao\r\nSEQUENCE:1\r\n"))
        #expect(after.contains("DTSTART:\(ICalendar.utc(alternative.session.startsAt))"))
        for party in dispute.parties { #expect(!after.contains(party.party.name), "no party names in an expert's feed") }
    }
}

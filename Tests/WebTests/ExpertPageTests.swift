import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Services
import Store
import TestSupport
import Testing
@testable import Web

@Suite struct ExpertPageTests {
    @Test func anExpertAcceptsAnOfferAndCannotDeclineWithoutAReason() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("expert", client: client)
            let open = try world.database.openOffers().filter { $0.expertID == world.expertID }
            let page = try await browser.go(.get, "/offers")
            #expect(page.status == .ok)
            let shown = page.text.components(separatedBy: #"data-offer=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(Set(shown) == Set(open.map(\.id.rawValue)))
            let csrf = try #require(Browser.hidden("csrf", in: page.text))
            let offer = try #require(open.first)

            let blank = try await browser.go(.post, "/offers/\(offer.id)/decline", form: ["csrf": csrf, "reason": " "])
            #expect(blank.status == .unprocessableContent && blank.text.contains("谢绝需要填写理由"))
            #expect(try world.database.assignment(offer.id)?.status == .offered)

            let accepted = try await browser.go(.post, "/offers/\(offer.id)/accept", form: ["csrf": csrf])
            #expect(accepted.status == .seeOther && accepted.headers[.location] == "/offers?done=accepted")
            #expect(try world.database.assignment(offer.id)?.status == .accepted)
            let after = try await browser.go(.get, "/offers?done=accepted")
            #expect(after.text.contains("您已接受邀请") && after.text.contains(#"data-assignment="\#(offer.id)""#))
            let again = try await browser.go(.post, "/offers/\(offer.id)/decline", form: ["csrf": csrf, "reason": "临时出差"])
            #expect(again.status == .conflict && again.text.contains("这份邀请已经答复过了（已接受）。"))
            #expect(try world.database.assignment(offer.id)?.status == .accepted)

            let foreign = try world.database.openOffers().first { $0.expertID != world.expertID }!
            let refused = try await browser.go(.post, "/offers/\(foreign.id)/accept", form: ["csrf": csrf])
            #expect(refused.status == .conflict && refused.contentType?.hasPrefix("text/html") == true)
            #expect(try world.database.assignment(foreign.id)?.status == .offered)
        }
    }

    @Test func theWeekShowsTheirSessionsAndTheSubscriptionLinkServesTheFeed() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("expert", client: client)
            let session = try world.database.sessions(expertID: world.expertID)[0]
            let day = CalendarDay(containing: session.startsAt, in: .deploymentDefault)
            let week = try await browser.go(.get, "/calendar?week=\(day)")
            #expect(week.status == .ok)
            #expect(week.text.components(separatedBy: #"class="day"#).count - 1 == 7)
            #expect(week.text.contains(#"data-case="\#(session.caseID)""#))
            let type = try #require(try world.database.dispute(session.caseID)).type
            #expect(week.text.contains("\(session.caseID) · \(type.nameZh)<br>") && week.text.contains("<strong>\(session.hoursText())</strong>"))

            let csrf = try #require(Browser.hidden("csrf", in: week.text))
            let linked = try await browser.go(.post, "/calendar/link", form: ["csrf": csrf])
            let link = try #require(linked.text.range(of: #"id="feed" readonly value=""#).map { range in
                String(linked.text[range.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
            })
            #expect(link.hasPrefix("/api/v1/experts/\(world.expertID)/calendar.ics?feed=fqcal_"))
            let feed = try await client.send(.get, link, headers: [:])
            #expect(feed.status == .ok && feed.text.contains("UID:\(session.id)@fengqiao"))
            let otherFeed = try await client.send(.get, link.replacingOccurrences(of: world.expertID.rawValue, with: world.otherExpertID.rawValue),
                headers: [:])
            #expect(otherFeed.status == .unauthorized)
            #expect(try await client.send(.get, "/api/v1/experts/\(world.expertID)/calendar?feed=\(link.split(separator: "=").last!)",
                headers: [:]).status == .unauthorized)
        }
    }

    @Test func leaveIsRecordedFromTheAvailabilityPageAndABackwardsRangeIsRefused() async throws {
        try await APIWorld.withClient { world, client in
            var expert = try #require(try world.database.expert(world.expertID))
            expert.exceptions = [AvailabilityException("2026-12-17 09:00-12:00 busy")!]
            try world.database.updateExpert(expert)
            var browser = try await Browser.loggedIn("expert", client: client)
            let page = try await browser.go(.get, "/availability")
            #expect(page.status == .ok && page.text.contains(#"<li class="exception">2026-12-17 周四 09:00–12:00 有事，不可安排</li>"#))
            let csrf = try #require(Browser.hidden("csrf", in: page.text))
            let backwards = try await browser.go(.post, "/availability/leave", form: ["csrf": csrf, "from": "2026-12-10", "through": "2026-12-08"])
            #expect(backwards.status == .unprocessableContent && backwards.text.contains(#"class="error""#))
            let before = try world.database.expert(world.expertID)!.leave
            let recorded = try await browser.go(.post, "/availability/leave", form: ["csrf": csrf, "from": "2026-12-21", "through": "2026-12-23"])
            #expect(recorded.status == .seeOther)
            let leave = try world.database.expert(world.expertID)!.leave
            #expect(leave.count == before.count + 1 && leave.contains(LeavePeriod(from: CalendarDay("2026-12-21")!, through: CalendarDay("2026-12-23")!)))
            #expect(try await browser.go(.get, "/availability").text.contains(#"data-leave="2026-12-21""#))
        }
    }

    @Test func theOfficeDoesNotOpenAnExpertsPages() async throws {
        try await APIWorld.withClient { _, client in
            var browser = Browser(client: client)
            _ = try await browser.logIn("coordinator")
            for path in ["/offers", "/calendar", "/availability"] {
                #expect(try await browser.go(.get, path).status == .forbidden, "\(path)")
            }
        }
    }
}

import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Services
import Store
import TestSupport
import Testing
@testable import Web

/// The calendar feed link is a secret of its own: it opens that expert's feed and nothing else, and the
/// expert renews or revokes it.
@Suite struct CalendarFeedTests {
    /// The subscription link the calendar page shows after `action`, with `&amp;` read back as `&`.
    static func link(in page: String) -> String? {
        page.range(of: #"id="feed" readonly value=""#).map { range in
            String(page[range.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The secret the link carries.
    static func secret(of link: String) -> String { String(link.split(separator: "=").last ?? "") }

    @Test func theFeedLinkOpensTheFeedAndNothingElse() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("expert", client: client)
            let week = try await browser.go(.get, "/calendar")
            let linked = try await browser.go(.post, "/calendar/link", form: Browser.form("/calendar/link", in: week.text))
            let link = try #require(Self.link(in: linked.text))
            #expect(link.hasPrefix("/api/v1/experts/\(world.expertID)/calendar.ics?feed="))
            let feed = try await client.send(.get, link, headers: [:])
            #expect(feed.status == .ok && feed.text.hasPrefix("BEGIN:VCALENDAR"))

            let secret = Self.secret(of: link)
            #expect(try await client.send(.get, "/api/v1/me", token: secret).status == .unauthorized)
            let offer = try #require(try world.database.openOffers().first { $0.expertID == world.expertID })
            #expect(try await client.send(.post, "/api/v1/offers/\(offer.id)/accept", token: secret).status == .unauthorized)
            #expect(try world.database.assignment(offer.id)?.status == .offered)
            #expect(try await client.send(.get, "/api/v1/cases/\(offer.caseID)", token: secret).status == .unauthorized)
            let leave = try await client.send(.post, "/api/v1/experts/\(world.expertID)/leave", token: secret,
                json: #"{"from": "2026-12-21", "through": "2026-12-22"}"#)
            #expect(leave.status == .unauthorized)
            #expect(try await client.send(.get, "/api/v1/experts/\(world.expertID)/calendar?feed=\(secret)", headers: [:]).status == .unauthorized)
            #expect(try await client.send(.get, "/api/v1/experts/\(world.expertID)/calendar.ics", token: secret).status == .unauthorized)
            let other = try await client.send(.get, link.replacingOccurrences(of: world.expertID.rawValue, with: world.otherExpertID.rawValue),
                headers: [:])
            #expect(other.status == .unauthorized && !other.text.contains("VCALENDAR"))
        }
    }

    @Test func aBearerTokenInTheQueryNoLongerOpensTheFeed() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.expert)
            let answer = try await client.send(.get, "/api/v1/experts/\(world.expertID)/calendar.ics?token=\(token)", headers: [:])
            #expect(answer.status == .unauthorized)
            #expect(try await client.send(.get, "/api/v1/experts/\(world.expertID)/calendar.ics", token: token).status == .ok)
        }
    }

    @Test func theExpertRenewsAndRevokesTheLinkFromTheCalendarPage() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("expert", client: client)
            let week = try await browser.go(.get, "/calendar")
            let first = try #require(Self.link(in: try await browser.go(.post, "/calendar/link", form: Browser.form("/calendar/link", in: week.text)).text))
            let page = try await browser.go(.get, "/calendar")
            #expect(page.text.contains(#"action="/calendar/link/revoke""#))
            let second = try #require(Self.link(in: try await browser.go(.post, "/calendar/link", form: Browser.form("/calendar/link", in: page.text)).text))
            #expect(first != second)
            #expect(try await client.send(.get, first, headers: [:]).status == .unauthorized)
            #expect(try await client.send(.get, second, headers: [:]).status == .ok)

            let revoked = try await browser.go(.post, "/calendar/link/revoke", form: Browser.form("/calendar/link/revoke", in: page.text))
            #expect(revoked.status == .seeOther)
            #expect(try await client.send(.get, second, headers: [:]).status == .unauthorized)
            #expect(!(try await browser.go(.get, "/calendar")).text.contains(#"action="/calendar/link/revoke""#))
        }
    }

    @Test func theExpertRenewsAndRevokesTheLinkThroughTheAPI() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.expert)
            let path = "/api/v1/experts/\(world.expertID)/calendar-feed"
            let made = try await client.send(.post, path, token: token)
            #expect(made.status == .created)
            let link = try #require(made.object["link"] as? String)
            #expect(link.hasPrefix("/api/v1/experts/\(world.expertID)/calendar.ics?feed="))
            #expect(try await client.send(.get, link, headers: [:]).status == .ok)
            let foreign = "/api/v1/experts/\(world.otherExpertID)/calendar-feed"
            #expect(try await client.send(.post, foreign, token: token).status == .forbidden)
            #expect(try await client.send(.delete, path, token: token).status == .noContent)
            #expect(try await client.send(.get, link, headers: [:]).status == .unauthorized)
        }
    }

    @Test func relinkingALoginRevokesItsTokensSessionsAndFeed() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("expert", client: client)
            let week = try await browser.go(.get, "/calendar")
            let link = try #require(Self.link(in: try await browser.go(.post, "/calendar/link", form: Browser.form("/calendar/link", in: week.text)).text))
            let token = try world.token(.expert)
            let unlinked = try #require(try world.database.experts().first { $0.id != world.expertID && $0.id != world.otherExpertID })

            let patch = try await client.send(.patch, "/api/v1/users/U-expert", token: try world.token(.administrator),
                json: #"{"expertID": "\#(unlinked.id)"}"#)
            #expect(patch.status == .ok && patch.object["expertID"] as? String == unlinked.id.rawValue)
            #expect(try await client.send(.get, "/api/v1/me", token: token).status == .unauthorized)
            let offers = try await browser.go(.get, "/offers")
            #expect(offers.status == .seeOther && offers.headers[.location]?.hasPrefix("/login") == true)
            #expect(try await client.send(.get, link, headers: [:]).status == .unauthorized)
            #expect(try await client.send(.get, link.replacingOccurrences(of: world.expertID.rawValue, with: unlinked.id.rawValue),
                headers: [:]).status == .unauthorized)
        }
    }

    @Test func anExpertWhoseSeatEndedNoLongerReadsThatCase() async throws {
        try await APIWorld.withClient { world, client in
            let session = try #require(try world.database.sessions(expertID: world.expertID).first)
            let seat = try #require(try world.database.assignments(caseID: session.caseID).first { $0.expertID == world.expertID })
            try #require(seat.status == .offered)
            let token = try world.token(.expert)
            #expect(try await client.send(.get, "/api/v1/cases/\(session.caseID)", token: token).status == .ok)
            let declined = try await client.send(.post, "/api/v1/offers/\(seat.id)/decline", token: token, json: #"{"reason": "away that week"}"#)
            #expect(declined.status == .ok)

            #expect(try await client.send(.get, "/api/v1/cases/\(session.caseID)", token: token).status == .notFound)
            #expect(try await client.send(.get, "/api/v1/sessions/\(session.id)", token: token).status == .notFound)
            let sessions = try await client.send(.get, "/api/v1/sessions", token: token).array
            #expect(!sessions.contains { $0["caseID"] as? String == session.caseID.rawValue })
            let rows = try await client.send(.get, "/api/v1/experts/\(world.expertID)/calendar", token: token).array
            #expect(!rows.contains { ($0["session"] as? [String: Any])?["caseID"] as? String == session.caseID.rawValue })
            let feed = try await client.send(.get, "/api/v1/experts/\(world.expertID)/calendar.ics", token: token)
            #expect(feed.status == .ok && !feed.text.contains(session.caseID.rawValue))

            var browser = try await Browser.loggedIn("expert", client: client)
            let day = CalendarDay(containing: session.startsAt, in: .deploymentDefault)
            let week = try await browser.go(.get, "/calendar?week=\(day)")
            #expect(week.status == .ok && !week.text.contains(#"data-case="\#(session.caseID)""#))
            #expect(!(try await browser.go(.get, "/offers")).text.contains(session.caseID.rawValue))
        }
    }
}

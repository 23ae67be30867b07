import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing
@testable import Web

/// A hard case taken in through the API or the intake page gets a panel that can meet, says when, and the
/// scheduling options then hold a time.
@Suite struct MeetingWebTests {
    @Test func aHardCaseTakenInThroughTheAPIGetsAPanelThatCanMeet() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.coordinator)
            let community = try #require(try world.database.areas().first { $0.level == .community }).id
            let taken = try await client.send(.post, "/api/v1/cases", token: token, json: """
                {"type": "LABOR", "difficulty": "difficult", "source": "walk_in", "communityID": "\(community)", "summary": "拖欠工资",
                 "parties": [
                   {"kind": "person", "name": "王伟", "identity": "210203198001011234", "role": "applicant"},
                   {"kind": "organisation", "name": "大连某建筑工程有限公司", "role": "respondent"}]}
                """)
            #expect(taken.status == .created, "\(taken.text)")
            let caseID = try #require((taken.object["case"] as? [String: Any])?["id"] as? String)

            let recommended = try await client.send(.get, "/api/v1/cases/\(caseID)/recommendation", token: token)
            #expect(recommended.status == .ok, "\(recommended.text)")
            let meeting = try #require(recommended.object["meeting"] as? [String: Any])
            let earliest = try #require(meeting["earliest"] as? String)
            #expect(earliest.hasPrefix("2026-"))
            #expect((meeting["obstacles"] as? [Any])?.isEmpty == true)
            let seats = try #require(recommended.object["seats"] as? [[String: Any]])
            #expect(seats.count >= 2 && seats.allSatisfy { $0["chosen"] is [String: Any] }, "a difficult labour case needs a lawyer too")

            let confirmed = try await client.send(.post, "/api/v1/cases/\(caseID)/assignments", token: token, json: "{}")
            #expect(confirmed.status == .ok, "\(confirmed.text)")
            let plan = try #require(confirmed.object["plan"] as? [String: Any])
            #expect((plan["emptySeats"] as? [Any])?.isEmpty == true, "\(confirmed.text)")

            let options = try await client.send(.get, "/api/v1/cases/\(caseID)/schedule-options", token: token)
            #expect(options.status == .ok, "\(options.text)")
            let first = try #require((options.object["options"] as? [[String: Any]])?.first?["session"] as? [String: Any])
            #expect((first["startsAt"] as? String) != nil)
            #expect(options.object["noSlot"] == nil)
        }
    }

    @Test func aHardCaseTakenInFromThePageShowsWhenItsPanelCanMeetAndGetsOptions() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("coordinator", client: client)
            let csrf = try #require(Browser.hidden("csrf", in: try await browser.go(.get, "/cases/new").text))
            let community = try #require(try world.database.areas().first { $0.level == .community }).id
            var form = IntakePageTests.filled(csrf: csrf, community: community)
            form["difficulty"] = Difficulty.major.rawValue
            form["type"] = DisputeType.marriageFamily.rawValue
            let taken = try await browser.go(.post, "/cases/new", form: form)
            let location = try #require(taken.headers[.location])
            let id = String(location.dropFirst("/cases/".count).prefix { $0 != "?" })

            let page = try await browser.go(.get, "/cases/\(id)")
            #expect(page.text.contains("全体小组成员和当事人最早可于2026-"), "the page says when the panel can first meet")
            #expect(!page.text.contains(#"<div id="meeting" aria-label="小组何时可以会面" class="error">"#))
            var confirm = ["csrf": try #require(Browser.hidden("csrf", in: page.text))]
            for seat in 0..<4 { if let expert = Browser.hidden("seat.\(seat)", in: page.text) { confirm["seat.\(seat)"] = expert } }
            #expect(confirm.count == 5, "a major family case has four seats, all filled: \(confirm)")
            let confirmed = try await browser.go(.post, "/cases/\(id)/assign", form: confirm)
            #expect(confirmed.status == .seeOther)

            let assigned = try await browser.go(.get, "/cases/\(id)")
            #expect(assigned.text.contains(#"<input type="hidden" name="choice" value="0">"#), "an option to book is shown")
            let options = try SchedulingService(database: world.database).options(for: DisputeCase.ID(id), now: APIWorld.now)
            #expect(!options.options.isEmpty, "\(options.noSlot ?? "")")
        }
    }
}

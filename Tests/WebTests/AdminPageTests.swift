import Domain
import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Services
import Store
import TestSupport
import Testing
@testable import Web

@Suite struct AdminPageTests {
    @Test func anAdministratorReplaysANewVersionThenActivatesAndRollsBack() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("admin", client: client)
            let page = try await browser.go(.get, "/admin/weights")
            #expect(page.status == .ok && page.text.contains(#"data-version="1""#))
            let csrf = try #require(Browser.hidden("csrf", in: page.text))

            var form = ["csrf": csrf, "name": "continuity first", "note": "returning parties keep their mediator"]
            for term in ScoreTermName.allCases { form["weight.\(term.rawValue)"] = term == .continuity ? "4" : "1" }
            for (change, says) in [(["name": " "], "请填写“名称”。"), (["weight.load": "-1"], "负荷的权重须为不小于0的数字，填写的是“-1”。")] {
                let refused = try await browser.go(.post, "/admin/weights", form: form.merging(change) { _, new in new })
                #expect(refused.status == .unprocessableContent && refused.text.contains(says), "\(says)")
            }
            #expect(try world.database.weightsProfiles().count == 1, "a refused form stores no version")
            let saved = try await browser.go(.post, "/admin/weights", form: form)
            #expect(saved.status == .seeOther && saved.headers[.location] == "/admin/weights?replay=2")
            let candidate = try #require(try world.database.weightsProfiles().first { $0.version == 2 })
            #expect(candidate.activation == nil && candidate.weight(.continuity) == 4)

            let replay = try await browser.go(.get, "/admin/weights?replay=2&last=60")
            let expected = try MatchingService(database: world.database).replay(candidate: candidate, last: 60, today: TestTime.today)
            #expect(replay.text.contains(#"<strong id="changed">\#(expected.changedSeats)</strong>"#))
            #expect(replay.text.contains("<svg") && replay.text.contains(String(format: "%.3f", expected.candidate.meanPanelScore)))

            let unexplained = try await browser.go(.post, "/admin/weights/2/activate", form: ["csrf": csrf, "reason": " "])
            #expect(unexplained.status == .unprocessableContent && unexplained.text.contains("启用权重版本需要填写理由。"))
            #expect(try world.database.activeWeightsProfile()?.version == 1)
            #expect(try await browser.go(.post, "/admin/weights/2/activate", form: ["csrf": csrf, "reason": "trial month"]).status == .seeOther)
            #expect(try world.database.activeWeightsProfile()?.version == 2)
            #expect(try await browser.go(.post, "/admin/weights/1/activate", form: ["csrf": csrf, "reason": "roll back"]).status == .seeOther)
            #expect(try world.database.activeWeightsProfile()?.version == 1)
        }
    }

    @Test func anAdministratorAddsAndSwitchesOffUsersAndReadsTheAuditLog() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("admin", client: client)
            let users = try await browser.go(.get, "/admin/users")
            #expect(users.text.contains(#"data-user="coordinator""#))
            let csrf = try #require(Browser.hidden("csrf", in: users.text))
            for (form, says) in [
                (["username": "liuna", "role": "coordinator", "expertID": "", "password": "short"], "密码至少需要10个字符。"),
                (["username": "liuna", "role": "expert", "expertID": "", "password": "a long passphrase"], "专家账号须填写其专家编号，其他角色不填。"),
                (["username": " ", "role": "coordinator", "expertID": "", "password": "a long passphrase"], "请填写“用户名”。"),
            ] {
                let refused = try await browser.go(.post, "/admin/users", form: form.merging(["csrf": csrf, "displayName": "刘娜"]) { a, _ in a })
                #expect(refused.status == .unprocessableContent && refused.text.contains(says), "\(says)")
            }
            #expect(try world.database.user(username: "liuna") == nil)
            let added = try await browser.go(.post, "/admin/users", form: [
                "csrf": csrf, "username": "liuna", "displayName": "刘娜", "role": "coordinator", "expertID": "", "password": "a long passphrase",
            ])
            #expect(added.status == .seeOther)
            let stored = try #require(try world.database.user(username: "liuna"))
            #expect(Bcrypt.verify("a long passphrase", hash: stored.passwordHash))
            #expect(try await browser.go(.post, "/admin/users/\(stored.id)/active", form: ["csrf": csrf]).status == .seeOther)
            #expect(try world.database.user(stored.id)?.isActive == false)

            let audit = try await browser.go(.get, "/admin/audit")
            let last = try world.database.auditEvents().last!
            #expect(audit.text.contains("哈希链完整") && audit.text.contains(#"data-sequence="\#(last.sequence)""#))
            try world.database.executeForTesting("""
                DROP TRIGGER audit_event_is_append_only_update; UPDATE audit_event SET actor = 'someone else' WHERE sequence = 2
                """)
            let broken = try await browser.go(.get, "/admin/audit")
            #expect(broken.text.contains("哈希链断开于事件 #2"))
        }
    }

    @Test func theOfficePagesAreClosedToOthers() async throws {
        try await APIWorld.withClient { world, client in
            var browser = Browser(client: client)
            _ = try await browser.logIn("coordinator")
            for path in ["/admin/weights", "/admin/users", "/admin/audit"] {
                #expect(try await browser.go(.get, path).status == .forbidden, "\(path)")
            }
            let reports = try await browser.go(.get, "/reports")
            #expect(reports.status == .ok)
            #expect(reports.text.components(separatedBy: "<svg").count - 1 == 4)
            let hotspots = try Reports(database: world.database).hotspots(from: ReportPeriod.lastTwelveMonths(endingOn: TestTime.today).from,
                through: TestTime.today, level: .subdistrict)
            #expect(reports.text.contains(hotspots.areas[0].areaName))
            #expect(reports.text.components(separatedBy: "<polyline").count - 1 == min(5, hotspots.areas.count) + min(5, hotspots.typeTotals.count))
            #expect(reports.text.contains(#"text-anchor="middle">满负荷</text>"#) && !reports.text.contains(#"text-anchor="middle">full</text>"#))
        }
    }
}

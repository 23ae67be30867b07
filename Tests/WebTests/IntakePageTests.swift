import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing
@testable import Web

/// A coordinator takes a case in from the pages.
@Suite struct IntakePageTests {
    /// The form as a coordinator fills it: a police referral in a Xigang community, two parties, escalation risk.
    static func filled(csrf: String, community: Area.ID) -> [String: String] {
        [
            "csrf": csrf, "type": DisputeType.neighbor.rawValue, "difficulty": "", "source": CaseSource.policeReferral.rawValue,
            "referralNumber": "XG-JD-2026-0457", "communityID": community.rawValue, "summary": "楼上装修噪音扰民，双方多次争吵。",
            "amountYuan": "", "priorMediations": "0", "petitions": "0", "deadline": "", "escalationRisk": "on", "language": "zh",
            "party0.name": "赵敏", "party0.kind": "person", "party0.role": "applicant", "party0.identity": "210203198805123456",
            "party1.name": "钱伟", "party1.kind": "person", "party1.role": "respondent", "party1.identity": "",
            "party2.name": "", "party2.kind": "person", "party2.role": "respondent", "party2.identity": "",
        ]
    }

    @Test func aCoordinatorTakesInACaseAndTriageProposesItsDifficulty() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("coordinator", client: client)
            #expect(try await browser.go(.get, "/queue").text.contains(#"<a href="/cases/new">受理新案件 →</a>"#))
            let page = try await browser.go(.get, "/cases/new")
            #expect(page.status == .ok && page.text.contains(#"<option value="NEIGHBOR">邻里</option>"#))
            let community = try #require(try world.database.areas().first { $0.level == .community })
            #expect(page.text.contains(#"<option value="\#(community.id)">\#(community.nameZh)</option>"#))
            let csrf = try #require(Browser.hidden("csrf", in: page.text))
            let before = try world.database.cases(.open).count

            let taken = try await browser.go(.post, "/cases/new", form: Self.filled(csrf: csrf, community: community.id))
            #expect(taken.status == .seeOther)
            let location = try #require(taken.headers[.location])
            let id = DisputeCase.ID(String(location.dropFirst("/cases/".count).prefix { $0 != "?" }))
            let after = try world.database.cases(.open).count
            #expect(location == "/cases/\(id)?done=intake" && after == before + 1)
            let dispute = try #require(try world.database.dispute(id))
            #expect(dispute.type == .neighbor && dispute.source == .policeReferral && dispute.referralNumber == "XG-JD-2026-0457")
            #expect(dispute.difficulty == .difficult, "escalation risk alone makes triage propose difficult")
            #expect(dispute.parties.map(\.party.name) == ["赵敏", "钱伟"] && dispute.parties.map(\.role) == [.applicant, .respondent])
            #expect(dispute.parties[0].party.identity?.description.contains("198805123456") == false, "only a masked number is kept")
            #expect(dispute.deadline == TestTime.today.adding(days: DisputeCase.standardTermDays))
            let audit = try world.database.auditEvents(before: nil, recordID: id.rawValue, limit: 5)
            #expect(audit.map(\.action) == ["case.intake"] && audit[0].actor.contains("coordinator"))

            let shown = try await browser.go(.get, location)
            #expect(shown.text.contains("案件已受理。") && shown.text.contains("分级依据: 有矛盾激化风险"))
        }
    }

    @Test func aFormThatCannotBeTakenInComesBackFilledInNamingTheField() async throws {
        try await APIWorld.withClient { world, client in
            var browser = try await Browser.loggedIn("coordinator", client: client)
            let csrf = try #require(Browser.hidden("csrf", in: try await browser.go(.get, "/cases/new").text))
            let community = try #require(try world.database.areas().first { $0.level == .community }).id
            let before = try world.database.counts()
            let broken: [(change: (inout [String: String]) -> Void, says: String)] = [
                ({ $0["referralNumber"] = " " }, "公安或法院转来的案件需要填写转办编号。"),
                ({ $0["party0.name"] = ""; $0["party1.name"] = "" }, "请至少填写一位当事人的姓名或名称。"),
                ({ $0["petitions"] = "-2" }, "“信访次数”须为不小于0的整数。"),
                ({ $0["deadline"] = "12/31/2026" }, "“期限”须为日期，如2026-12-31。"),
                ({ $0["summary"] = "" }, "请填写“案情”。"),
                ({ $0["deadline"] = TestTime.today.adding(days: -1).description }, "“期限”不能早于今天。"),
                ({ $0["party0.identity"] = "12345" }, "“12345”不是18位身份证号。"),
            ]
            for (change, says) in broken {
                var form = Self.filled(csrf: csrf, community: community)
                change(&form)
                let refused = try await browser.go(.post, "/cases/new", form: form)
                #expect(refused.status == .unprocessableContent && refused.text.contains(says), "\(says)")
                #expect(refused.text.contains(#"<option value="NEIGHBOR" selected>"#) && refused.text.contains(#"value="XG-JD-2026-0457""#)
                    || form["referralNumber"] == " ", "the form comes back as it was filled")
            }
            #expect(try world.database.counts() == before, "nothing is stored from a refused form")

            var expert = try await Browser.loggedIn("expert", client: client)
            #expect(try await expert.go(.get, "/cases/new").status == .forbidden)
        }
    }
}

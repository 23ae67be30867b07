import Domain
import Foundation
import Matching
import Services
import TestSupport
import Testing
@testable import Web

/// The core's explanations (triage signals, why-not answers, scheduling reasons, empty seats) are shown in the
/// reader's language, not only the labels around them.
@Suite struct LanguagePageTests {
    /// The text of every `<tag class="name">…</tag>` of the page, entities undone.
    static func texts(of name: String, tag: String, in page: String) -> [String] {
        page.components(separatedBy: #"<\#(tag) class="\#(name)">"#).dropFirst().map { part in
            String(part.prefix { $0 != "<" }).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    @Test func theCasePageExplainsInChineseOrEnglishAsTheReaderChose() async throws {
        try await APIWorld.withClient { world, client in
            let dispute = try world.takeIn(difficulty: .difficult) { $0.escalationRisk = true; $0.priorMediations = 2 }
            var browser = try await Browser.loggedIn("coordinator", client: client)
            let page = try await browser.go(.get, "/cases/\(dispute.id)")
            #expect(page.text.contains("分级依据: 此前2次调解未成；有矛盾激化风险"))

            let recommendation = try MatchingService(database: world.database).recommend(dispute.id, today: TestTime.today).recommendation
            for expert in try world.database.experts().prefix(20) where !recommendation.panel.contains(expert.id) {
                let answers = Self.texts(of: "answer", tag: "pre", in: try await browser.go(.get, "/cases/\(dispute.id)?whyNot=\(expert.id)").text)
                let answer = try #require(answers.first)
                #expect(hasChinese(answer) && englishWords(in: answer).isEmpty, "untranslated: \(answer)")
            }

            let confirm = Browser.form("/cases/\(dispute.id)/assign", in: page.text)
            #expect(try await browser.go(.post, "/cases/\(dispute.id)/assign", form: confirm).status == .seeOther)
            let scheduling = try await browser.go(.get, "/cases/\(dispute.id)")
            let options = try SchedulingService(database: world.database).options(for: dispute.id, now: APIWorld.now, language: .zh)
            if let noSlot = options.noSlot {
                #expect(Self.texts(of: "error", tag: "p", in: scheduling.text).contains(noSlot) && englishWords(in: noSlot).isEmpty)
            } else {
                let reasons = options.options.flatMap(\.reasons)
                #expect(reasons.allSatisfy { hasChinese($0) && englishWords(in: $0).isEmpty } && reasons.allSatisfy(scheduling.text.contains))
                #expect(scheduling.text.contains(options.options[0].session.timeText(in: .zh)))
            }

            browser.cookies["fengqiao_lang"] = "en"
            let english = try await browser.go(.get, "/cases/\(dispute.id)?whyNot=E-9999")
            #expect(english.text.contains("Triage: 2 earlier mediations failed; risk of escalation"))
            #expect(Self.texts(of: "answer", tag: "pre", in: english.text) == ["There is no expert E-9999."])
            let englishOptions = try SchedulingService(database: world.database).options(for: dispute.id, now: APIWorld.now)
            #expect(english.text.contains(englishOptions.noSlot ?? englishOptions.options[0].reasons[0]))
        }
    }

    @Test func theBatchPreviewSaysWhyASeatStaysEmptyInTheReadersLanguage() async throws {
        try await APIWorld.withClient { world, client in
            // A psychologist's seat that no one can take: every psychologist is switched off.
            for var expert in try world.database.experts() where expert.roles.contains(.psychologist) {
                expert.isActive = false
                try world.database.updateExpert(expert)
            }
            _ = try world.takeIn(difficulty: .difficult)
            let plan = try QueueAssignment(database: world.database).plan(today: TestTime.today)
            let empty = try #require(plan.emptySeats.first { $0.role == .psychologist }, "a difficult neighbour case has a psychologist's seat")

            var browser = try await Browser.loggedIn("coordinator", client: client)
            let chinese = try await browser.go(.get, "/queue/assign").text
            #expect(chinese.contains(empty.reason(in: .zh) + "；补足办法：" + empty.relaxation(in: .zh)))
            #expect(empty.reason(in: .zh).hasPrefix("所有心理咨询师均被排除（停用或休假 "))
            browser.cookies["fengqiao_lang"] = "en"
            let english = try await browser.go(.get, "/queue/assign").text
            #expect(english.contains(empty.reason + "; to fill it, " + empty.relaxation))
        }
    }
}

@Suite struct NotFoundPageTests {
    @Test func anUnknownAddressIsAPageForABrowserAndProblemDetailsForTheAPI() async throws {
        try await APIWorld.withClient { _, client in
            var browser = try await Browser.loggedIn("coordinator", client: client)
            let page = try await browser.go(.get, "/casess/C-2026-00001")
            #expect(page.status == .notFound && page.contentType?.hasPrefix("text/html") == true)
            #expect(page.text.contains("<h1>未找到</h1>") && page.text.contains("这个地址没有页面"))
            #expect(page.text.contains(#"action="/logout""#), "the reader is still signed in on the page")
            browser.cookies["fengqiao_lang"] = "en"
            #expect(try await browser.go(.get, "/nowhere").text.contains("<h1>Not found</h1>"))

            for (path, accept) in [("/api/v1/nowhere", browser.accept), ("/nowhere", "application/json"), ("/nowhere", "*/*")] {
                browser.accept = accept
                let problem = try await browser.go(.get, path)
                #expect(problem.status == .notFound && problem.contentType == "application/problem+json", "\(path) \(accept)")
            }
        }
    }
}

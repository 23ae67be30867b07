import Domain
import Foundation
import Hummingbird
import Services
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

/// A browser's view: cookies kept between requests, forms posted as a browser posts them.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var language: String?
    /// What a browser accepts when it follows a link.
    var accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

    mutating func go(_ method: HTTPRequest.Method, _ path: String, form: [String: String]? = nil) async throws -> Answer {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let language { headers[.acceptLanguage] = language }
        headers[.accept] = accept
        if form != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let body = form.map { fields in
            fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }
                .joined(separator: "&")
        }
        let answer = try await client.send(method, path, headers: headers, body: body)
        for header in answer.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            let value = pair.count == 2 ? pair[1] : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = value }
        }
        return answer
    }

    /// The value of the hidden `name` field of the page.
    static func hidden(_ name: String, in page: String) -> String? {
        guard let range = page.range(of: #"name="\#(name)" value=""#) else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The hidden fields of the page's form that posts to `action`, as the browser would send them.
    static func form(_ action: String, in page: String) -> [String: String] {
        guard let start = page.range(of: #"action="\#(action)""#) else { return [:] }
        let form = page[start.upperBound...].components(separatedBy: "</form>")[0]
        var fields: [String: String] = [:]
        for input in form.components(separatedBy: #"<input type="hidden" name=""#).dropFirst() {
            let name = String(input.prefix { $0 != "\"" })
            if let value = input.range(of: #" value=""#).map({ String(input[$0.upperBound...].prefix { $0 != "\"" }) }) { fields[name] = value }
        }
        return fields
    }

    /// A browser that has logged in as `username`.
    static func loggedIn(_ username: String, client: any TestClientProtocol) async throws -> Browser {
        var browser = Browser(client: client)
        let status = try await browser.logIn(username).status
        #expect(status == .seeOther)
        return browser
    }

    mutating func logIn(_ username: String, password: String = APIWorld.password) async throws -> Answer {
        let page = try await go(.get, "/login")
        return try await go(.post, "/login", form: [
            "username": username, "password": password, "csrf": Self.hidden("csrf", in: page.text) ?? "", "next": "/queue",
        ])
    }
}

@Suite struct PageTests {
    @Test func aCoordinatorLogsInSeesTheQueueMostUrgentFirstAndLogsOut() async throws {
        try await APIWorld.withClient { world, client in
            var browser = Browser(client: client)
            let login = try await browser.logIn("coordinator")
            #expect(login.status == .seeOther && login.headers[.location] == "/queue")
            let cookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("fengqiao_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))

            let queue = try await browser.go(.get, "/queue")
            #expect(queue.status == .ok && queue.contentType?.hasPrefix("text/html") == true)
            let open = try world.database.cases(CaseFilter.open)
            let overdue = open.filter { $0.isOverdue(on: TestTime.today) }
            #expect(!overdue.isEmpty)
            #expect(queue.text.components(separatedBy: #"<tr class="overdue""#).count - 1 == overdue.count)
            let rows = queue.text.components(separatedBy: #"data-case=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(rows.count == open.count)
            #expect(Set(rows.prefix(overdue.count)) == Set(overdue.map(\.id.rawValue)), "overdue cases come first")
            let byID = Dictionary(uniqueKeysWithValues: open.map { ($0.id.rawValue, $0) })
            let rest = rows.dropFirst(overdue.count).compactMap { byID[$0] }
            for (a, b) in zip(rest, rest.dropFirst()) {
                #expect(a.difficulty > b.difficulty || (a.difficulty == b.difficulty && a.deadline <= b.deadline), "\(a.id) before \(b.id)")
            }

            let forged = try await browser.go(.post, "/logout", form: ["csrf": "forged"])
            #expect(forged.status == .forbidden)
            #expect(try await browser.go(.get, "/queue").status == .ok)
            let csrf = try #require(Browser.hidden("csrf", in: queue.text))
            let logout = try await browser.go(.post, "/logout", form: ["csrf": csrf])
            #expect(logout.status == .seeOther && logout.headers[.location] == "/login")
            let after = try await browser.go(.get, "/queue")
            #expect(after.status == .seeOther && after.headers[.location]?.hasPrefix("/login?next=") == true)
        }
    }

    @Test func aLoginFormFromElsewhereOrAWrongPasswordStartsNoSession() async throws {
        try await APIWorld.withClient { world, client in
            var browser = Browser(client: client)
            _ = try await browser.go(.get, "/login")
            let forged = try await browser.go(.post, "/login", form: [
                "username": "coordinator", "password": APIWorld.password, "csrf": "from another site",
            ])
            #expect(forged.status == .forbidden && browser.cookies["fengqiao_session"] == nil)
            let wrong = try await browser.logIn("coordinator", password: "not the password")
            #expect(wrong.status == .unauthorized && browser.cookies["fengqiao_session"] == nil)
            #expect(wrong.text.contains("用户名或密码错误"))
            #expect(try world.database.fetchTextForTesting("SELECT COUNT(*) FROM web_session") == "0")
        }
    }

    @Test func pagesFollowAcceptLanguageAndTheSwitch() async throws {
        try await APIWorld.withClient { _, client in
            var browser = Browser(client: client)
            #expect(try await browser.go(.get, "/login").text.contains(">登录<"))
            browser.language = "en-GB,en;q=0.9,zh;q=0.5"
            #expect(try await browser.go(.get, "/login").text.contains(">Log in<"))
            browser.language = "zh-CN,zh;q=0.9"
            let switched = try await browser.go(.get, "/language?to=en&back=/login")
            #expect(switched.status == .seeOther && switched.headers[.location] == "/login" && browser.cookies["fengqiao_lang"] == "en")
            #expect(try await browser.go(.get, "/login").text.contains(#"<html lang="en">"#))
            let away = try await browser.go(.get, "/language?to=zh&back=//elsewhere.example/")
            #expect(away.headers[.location] == "/")
            let split = try await browser.go(.get, "/language?to=zh&back=/queue%0D%0AX-Injected%20yes")
            #expect(split.headers[.location] == "/" && !split.headers.contains { $0.name.rawName == "X-Injected" })
        }
    }

    @Test func anExpertMayNotOpenTheQueue() async throws {
        try await APIWorld.withClient { _, client in
            var browser = try await Browser.loggedIn("expert", client: client)
            #expect(try await browser.go(.get, "/queue").status == .forbidden)
            #expect(try await browser.go(.get, "/").status == .ok)
        }
    }
}

@Suite struct CasePageTests {
    @Test(arguments: [Difficulty.ordinary, .difficult])
    func aCoordinatorConfirmsAPanelAndBooksItsSession(_ difficulty: Difficulty) async throws {
        try await APIWorld.withClient { world, client in
            let dispute = try world.takeIn(difficulty: difficulty)
            var browser = Browser(client: client)
            _ = try await browser.logIn("coordinator")

            let page = try await browser.go(.get, "/cases/\(dispute.id)")
            #expect(page.status == .ok)
            let recommendation = try MatchingService(database: world.database).recommend(dispute.id, today: TestTime.today).recommendation
            for seat in recommendation.seats {
                #expect(page.text.contains(#"data-seat="\#(seat.seat)""#))
                if let chosen = seat.chosen { #expect(page.text.contains(#"data-expert="\#(chosen.expertID)""#)) }
            }
            #expect(page.text.contains(#"class="bar""#) && page.text.contains("专业"))
            let csrf = try #require(Browser.hidden("csrf", in: page.text))

            let outsider = try world.database.experts().first { !recommendation.panel.contains($0.id) }!
            let whyNot = try await browser.go(.get, "/cases/\(dispute.id)?whyNot=\(outsider.id)")
            #expect(whyNot.text.contains(#"class="answer""#) && whyNot.text.contains(outsider.id.rawValue))

            var shown = Browser.form("/cases/\(dispute.id)/assign", in: page.text)
            #expect(shown.filter { $0.key.hasPrefix("seat.") } == Dictionary(uniqueKeysWithValues: recommendation.seats.compactMap { seat in
                seat.chosen.map { ("seat.\(seat.seat)", $0.expertID.rawValue) } }), "the form carries the panel the page shows")
            shown["csrf"] = "forged"
            let forged = try await browser.go(.post, "/cases/\(dispute.id)/assign", form: shown)
            #expect(forged.status == .forbidden)
            shown["csrf"] = csrf
            shown["seat.0"] = recommendation.seats[0].alternates.first?.expertID.rawValue ?? "E-9999"
            let stale = try await browser.go(.post, "/cases/\(dispute.id)/assign", form: shown)
            #expect(stale.status == .conflict && stale.text.contains("的推荐小组在页面显示后有变化（第0席现推荐\(recommendation.seats[0].chosen!.expertID)）"))
            #expect(try world.database.assignments(caseID: dispute.id).isEmpty)
            let confirmed = try await browser.go(.post, "/cases/\(dispute.id)/assign", form: Browser.form("/cases/\(dispute.id)/assign", in: page.text))
            #expect(confirmed.status == .seeOther && confirmed.headers[.location] == "/cases/\(dispute.id)?done=assigned")
            let offers = try world.database.assignments(caseID: dispute.id)
            #expect(offers.map(\.expertID).sorted() == recommendation.panel.sorted())

            let assigned = try await browser.go(.get, "/cases/\(dispute.id)?done=assigned")
            #expect(assigned.text.contains("邀请已发出"))
            let options = try SchedulingService(database: world.database).options(for: dispute.id, now: APIWorld.now, language: .zh)
            #expect(difficulty == .difficult || options.noSlot == nil, "a one-seat panel finds a slot in the Xigang data")
            if let noSlot = options.noSlot {
                // The panel the data gives may never be free together; the page says so, and there is nothing to book.
                #expect(assigned.text.contains(noSlot.replacingOccurrences(of: "&", with: "&amp;")))
                return
            }
            #expect(assigned.text.contains(#"action="/cases/\#(dispute.id)/book""#))
            let booked = try await browser.go(.post, "/cases/\(dispute.id)/book", form: ["csrf": csrf, "choice": "0"])
            #expect(booked.status == .seeOther)
            let session = try #require(try world.database.sessions(caseID: dispute.id).first)
            let scheduled = try await browser.go(.get, "/cases/\(dispute.id)").text
            let venue = try #require(try world.database.venues().first { $0.id == session.venueID })
            #expect(scheduled.contains(#"<tr data-session="\#(session.id)"><td>\#(session.timeText(in: .zh))</td><td>\#(venue.name)</td>"#))
            let lead = try #require(try world.database.expert(recommendation.panel[0]))
            #expect(scheduled.contains("<td>\(lead.name) \(lead.id)</td>"), "the panel names its experts")
        }
    }

    @Test func aRefusedOverrideIsShownOnThePageWithItsReason() async throws {
        try await APIWorld.withClient { world, client in
            let dispute = try world.takeIn(difficulty: .ordinary)
            var browser = Browser(client: client)
            _ = try await browser.logIn("coordinator")
            let csrf = try #require(Browser.hidden("csrf", in: try await browser.go(.get, "/cases/\(dispute.id)").text))
            let refused = try await browser.go(.post, "/cases/\(dispute.id)/override", form: [
                "csrf": csrf, "seat": "0", "expert": "E-9999", "reason": "the family asked for her",
            ])
            #expect(refused.status == .notFound && refused.contentType?.hasPrefix("text/html") == true)
            #expect(refused.text.contains(#"<p class="error" role="alert">没有编号为E-9999的专家。</p>"#))
            let outsider = try #require(try world.database.experts().first { !$0.roles.contains(.mediator) })
            let excluded = try await browser.go(.post, "/cases/\(dispute.id)/override", form: [
                "csrf": csrf, "seat": "0", "expert": outsider.id.rawValue, "reason": "家属点名",
            ])
            #expect(excluded.status == .unprocessableContent)
            #expect(excluded.text.contains("\(outsider.id)不能担任案件\(dispute.id)第0席：此席位需要调解员，其身份为"))
            let unexplained = try await browser.go(.post, "/cases/\(dispute.id)/override", form: [
                "csrf": csrf, "seat": "0", "expert": "E-0001", "reason": " ",
            ])
            #expect(unexplained.status == .unprocessableContent && unexplained.text.contains("人工指定专家需要填写理由。"))
            #expect(try world.database.assignments(caseID: dispute.id).isEmpty)
        }
    }
}

extension APIWorld {
    /// A new neighbour dispute at intake, in the community of the expert user's first session.
    func takeIn(difficulty: Difficulty, _ adjust: (inout CaseDraft) -> Void = { _ in }) throws -> DisputeCase {
        let community = try database.dispute(try database.sessions(expertID: expertID)[0].caseID)!.communityID
        var draft = CaseDraft(type: .neighbor, difficulty: difficulty, source: .walkIn, communityID: community,
            summary: "楼上漏水，双方就维修费用发生争执。",
            parties: [.new(kind: .person, name: "住户", identity: nil, organisation: nil, role: .applicant)], openedOn: TestTime.today)
        adjust(&draft)
        return try CaseIntake(database: database).add(draft)
    }
}

@Suite struct BatchPageTests {
    @Test func theQueueIsPreviewedThenCommittedAsOffers() async throws {
        try await APIWorld.withClient { world, client in
            let waiting = try (0..<3).map { _ in try world.takeIn(difficulty: .ordinary) }
            var browser = Browser(client: client)
            _ = try await browser.logIn("coordinator")
            let preview = try await browser.go(.get, "/queue/assign")
            let plan = try QueueAssignment(database: world.database).plan(today: TestTime.today)
            #expect(preview.status == .ok && preview.text.contains(#"<strong id="filled">\#(plan.filledSeats)</strong>"#))
            for dispute in waiting { #expect(preview.text.contains(#"data-placement="\#(dispute.id):0""#)) }
            #expect(try waiting.allSatisfy { try world.database.assignments(caseID: $0.id).isEmpty }, "a preview stores nothing")

            let csrf = try #require(Browser.hidden("csrf", in: preview.text))
            let committed = try await browser.go(.post, "/queue/assign", form: ["csrf": csrf])
            #expect(committed.status == .seeOther && committed.headers[.location] == "/queue/assign?stored=\(plan.filledSeats)")
            #expect(try waiting.allSatisfy { try !world.database.assignments(caseID: $0.id).isEmpty })
        }
    }

    @Test func aPageRefusedIsAnHTMLPageInTheReadersLanguage() async throws {
        try await APIWorld.withClient { _, client in
            var browser = Browser(client: client)
            _ = try await browser.logIn("expert")
            let refused = try await browser.go(.get, "/queue/assign")
            #expect(refused.status == .forbidden && refused.contentType?.hasPrefix("text/html") == true)
            #expect(refused.text.contains("<h1>无权操作</h1>") && refused.text.contains("此页面仅供协调员或管理员使用。"))
            #expect(refused.text.contains(#"<html lang="zh">"#))
        }
    }
}

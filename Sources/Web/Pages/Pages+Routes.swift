import Domain
import Foundation
import Hummingbird
import Services
import Store

/// The pages: server-rendered HTML with plain forms, in Chinese or English.
struct PageRoutes: Sendable {
    let database: AppDatabase
    let clock: APIClock
    let renderer: PageRenderer
    let logins: LoginGate
    /// Whether the session cookie carries `Secure`.
    let secureCookies: Bool
    /// How long a page session lasts.
    let sessionLifetime: TimeInterval = 12 * 3600

    /// The paths the pages answer, which the OpenAPI document (of the API) leaves out.
    static let paths = ["/", "/login", "/logout", "/language", "/queue", "/cases/:case", "/cases/:case/assign", "/cases/:case/override",
        "/cases/:case/book", "/offers", "/offers/:offer/accept", "/offers/:offer/decline", "/calendar", "/calendar/link",
        "/calendar/link/revoke", "/availability",
        "/availability/leave", "/admin/weights", "/admin/weights/:version/activate", "/admin/users", "/admin/users/:user/active",
        "/admin/audit", "/reports", "/queue/assign", "/cases/new"]

    struct LoginForm: Decodable {
        var username: String
        var password: String
        var csrf: String
        var next: String?
    }

    struct CSRFForm: Decodable {
        var csrf: String
    }

    func add(to router: Router<APIContext>) {
        let pages = router.group().add(middleware: PageSessionMiddleware(database: database, clock: clock, renderer: renderer))
        pages.get("/") { request, context -> Response in
            let session = try context.reader(of: request)
            let text = Strings.table(context.language)[homeText(session.user.role)] ?? ""
            return renderer.page("home", ["homeText": text], context: context, request: request)
        }
        pages.get("/login") { request, context in
            loginPage(request: request, context: context, failed: false)
        }
        pages.post("/login") { request, context -> Response in
            let form = try await request.form(LoginForm.self)
            guard let expected = request.cookies[Self.loginCSRFCookie]?.value, constantTimeEquals(form.csrf, expected) else {
                return loginPage(request: request, context: context, failed: true, status: .forbidden)
            }
            let user: User
            switch try await logins.check(username: form.username, password: form.password, address: context.clientAddress) {
            case let .user(found): user = found
            case .refused: return loginPage(request: request, context: context, failed: true, status: .unauthorized)
            case let .throttled(seconds):
                var page = loginPage(request: request, context: context, failed: false, throttled: seconds, status: .tooManyRequests)
                page.headers[.retryAfter] = String(seconds)
                return page
            }
            let now = try clock.now().instant
            let (cookie, _) = try database.startWebSession(for: user.id, expiresAt: now.addingTimeInterval(sessionLifetime),
                audit: AuditContext(at: now, actor: FengqiaoAPI.actor(user), reason: "logged in to the pages"))
            return .seeOther(Self.safePath(form.next) ?? "/", cookies: [
                Cookie(name: PageSessionMiddleware.cookie, value: cookie, maxAge: Int(sessionLifetime), path: "/", secure: secureCookies,
                    httpOnly: true, sameSite: .lax),
                Cookie(name: Self.loginCSRFCookie, value: "", maxAge: 0, path: "/login", secure: secureCookies, httpOnly: true, sameSite: .strict),
            ])
        }
        pages.post("/logout") { request, context -> Response in
            let session = try context.reader(of: request)
            try context.checkCSRF(try await request.form(CSRFForm.self).csrf)
            if let cookie = request.cookies[PageSessionMiddleware.cookie]?.value {
                try database.endWebSession(cookie: cookie, audit: AuditContext(at: try clock.now().instant,
                    actor: FengqiaoAPI.actor(session.user), reason: "logged out of the pages"))
            }
            return .seeOther("/login", cookies: [Cookie(name: PageSessionMiddleware.cookie, value: "", maxAge: 0, path: "/", secure: secureCookies,
                httpOnly: true, sameSite: .lax)])
        }
        pages.get("/language") { request, _ -> Response in
            let language = request.uri.queryParameters.get("to").flatMap(TextLanguage.init(rawValue:)) ?? .zh
            return .seeOther(Self.safePath(request.uri.queryParameters.get("back")) ?? "/", cookies: [
                Cookie(name: PageSessionMiddleware.languageCookie, value: language.rawValue, maxAge: 365 * 86_400, path: "/", sameSite: .lax),
            ])
        }
        addCasePages(to: pages)
        addExpertPages(to: pages)
        addAdministratorPages(to: pages)
        addReportPages(to: pages)
        addBatchPages(to: pages)
        addIntakePages(to: pages)
        pages.get("/queue") { request, context -> Response in
            let session = try context.reader(of: request, roles: .office)
            var data = try queue(language: context.language)
            data["canTakeIn"] = session.user.role == .coordinator
            return renderer.page("queue", data, context: context, request: request)
        }
    }

    static let loginCSRFCookie = "fengqiao_login"

    /// The login form; after too many failed logins it says, in the reader's language, how many minutes to wait.
    private func loginPage(request: Request, context: APIContext, failed: Bool, throttled seconds: Int? = nil,
        status: HTTPResponse.Status = .ok) -> Response
    {
        let token = BearerToken.generate()
        var data: [String: Any] = [
            "loginCSRF": token, "failed": failed, "next": Self.safePath(request.uri.queryParameters.get("next")) ?? "/",
        ]
        if let seconds { data["throttled"] = Strings.text("loginThrottled", in: context.language, String((seconds + 59) / 60)) }
        var response = renderer.page("login", data, context: context, request: request, status: status)
        response.setCookie(Cookie(name: Self.loginCSRFCookie, value: token, path: "/login", secure: secureCookies, httpOnly: true,
            sameSite: .strict))
        return response
    }

    private func homeText(_ role: User.Role) -> String {
        switch role {
        case .coordinator: "homeCoordinator"
        case .expert: "homeExpert"
        case .administrator: "homeAdministrator"
        }
    }

    /// The open cases, most urgent first: overdue ones, then by the scheduler's priority weight (major before
    /// difficult before ordinary), then by deadline.
    private func queue(language: TextLanguage) throws -> [String: Any] {
        let today = try clock.now().today
        let policy = SchedulingPolicy()
        let names = Dictionary(uniqueKeysWithValues: try database.areas().map { ($0.id, $0.nameZh) })
        let cases = try database.cases(CaseFilter.open)
            .map { (dispute: $0, overdue: $0.isOverdue(on: today) ? 1 : 0, weight: policy.weight(of: $0, today: today)) }
            .sorted { ($1.overdue, $1.weight, $0.dispute.deadline, $0.dispute.id) < ($0.overdue, $0.weight, $1.dispute.deadline, $1.dispute.id) }
        let t = Strings.table(language)
        return [
            "cases": cases.map { item -> [String: Any] in
                let c = item.dispute
                return [
                    "id": c.id.rawValue, "type": c.type.name(in: language),
                    "difficulty": c.difficulty.name(in: language),
                    "difficultyCode": c.difficulty.rawValue, "status": t["status." + c.status.rawValue] ?? c.status.rawValue,
                    "community": names[c.communityID] ?? c.communityID.rawValue, "opened": c.openedOn.description,
                    "deadline": c.deadline.description, "overdue": item.overdue == 1, "priority": item.weight,
                ]
            },
            "count": cases.count,
        ]
    }

    /// Runs a form's change and follows it with a GET of the page it names; a refused change is shown on
    /// `page` with its reason (in `language` when the error can say it so) and status instead, and nothing of it is stored.
    func redirecting(in language: TextLanguage, _ change: () throws -> String,
        orShowing page: (_ error: String, _ status: HTTPResponse.Status) throws -> Response) throws -> Response
    {
        do {
            return .seeOther(try change())
        } catch {
            guard let problem = Problem(error, in: language) else { throw error }
            return try page(problem.detail, .init(code: problem.status))
        }
    }

    /// A path on this site (`/queue`), never another site's address, for redirects after a form.
    static func safePath(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), !text.contains(":"),
            text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return nil }
        return text
    }
}

import Domain
import Foundation
import Hummingbird
import Store

/// Reads the page session cookie and the reader's language for every page. A page that needs someone
/// signed in sends the others to the login page.
struct PageSessionMiddleware: RouterMiddleware {
    typealias Context = APIContext
    static let cookie = "fengqiao_session"
    static let languageCookie = "fengqiao_lang"
    let database: AppDatabase
    let clock: APIClock
    let renderer: PageRenderer

    func handle(_ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response) async throws -> Response {
        let context = try reading(request, context)
        do {
            return try await next(request, context)
        } catch let redirect as PageRedirect {
            throw redirect
        } catch {
            // A page's error is a page too, in the reader's language; the problem middleware logs the unexpected.
            guard let problem = Problem(error, in: context.language) else { throw error }
            return errorPage(problem, request: request, context: context)
        }
    }

    /// The context with the reader's language and, when the cookie names a live session, who they are.
    func reading(_ request: Request, _ context: APIContext) throws -> APIContext {
        var context = context
        context.language = TextLanguage.negotiate(cookie: request.cookies[Self.languageCookie]?.value,
            acceptLanguage: request.headers[.acceptLanguage])
        if let cookie = request.cookies[Self.cookie]?.value, let session = try database.webSession(cookie: cookie, at: try clock.now().instant) {
            context.webSession = session
            context.identity = session.user
            context.trail.caller.withLock { $0 = "\(session.user.id) (\(session.user.role.rawValue))" }
        }
        return context
    }

    /// The refusal as a page: what went wrong in the reader's words, then the detail.
    func errorPage(_ problem: Problem, request: Request, context: APIContext) -> Response {
        let t = Strings.table(context.language)
        return renderer.page("error", ["status": problem.status, "heading": t["http\(problem.status)"] ?? problem.title, "detail": problem.detail],
            context: context, request: request, status: .init(code: problem.status))
    }
}

/// An address that is neither a page nor an API route answers a browser with an HTML page in the reader's
/// language; API clients, and anyone under `/api/`, keep problem details.
struct PageNotFoundMiddleware: RouterMiddleware {
    typealias Context = APIContext
    let pages: PageSessionMiddleware

    func handle(_ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && Self.wantsPage(request) {
            let context = try pages.reading(request, context)
            return pages.errorPage(Problem(status: .notFound, detail: Strings.text("noSuchPage", in: context.language)), request: request,
                context: context)
        }
    }

    /// A browser asking for a page: HTML accepted, and not an address of the API or the service.
    static func wantsPage(_ request: Request) -> Bool {
        let path = request.uri.path
        return !path.hasPrefix("/api/") && !["/healthz", "/metrics", "/openapi.json"].contains(path)
            && request.headers[values: .accept].contains { $0.contains("text/html") }
    }
}

extension APIContext {
    /// The signed-in reader of a page, when their role may see it; else a redirect to log in, or a 403.
    func reader(of request: Request, roles: Set<User.Role> = Set(User.Role.allCases)) throws -> WebSession {
        guard let webSession else { throw PageRedirect(location: "/login?next=" + (request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")) }
        guard roles.contains(webSession.user.role) else {
            let names = User.Role.allCases.filter(roles.contains).map { $0.name(in: language) }
            throw Problem(status: .forbidden, detail: Strings.text("forbiddenFor", in: language, names.joined(separator: Strings.text("or", in: language))))
        }
        return webSession
    }

    /// The reason a form gave, or a 422 in the reader's language (the sentence `key`) when it is blank.
    func reason(_ text: String, or key: String) throws -> String {
        let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw Problem(status: .unprocessableContent, detail: Strings.text(key, in: language), field: "reason") }
        return reason
    }

    /// Refuses a form that does not carry this session's CSRF token.
    func checkCSRF(_ token: String?) throws {
        guard let expected = webSession?.csrfToken, let token, constantTimeEquals(token, expected) else {
            throw Problem(status: .forbidden, detail: Strings.text("formExpired", in: language), field: "csrf")
        }
    }
}

/// Compares two secrets in time that depends only on their length.
func constantTimeEquals(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
}

/// Thrown by a page that needs a login; the problem middleware answers it with a redirect.
struct PageRedirect: Error {
    let location: String
}

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
        var context = context
        context.language = PageLanguage.negotiate(cookie: request.cookies[Self.languageCookie]?.value,
            acceptLanguage: request.headers[.acceptLanguage])
        if let cookie = request.cookies[Self.cookie]?.value, let session = try database.webSession(cookie: cookie, at: try clock.now().instant) {
            context.webSession = session
            context.identity = session.user
            context.trail.caller.withLock { $0 = "\(session.user.id) (\(session.user.role.rawValue))" }
        }
        do {
            return try await next(request, context)
        } catch let redirect as PageRedirect {
            throw redirect
        } catch {
            // A page's error is a page too, in the reader's language; the problem middleware logs the unexpected.
            guard let problem = Problem(error) else { throw error }
            return renderer.page("error", ["status": problem.status, "detail": problem.detail], context: context, request: request,
                status: .init(code: problem.status))
        }
    }
}

extension APIContext {
    /// The signed-in reader of a page, when their role may see it; else a redirect to log in, or a 403.
    func reader(of request: Request, roles: Set<User.Role> = Set(User.Role.allCases)) throws -> WebSession {
        guard let webSession else { throw PageRedirect(location: "/login?next=" + (request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")) }
        guard roles.contains(webSession.user.role) else { throw Problem.forbidden(webSession.user, needs: roles) }
        return webSession
    }

    /// Refuses a form that does not carry this session's CSRF token.
    func checkCSRF(_ token: String?) throws {
        guard let expected = webSession?.csrfToken, let token, constantTimeEquals(token, expected) else {
            throw Problem(status: .forbidden, detail: "The form had expired or came from elsewhere; reload the page and try again.", field: "csrf")
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

import Domain
import Hummingbird
import HummingbirdAuth
import Store

/// The context of one API request: who sent it, once the bearer token is checked.
public struct APIContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: User?
    /// The token the request came with, so the caller can revoke it.
    public var bearerToken: String?
    /// The `feed` query parameter: a calendar feed secret, which only an expert's `.ics` route accepts.
    var feedSecret: String?
    /// The client's IP address, which failed logins are counted by; nil when there is no socket (tests).
    let clientAddress: String?
    /// A page's session, from its cookie; nil for API requests, which carry bearer tokens instead.
    var webSession: WebSession?
    /// The language a page is written in.
    var language: TextLanguage = .zh
    /// Shared with the request log, which sits outside the authenticator.
    let trail = RequestTrail()

    public init(source: Source) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The caller; the endpoint's access check has already refused anonymous requests.
    func caller() throws -> User {
        guard let identity else { throw Problem.unauthorized }
        return identity
    }

    /// A path parameter, such as `case` in `/cases/{case}`.
    func path(_ name: String) throws -> String {
        guard let value = parameters.get(name), !value.isEmpty else {
            throw Problem(status: .badRequest, detail: "The path needs a \(name).", field: name)
        }
        return value
    }
}

/// Finds the user behind an `Authorization: Bearer …` header. An unknown, revoked or expired token is
/// refused at once rather than treated as anonymous, so a client learns its token is no good.
struct TokenAuthenticator: AuthenticatorMiddleware {
    typealias Context = APIContext
    let database: AppDatabase
    let clock: APIClock

    func authenticate(request: Request, context: APIContext) async throws -> User? {
        guard let token = Self.token(of: request) else { return nil }
        guard let user = try database.user(bearerToken: token, at: try clock.now().instant) else {
            throw Problem(status: .unauthorized, detail: "The bearer token is unknown, revoked or expired; ask for a new one at POST /api/v1/tokens.",
                field: "Authorization")
        }
        return user
    }

    /// The bearer token, from the Authorization header only: a token in a link would leak with it.
    static func token(of request: Request) -> String? {
        request.headers.bearer?.token
    }

    func handle(_ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response) async throws -> Response {
        var context = context
        context.feedSecret = request.uri.queryParameters.get("feed").map { String($0) }
        context.identity = try await authenticate(request: request, context: context)
        if let user = context.identity {
            context.bearerToken = Self.token(of: request)
            context.trail.caller.withLock { $0 = "\(user.id) (\(user.role.rawValue))" }
        }
        return try await next(request, context)
    }
}

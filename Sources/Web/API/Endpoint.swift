import Domain
import Hummingbird

/// One route of the API: what it does, who may call it, what it takes and answers, and the handler. The
/// router and the OpenAPI document are both built from the list of endpoints, so neither drifts.
struct Endpoint: Sendable {
    enum Access: Sendable {
        case anyone
        case roles(Set<User.Role>)
        /// These roles with a bearer token, or a calendar app with the `feed` secret, which the handler checks.
        case rolesOrFeed(Set<User.Role>)
    }

    /// A query parameter, documented and read by the handler with `request.query`.
    struct Parameter: Sendable {
        var name: String
        var schema: JSON
        var description: String
    }

    enum Success: Sendable {
        /// A JSON answer with this status and schema.
        case json(HTTPResponse.Status, JSON)
        /// A text answer, such as a CSV file or a calendar.
        case text(contentType: String, description: String)
        case noContent
    }

    var method: HTTPRequest.Method
    /// In OpenAPI form, `/cases/{case}`, below `/api/v1` unless it starts with `/` outside it (see `isRoot`).
    var path: String
    var access: Access
    var tag: String
    var summary: String
    var query: [Parameter] = []
    var body: JSON?
    var success: Success
    /// Problems besides the ones every endpoint may answer (400, 401, and 403 and 404 where they apply).
    var refusals: [HTTPResponse.Status] = []
    /// Field names the layers below use that this endpoint's body calls otherwise (`community` → `communityID`).
    var fieldNames: [String: String] = [:]
    var handle: @Sendable (Request, APIContext) async throws -> Response

    /// The path parameters, in order: `case` in `/cases/{case}`.
    var pathParameters: [String] {
        path.split(separator: "/").compactMap { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? String(part.dropFirst().dropLast()) : nil
        }
    }

    /// The same path in the router's syntax, `/cases/:case`.
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : String(part)
        }.joined(separator: "/")
    }

    var allowedRoles: Set<User.Role> {
        switch access {
        case .anyone: Set(User.Role.allCases)
        case let .roles(roles), let .rolesOrFeed(roles): roles
        }
    }

    /// Every problem status this endpoint may answer.
    var problemStatuses: [HTTPResponse.Status] {
        var statuses: [HTTPResponse.Status] = [.badRequest, .unauthorized]
        if case .anyone = access {} else { statuses.append(.forbidden) }
        if !pathParameters.isEmpty { statuses.append(.notFound) }
        if body != nil { statuses.append(.contentTooLarge) }
        for status in refusals where !statuses.contains(status) { statuses.append(status) }
        return statuses.sorted { $0.code < $1.code }
    }

    /// Refuses a caller who is not logged in (401) or whose role may not call this endpoint (403).
    func authorize(_ context: APIContext) throws {
        let roles: Set<User.Role>
        switch access {
        case .anyone: return
        case let .rolesOrFeed(allowed) where context.feedSecret == nil || context.identity != nil: roles = allowed
        case .rolesOrFeed: return
        case let .roles(allowed): roles = allowed
        }
        let user = try context.caller()
        guard roles.contains(user.role) else { throw Problem.forbidden(user, needs: roles) }
    }
}

extension Router where Context == APIContext {
    /// Adds every endpoint below `prefix`, each behind its access check.
    func add(_ endpoints: [Endpoint], prefix: String) {
        for endpoint in endpoints {
            on(RouterPath(prefix + endpoint.routerPath), method: endpoint.method) { request, context in
                try endpoint.authorize(context)
                do {
                    return try await endpoint.handle(request, context)
                } catch {
                    guard var problem = Problem(error), let field = problem.field, let renamed = endpoint.fieldNames[field] else { throw error }
                    problem.field = renamed
                    throw problem
                }
            }
        }
    }
}

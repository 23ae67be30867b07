import Domain
import Foundation
import Hummingbird
import Logging
import Matching
import Services

/// An error as RFC 9457 problem details (`application/problem+json`), naming the field at fault when there is one.
public struct Problem: Error, Sendable, Encodable {
    public var type = "about:blank"
    public var title: String
    public var status: Int
    public var detail: String
    /// The request field, query parameter, path parameter or header at fault.
    public var field: String?
    /// Seconds to wait before trying again, sent as the Retry-After header (with 429).
    public var retryAfter: Int?

    private enum CodingKeys: String, CodingKey { case type, title, status, detail, field }

    public init(status: HTTPResponse.Status, detail: String, field: String? = nil) {
        self.title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
        self.field = field
    }

    static let unauthorized = Problem(status: .unauthorized,
        detail: "This needs a bearer token: send Authorization: Bearer <token>, from POST /api/v1/tokens.", field: "Authorization")

    static func forbidden(_ user: User, needs roles: Set<User.Role>) -> Problem {
        let article = user.role == .coordinator ? "A" : "An"
        return Problem(status: .forbidden, detail: "\(article) \(user.role.rawValue) may not do this; it is for "
            + roles.map(\.rawValue).sorted().joined(separator: " or ") + ".")
    }

    /// The problem an error thrown below the web layer amounts to; nil for an unexpected error.
    init?(_ error: any Error) {
        switch error {
        case let problem as Problem:
            self = problem
        case let error as DomainError:
            switch error {
            case let .invalid(_, field, _): self.init(status: .unprocessableContent, detail: error.description, field: field)
            case let .unknownReference(_, field, _, _): self.init(status: .unprocessableContent, detail: error.description, field: field)
            case .notFound: self.init(status: .notFound, detail: error.description)
            case .duplicate, .illegalTransition, .conflict: self.init(status: .conflict, detail: error.description)
            }
        case let error as ImportError:
            self.init(status: .unprocessableContent, detail: error.reason, field: error.column)
        case let error as QueueAssignment.PanelChanged:
            self.init(status: .conflict, detail: error.text(in: .en))
        case let error as ManualAssignment.Refusal:
            self.init(status: .unprocessableContent, detail: error.description, field: "expertID")
        case let error as DecodingError:
            self.init(decoding: error)
        case let error as HTTPError:
            self.init(status: error.status, detail: error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            // Reading a body stops at 1 MiB (`Request.maximumBody`); the rest is not read.
            self.init(status: .contentTooLarge, detail: "The body is larger than 1 MiB, the most this service reads; send less.")
        default:
            return nil
        }
    }

    /// The problem as a page shows it: an error that can explain itself does so in the reader's language.
    init?(_ error: any Error, in language: TextLanguage) {
        self.init(error)
        if let explained = error as? any Explained { detail = explained.text(in: language) }
    }

    /// A body that does not decode: which field, and what was wrong with it.
    init(decoding error: DecodingError) {
        func name(_ path: [any CodingKey]) -> String? {
            path.isEmpty ? nil : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
        }
        switch error {
        case let .keyNotFound(key, context):
            let field = name(context.codingPath + [key])
            self.init(status: .badRequest, detail: "The body lacks the required field \(field ?? key.stringValue).", field: field)
        case let .typeMismatch(type, context):
            self.init(status: .badRequest, detail: "The field \(name(context.codingPath) ?? "body") should be \(Problem.describe(type)).",
                field: name(context.codingPath))
        case let .valueNotFound(type, context):
            self.init(status: .badRequest, detail: "The field \(name(context.codingPath) ?? "body") should be \(Problem.describe(type)), not null.",
                field: name(context.codingPath))
        case let .dataCorrupted(context):
            let field = name(context.codingPath)
            self.init(status: .badRequest, detail: field.map { "The field \($0) is invalid: \(context.debugDescription)" }
                ?? "The body is not valid JSON.", field: field)
        @unknown default:
            self.init(status: .badRequest, detail: "The body could not be read.")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Turns every error into problem details. An unexpected error is logged in full and answered with a 500
/// that reveals nothing of it.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let redirect as PageRedirect {
            return .seeOther(redirect.location)
        } catch {
            if let problem = Problem(error) { return problem.response() }
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return Problem(status: .internalServerError, detail: "Something went wrong on our side; it has been logged.").response()
        }
    }
}

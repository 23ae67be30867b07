import Foundation
import Hummingbird
import Logging
import Synchronization

/// What inner middleware learns about a request that the log line needs: who sent it.
final class RequestTrail: Sendable {
    let caller = Mutex<String?>(nil)
}

/// One structured line per request: method, route pattern, status, duration and the caller's user ID and
/// role. Never the concrete path, the query or the body, which may carry party names or identity numbers.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = APIContext

    func handle(_ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - started
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            context.logger.info("request", metadata: [
                "method": "\(request.method.rawValue)",
                "route": "\(context.endpointPath ?? "unmatched")",
                "status": "\(status)",
                "ms": "\(String(format: "%.1f", milliseconds))",
                "caller": "\(context.trail.caller.withLock { $0 } ?? "anonymous")",
            ])
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch {
            status = Problem(error)?.status ?? 500
            throw error
        }
    }
}

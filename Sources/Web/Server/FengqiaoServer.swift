import Domain
import Foundation
import Hummingbird
import Logging
import Metrics
import NIOCore
import Prometheus
import ServiceLifecycle
import Store

/// The HTTP service: the pages, the JSON API under `/api/v1`, `/openapi.json`, `/healthz` and `/metrics`.
public enum FengqiaoServer {
    /// The process's metrics registry; the first use bootstraps the metrics system with it, once.
    public static let metrics: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// The router with every route, its access checks and middleware. `passwordCost` is bcrypt's cost for
    /// passwords set through the API.
    public static func router(database: AppDatabase, clock: APIClock, passwordCost: UInt8 = 12, settings: ServerSettings = .init()) throws
        -> Router<APIContext>
    {
        let throttle = LoginThrottle(limits: settings.loginLimits)
        let api = FengqiaoAPI(database: database, clock: clock, passwordCost: passwordCost, throttle: throttle, passwords: settings.passwords)
        let registry = metrics
        let groups = api.groups(metrics: { registry.emitToString() })
        let document = try API.encoder.encode(OpenAPIDocument.build(groups: groups + [("", [openAPIEndpoint])], schemas: Schemas.all))

        let router = Router(context: APIContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ProblemMiddleware())
        let renderer = try PageRenderer()
        router.add(middleware: PageNotFoundMiddleware(pages: PageSessionMiddleware(database: database, clock: clock, renderer: renderer)))
        router.add(middleware: TokenAuthenticator(database: database, clock: clock))
        for (prefix, endpoints) in groups { router.add(endpoints, prefix: prefix) }
        router.get(RouterPath(openAPIEndpoint.path)) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: document)))
        }
        PageRoutes(database: database, clock: clock, renderer: renderer, logins: api.logins, secureCookies: settings.secureCookies).add(to: router)
        return router
    }

    /// The document's own route; served by the router, listed in the document like every other.
    static let openAPIEndpoint = Endpoint(method: .get, path: "/openapi.json", access: .anyone, tag: "service",
        summary: "This OpenAPI 3.1 document.", success: .json(.ok, Schema.anyObject)) { _, _ in Response(status: .ok) }

    /// The whole service: the server on the settings' host and port, closing connections that send nothing
    /// for the idle timeout, with the offer expiry running beside it; both stop on SIGTERM or SIGINT.
    public static func application(database: AppDatabase, settings: ServerSettings, clock: APIClock, logger: Logger,
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }) throws -> some ApplicationProtocol
    {
        let expiry = OfferExpiryService(database: database, logger: logger, now: clock.now)
        return Application(router: try router(database: database, clock: clock, settings: settings), server: settings.http1,
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "fengqiao"), services: [expiry],
            onServerRunning: onServerRunning, logger: logger)
    }
}

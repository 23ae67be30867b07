import Hummingbird
import Store

/// The answer of `/healthz`: whether the database answers, and at which schema.
struct HealthReport: ResponseEncodable {
    var status: String
    var migrations: Int
}

/// The routes of the service. The API, pages and metrics join as their issues land.
public func buildRouter(database: AppDatabase) -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/healthz") { _, _ -> HealthReport in
        HealthReport(status: "ok", migrations: try database.appliedMigrations().count)
    }
    return router
}

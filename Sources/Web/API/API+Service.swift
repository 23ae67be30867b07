import Hummingbird

extension FengqiaoAPI {
    struct Health: Encodable {
        var status: String
        var migrations: Int
    }

    /// The routes at the root: health, metrics and this document.
    func service(metrics: @escaping @Sendable () -> String) -> [Endpoint] {
        [
            Endpoint(method: .get, path: "/healthz", access: .anyone, tag: "service",
                summary: "Whether the database answers, and how many migrations it has.", success: .json(.ok, Schema.ref("Health"))
            ) { _, _ in
                try API.json(Health(status: "ok", migrations: try database.appliedMigrations().count))
            },
            Endpoint(method: .get, path: "/metrics", access: .anyone, tag: "service",
                summary: "Request counts and durations in the Prometheus text format.",
                success: .text(contentType: "text/plain", description: "Prometheus exposition format 0.0.4.")
            ) { _, _ in
                API.text(metrics(), contentType: "text/plain; version=0.0.4; charset=utf-8")
            },
        ]
    }
}

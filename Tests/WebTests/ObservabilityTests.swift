import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Store
import Synchronization
import TestSupport
import Testing
@testable import Web

/// Keeps every log line, with its metadata, for a test to read.
final class LogLines: Sendable {
    let lines = Mutex<[String]>([])

    var logger: Logger {
        Logger(label: "test") { _ in Handler(sink: self) }
    }

    struct Handler: LogHandler {
        let sink: LogLines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let line = "\(event.level) \(event.message) " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            sink.lines.withLock { $0.append(line) }
        }
    }
}

@Suite struct ObservabilityTests {
    @Test func requestLogsCarryTheRouteAndCallerButNoPartyData() async throws {
        let world = try APIWorld()
        defer { world.removeFiles() }
        let logs = LogLines()
        let app = Application(router: try FengqiaoServer.router(database: world.database, clock: APIWorld.clock), logger: logs.logger)
        let token = try world.token(.coordinator)
        let (name, identity) = ("欧阳保密", "210203198001011234")
        try await app.test(.router) { client in
            let taken = try await client.send(.post, "/api/v1/cases", token: token, json: """
                {"type": "NEIGHBOR", "source": "walk_in", "communityID": "210203004005", "summary": "\(name)家漏水",
                 "parties": [{"name": "\(name)", "identity": "\(identity)", "role": "applicant"}]}
                """)
            #expect(taken.status == .created)
            let id = try #require((taken.object["case"] as? [String: Any])?["id"] as? String)
            #expect(try await client.send(.get, "/api/v1/cases/\(id)", token: token).text.contains(name))
            #expect(try await client.send(.get, "/api/v1/cases?community=\(identity)", token: token).status == .ok)
            #expect(try await client.send(.post, "/api/v1/cases", token: token, json: #"{"summary": "\#(name)"}"#).status == .badRequest)
        }
        let lines = logs.lines.withLock { $0 }
        let requests = lines.filter { $0.contains(" request ") }
        #expect(requests.count == 4)
        #expect(requests.contains { $0.contains("route=/api/v1/cases/{case}") && $0.contains("status=200") && $0.contains("caller=U-coordinator (coordinator)") })
        #expect(requests.contains { $0.contains("route=/api/v1/cases") && $0.contains("method=POST") && $0.contains("status=400") })
        let masked = MaskedIdentityNumber(identity)!.text
        for line in lines {
            #expect(!line.contains(name) && !line.contains(identity) && !line.contains(masked), "\(line)")
        }
    }

    @Test func metricsCountRequestsByRouteInPrometheusText() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.coordinator)
            _ = try await client.send(.get, "/api/v1/cases?limit=1", token: token)
            let metrics = try await client.send(.get, "/metrics")
            #expect(metrics.status == .ok && metrics.contentType?.hasPrefix("text/plain") == true)
            #expect(metrics.text.contains("# TYPE hb_requests counter"))
            #expect(metrics.text.contains(#"hb_requests{http_route="/api/v1/cases",http_request_method="GET",http_response_status_code="200"}"#))
        }
    }
}

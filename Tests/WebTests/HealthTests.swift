import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import Web

@Suite struct HealthTests {
    @Test func healthzReportsTheSchemaTheDatabaseIsAt() async throws {
        let database = try AppDatabase.inMemory()
        let app = Application(router: try FengqiaoServer.router(database: database, clock: APIWorld.clock))
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                struct Report: Decodable { var status: String; var migrations: Int }
                let report = try JSONDecoder().decode(Report.self, from: Data(buffer: response.body))
                #expect(report.status == "ok")
                #expect(report.migrations == (try database.appliedMigrations().count))
            }
        }
    }
}

import ArgumentParser
import Hummingbird
import Logging
import Services
import Store
import Web

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API (/api/v1, /openapi.json, /healthz, /metrics) and expire unanswered offers beside it.",
        discussion: "Stops cleanly on SIGINT or SIGTERM. Log in with POST /api/v1/tokens; `fengqiao user add` creates users.")

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535; \(port) was given.") }
    }

    func run() async throws {
        try await ServeCommand.serve(try database.openExisting(), host: host, port: port)
    }

    static func serve(_ db: AppDatabase, host: String, port: Int) async throws {
        var logger = Logger(label: "fengqiao")
        logger.logLevel = .info
        let app = try FengqiaoServer.application(database: db, host: host, port: port, clock: .product(database: db), logger: logger)
        try await app.runService()
    }
}

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
    @Option(help: "Seconds a connection may take to send a request's headers, or stay idle, before it is closed.")
    var idleTimeout = 15
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535; \(port) was given.") }
        guard (1...600).contains(idleTimeout) else { throw ValidationError("--idle-timeout must be from 1 to 600 seconds; \(idleTimeout) was given.") }
    }

    func run() async throws {
        var settings = ServerSettings(host: host, port: port)
        settings.idleTimeout = .seconds(idleTimeout)
        try await ServeCommand.serve(try database.openExisting(), settings: settings)
    }

    static func serve(_ db: AppDatabase, settings: ServerSettings) async throws {
        var logger = Logger(label: "fengqiao")
        logger.logLevel = .info
        let app = try FengqiaoServer.application(database: db, settings: settings, clock: .product(database: db), logger: logger)
        try await app.runService()
    }
}

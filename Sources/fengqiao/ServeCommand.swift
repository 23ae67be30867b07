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
    @Flag(inversion: .prefixedNo, help: ArgumentHelp("Mark the page session cookie Secure, so browsers send it only over HTTPS.",
        discussion: "On by default: serve behind a TLS proxy. --no-secure-cookies is for plain HTTP on this machine only."))
    var secureCookies = true
    @Option(help: "Seconds a connection may take to send a request's headers, or stay idle, before it is closed.")
    var idleTimeout = 15
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535; \(port) was given.") }
        guard (1...600).contains(idleTimeout) else { throw ValidationError("--idle-timeout must be from 1 to 600 seconds; \(idleTimeout) was given.") }
        if !secureCookies && !ServerSettings.isLoopback(host) {
            throw ValidationError("--no-secure-cookies is only for plain HTTP on this machine: listen on 127.0.0.1, ::1 or localhost, "
                + "or serve \(host) behind TLS and keep the cookies Secure.")
        }
    }

    func run() async throws {
        var settings = ServerSettings(host: host, port: port)
        settings.secureCookies = secureCookies
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

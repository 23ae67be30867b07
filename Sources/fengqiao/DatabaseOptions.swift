import ArgumentParser
import Foundation
import Store

/// `--db PATH`, else `FENGQIAO_DB`, else `./fengqiao.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database file (default: $FENGQIAO_DB or ./fengqiao.sqlite).", valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["FENGQIAO_DB"] ?? "fengqiao.sqlite"
    }

    func open() throws -> AppDatabase { try AppDatabase.open(path: path) }

    /// Opens a database that must exist already, for commands that only read or add to it.
    func openExisting() throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("There is no database at \(path). Run `fengqiao demo` or `fengqiao db migrate --db \(path)` first.")
        }
        return try open()
    }
}

/// `--json`, for every command that shows data.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false
}

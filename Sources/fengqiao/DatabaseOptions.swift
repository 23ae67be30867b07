import ArgumentParser
import Foundation
import Store

/// `--db PATH`, else `FENGQIAO_DB`, else `./fengqiao.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database file (default: $FENGQIAO_DB or ./fengqiao.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        "The file of keys that sign the audit chain (default: $FENGQIAO_AUDIT_KEY_FILE or the database's path plus .audit-key).",
        valueName: "path"))
    var auditKeyFile: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["FENGQIAO_DB"] ?? "fengqiao.sqlite"
    }

    /// `--audit-key-file PATH`, else `FENGQIAO_AUDIT_KEY_FILE`, else beside the database.
    var keyFile: String {
        auditKeyFile ?? ProcessInfo.processInfo.environment["FENGQIAO_AUDIT_KEY_FILE"] ?? AuditKeyring.defaultFile(forDatabaseAt: path)
    }

    func open() throws -> AppDatabase { try AppDatabase.open(path: path, auditKeys: AuditKeyring.load(file: keyFile)) }

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

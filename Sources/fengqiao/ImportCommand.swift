import ArgumentParser
import Foundation
import Services

extension RecordKind: ExpressibleByArgument {}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import experts, cases, venues or areas from a CSV file, all or nothing.",
        discussion: "Every row is checked before anything is stored. A bad row is reported with its file, line, column and reason, and the database is left unchanged.")

    @Argument(help: "What the file holds: \(RecordKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: RecordKind

    @Argument(help: "The CSV file.")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("There is no file at \(file).") }
    }

    func run() async throws {
        let count = try CSVImporter(database: try database.open()).importFile(kind, at: URL(fileURLWithPath: file))
        print("Imported \(count) \(kind.rawValue) from \(file) into \(database.path).")
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write experts, cases, venues or areas as CSV to standard output.")

    @Argument(help: "What to export: \(RecordKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: RecordKind

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        print(try CSVExporter(database: try database.openExisting()).export(kind), terminator: "")
    }
}

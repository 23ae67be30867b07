import Domain
import Foundation
import Matching
import Store

/// Builds (or reuses) the demo database from a fixture directory and finds where the rules show.
public struct DemoSetup: Sendable {
    public let fixtures: URL

    public init(fixtures: URL) { self.fixtures = fixtures }

    public enum Outcome: String, Sendable, Codable {
        case loaded, reused
    }

    /// Loads the fixtures into the database at `path` when it is new or empty; reuses it when it already
    /// holds this data set; refuses to touch a database that holds anything else. Its audit chain is signed with the
    /// keys in `auditKeyFile`, by default the key file beside the database.
    public func prepare(databasePath path: String, reset: Bool, auditKeyFile: String? = nil) throws -> (AppDatabase, Outcome, DatasetManifest) {
        let manifest = try DatasetManifest.read(directory: fixtures)
        if reset {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let database = try AppDatabase.open(path: path, auditKeys: auditKeyFile.map(AuditKeyring.load(file:)))
        if try database.isEmpty() {
            var dataset = try FixtureLoader().read(directory: fixtures)
            dataset.weights = [DefaultWeights.profile(createdAt: manifest.asOf.start(in: .deploymentDefault))]
            dataset.panelRequirements = PanelTable.defaults.requirements
            try database.insertDataset(dataset, label: manifest.label)
            try database.setMeta("as_of", to: manifest.asOf.description)
            return (database, .loaded, manifest)
        }
        guard try database.meta("dataset") == manifest.label else {
            throw DemoError(path: path, holds: try database.meta("dataset"))
        }
        return (database, .reused, manifest)
    }
}

/// The demo database path holds other data, which the demo will not overwrite.
public struct DemoError: Error, CustomStringConvertible {
    public let path: String
    public let holds: String?

    public var description: String {
        "The database \(path) already holds \(holds.map { "the data set \"\($0)\"" } ?? "data that did not come from the demo"); "
            + "the demo leaves it alone. Pass --db with another path, or --reset to rebuild this one from the fixtures."
    }
}

import Domain
import Foundation
import Store

/// Reads a fixture directory (areas, venues, experts and cases as CSV) and loads it in one transaction.
public struct FixtureLoader: Sendable {
    public static let fileNames = ["areas.csv", "venues.csv", "experts.csv", "cases.csv"]

    public let timeZone: TimeZone

    public init(timeZone: TimeZone = .deploymentDefault) { self.timeZone = timeZone }

    /// Reads and checks every file of `directory`, reporting all bad rows of all files together.
    public func read(directory: URL) throws -> Dataset {
        var texts: [String: String] = [:]
        for name in FixtureLoader.fileNames {
            texts[name] = try CSVImporter.read(directory.appendingPathComponent(name))
        }
        return try read(files: texts)
    }

    /// Reads a data set from file texts keyed by file name.
    public func read(files: [String: String]) throws -> Dataset {
        func table(_ name: String, _ kind: RecordKind) throws -> CSVTable {
            try CSVTable(text: files[name] ?? "", file: name, columns: kind.columns, optionalColumns: kind.optionalColumns)
        }
        var reader = RecordReader(known: KnownRecords())
        let areas = reader.areas(try table("areas.csv", .areas))
        let venues = reader.venues(try table("venues.csv", .venues))
        let experts = reader.experts(try table("experts.csv", .experts))
        let (cases, assignments) = reader.cases(try table("cases.csv", .cases), timeZone: timeZone)
        try reader.throwIfFailed()
        return Dataset(areas: areas, venues: venues, experts: experts, cases: cases, assignments: assignments)
    }
}

import Domain
import Foundation
import Store

/// The kinds of record that can be imported and exported as CSV.
public enum RecordKind: String, CaseIterable, Sendable {
    case areas, venues, experts, cases

    var columns: [String] {
        switch self {
        case .areas: AreaCSV.columns
        case .venues: VenueCSV.columns
        case .experts: ExpertCSV.columns
        case .cases: CaseCSV.columns
        }
    }

    /// Columns a file may leave out (added after files were first written; blank when absent).
    var optionalColumns: Set<String> {
        switch self {
        case .areas, .venues: []
        case .experts: ["exceptions"]
        case .cases: ["party_availability", "evidence"]
        }
    }
}

/// Imports CSV files all-or-nothing: every row is checked first, and the rows are stored in one transaction.
public struct CSVImporter: Sendable {
    public let database: AppDatabase
    public let timeZone: TimeZone

    public init(database: AppDatabase, timeZone: TimeZone = .deploymentDefault) {
        self.database = database
        self.timeZone = timeZone
    }

    /// Imports the file at `url`; returns how many records were stored.
    @discardableResult
    public func importFile(_ kind: RecordKind, at url: URL) throws -> Int {
        try importCSV(kind, text: try CSVImporter.read(url), file: url.lastPathComponent)
    }

    /// Imports CSV `text`, naming it `file` in errors; returns how many records were stored.
    @discardableResult
    public func importCSV(_ kind: RecordKind, text: String, file: String) throws -> Int {
        let table = try CSVTable(text: text, file: file, columns: kind.columns, optionalColumns: kind.optionalColumns)
        var reader = RecordReader(known: try KnownRecords(database: database))
        let count: Int
        switch kind {
        case .areas:
            let areas = reader.areas(table)
            try reader.throwIfFailed()
            try database.insertAreas(areas)
            count = areas.count
        case .venues:
            let venues = reader.venues(table)
            try reader.throwIfFailed()
            try database.insertVenues(venues)
            count = venues.count
        case .experts:
            let experts = reader.experts(table)
            try reader.throwIfFailed()
            try database.insertExperts(experts)
            count = experts.count
        case .cases:
            let (cases, assignments) = reader.cases(table, timeZone: timeZone)
            try reader.throwIfFailed()
            try database.insertCases(cases, assignments: assignments)
            count = cases.count
        }
        return count
    }

    static func read(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ImportError(file: url.path, line: 0, column: nil, reason: "the file cannot be read as UTF-8 text (\(error.localizedDescription))")
        }
    }
}

extension RecordReader {
    func throwIfFailed() throws(ImportFailure) {
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
    }
}

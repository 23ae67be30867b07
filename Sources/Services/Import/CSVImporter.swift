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
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportError(file: url.path, line: 0, column: nil, reason: "the file cannot be read (\(error.localizedDescription))")
        }
        return try text(of: data, file: url.lastPathComponent)
    }

    /// `data` as UTF-8 text; bytes that are not UTF-8 are refused, naming the line they are on and the byte
    /// within it.
    static func text(of data: Data, file: String) throws(ImportError) -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var (line, byte) = (1, 1)
        while true {
            switch parser.parseScalar(from: &bytes) {
            case let .valid(scalar):
                if scalar.count == 1 && scalar.first == UInt8(ascii: "\n") { (line, byte) = (line + 1, 1) } else { byte += scalar.count }
            case .error:
                throw ImportError(file: file, line: line, column: nil,
                    reason: "byte \(byte) of the line is not UTF-8 text; save the file as UTF-8")
            case .emptyInput:
                throw ImportError(file: file, line: line, column: nil, reason: "the file is not UTF-8 text; save it as UTF-8")
            }
        }
    }
}

extension RecordReader {
    func throwIfFailed() throws(ImportFailure) {
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
    }
}

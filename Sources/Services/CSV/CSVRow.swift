import Foundation
import Domain

/// One record read against the header, with typed accessors whose errors name file, line and column.
public struct CSVRow: Sendable {
    public let file: String
    public let line: Int
    let values: [String: String]

    /// The text of `column`, trimmed; empty when blank.
    public func text(_ column: String) -> String {
        values[column, default: ""].trimmingCharacters(in: .whitespaces)
    }

    public func error(_ column: String, _ reason: String) -> ImportError {
        ImportError(file: file, line: line, column: column, reason: reason)
    }

    /// The text of a column that must not be blank.
    public func required(_ column: String) throws(ImportError) -> String {
        let value = text(column)
        guard !value.isEmpty else { throw error(column, "a value is required") }
        return value
    }

    public func optional(_ column: String) -> String? {
        let value = text(column)
        return value.isEmpty ? nil : value
    }

    /// A column read by `parse`, which returns nil for a bad value; `expected` says what was wanted.
    public func parse<T>(_ column: String, expected: String, _ parse: (String) -> T?) throws(ImportError) -> T {
        let value = try required(column)
        guard let parsed = parse(value) else { throw error(column, "\"\(value)\" is not \(expected)") }
        return parsed
    }

    public func parseOptional<T>(_ column: String, expected: String, _ parse: (String) -> T?) throws(ImportError) -> T? {
        guard let value = optional(column) else { return nil }
        guard let parsed = parse(value) else { throw error(column, "\"\(value)\" is not \(expected)") }
        return parsed
    }

    public func integer(_ column: String, atLeast minimum: Int = 0) throws(ImportError) -> Int {
        let value: Int = try parse(column, expected: "a whole number") { Int($0) }
        guard value >= minimum else { throw error(column, "\(value) is below the minimum of \(minimum)") }
        return value
    }

    public func optionalInteger(_ column: String, atLeast minimum: Int = 0) throws(ImportError) -> Int? {
        guard optional(column) != nil else { return nil }
        return try integer(column, atLeast: minimum)
    }

    public func decimal(_ column: String) throws(ImportError) -> Double {
        try parse(column, expected: "a number") { Double($0).flatMap { $0.isFinite ? $0 : nil } }
    }

    public func boolean(_ column: String) throws(ImportError) -> Bool {
        try parse(column, expected: "true or false") { ["true": true, "false": false][$0.lowercased()] }
    }

    public func day(_ column: String) throws(ImportError) -> CalendarDay {
        try parse(column, expected: "a date YYYY-MM-DD") { CalendarDay($0) }
    }

    public func optionalDay(_ column: String) throws(ImportError) -> CalendarDay? {
        try parseOptional(column, expected: "a date YYYY-MM-DD") { CalendarDay($0) }
    }

    /// A code of a string enum, listing the accepted codes when it is unknown.
    public func code<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type, named noun: String) throws(ImportError) -> T
    where T.RawValue == String {
        let value = try required(column)
        guard let parsed = T(rawValue: value) else {
            throw error(column, "\"\(value)\" is not a known \(noun); use one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return parsed
    }

    public func optionalCode<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type, named noun: String) throws(ImportError) -> T?
    where T.RawValue == String {
        guard optional(column) != nil else { return nil }
        return try code(column, as: type, named: noun)
    }

    /// The `;`-separated items of a list column, each read by `parse`.
    public func list<T>(_ column: String, expected: String, _ parse: (String) -> T?) throws(ImportError) -> [T] {
        var items: [T] = []
        for item in text(column).split(separator: ";") {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let parsed = parse(trimmed) else { throw error(column, "\"\(trimmed)\" is not \(expected)") }
            items.append(parsed)
        }
        return items
    }
}

/// A CSV file read against its expected columns.
public struct CSVTable: Sendable {
    public let file: String
    public let rows: [CSVRow]

    /// Reads `text`, checking that the header holds every column of `columns` and no other.
    public init(text: String, file: String, columns: [String], optionalColumns: Set<String> = []) throws(ImportError) {
        let records = try CSV.parse(text, file: file)
        guard let header = records.first else { throw ImportError(file: file, line: 1, column: nil, reason: "the file is empty; it needs a header line") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        for column in columns where !names.contains(column) && !optionalColumns.contains(column) {
            throw ImportError(file: file, line: 1, column: column, reason: "the header lacks this column; expected \(columns.joined(separator: ","))")
        }
        for name in names where !columns.contains(name) {
            throw ImportError(file: file, line: 1, column: name, reason: "unknown column; expected \(columns.joined(separator: ","))")
        }
        if let duplicate = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw ImportError(file: file, line: 1, column: duplicate, reason: "the column appears twice")
        }
        var rows: [CSVRow] = []
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                throw ImportError(file: file, line: record.line, column: nil,
                    reason: "the line has \(record.fields.count) fields where the header has \(names.count)")
            }
            rows.append(CSVRow(file: file, line: record.line, values: Dictionary(uniqueKeysWithValues: zip(names, record.fields))))
        }
        self.file = file
        self.rows = rows
    }
}

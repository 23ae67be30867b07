import Foundation

/// One record of a CSV file, with the line it starts on (1-based, the header being line 1).
public struct CSVRecord: Sendable {
    public let line: Int
    public let fields: [String]
}

/// A reader and writer for RFC 4180 CSV: comma-separated, fields quoted with `"` when they hold a comma,
/// a quote or a line break, quotes doubled inside quotes.
public enum CSV {
    /// Splits `text` into records, keeping the line each starts on.
    public static func parse(_ text: String, file: String) throws(ImportError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var line = 1
        var recordLine = 1
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }
        var iterator = characters.makeIterator()
        var pending: Character? = nil

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        while let character = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else {
                            inQuotes = false
                            pending = next
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                guard field.isEmpty else {
                    throw ImportError(file: file, line: line, column: nil,
                        reason: "a quote appears inside an unquoted field; quote the whole field and double the quote")
                }
                inQuotes = true
                fieldWasQuoted = true
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                if fieldWasQuoted {
                    throw ImportError(file: file, line: line, column: nil, reason: "text follows a closing quote")
                }
                field.append(character)
            }
        }
        if inQuotes {
            throw ImportError(file: file, line: recordLine, column: nil, reason: "a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }

    /// Writes `rows` as CSV text with `\n` line ends.
    public static func write(header: [String], rows: [[String]]) -> String {
        var output = line(header)
        for row in rows { output += line(row) }
        return output
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

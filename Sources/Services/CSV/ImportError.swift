/// Bad input in an imported file, naming the file, the line, the column and what was wrong.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: String?
    public let reason: String

    public init(file: String, line: Int, column: String?, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        if let column { return "\(file):\(line): column \"\(column)\": \(reason)." }
        return "\(file):\(line): \(reason)."
    }
}

/// Every problem found in a file, so the whole file can be fixed in one go.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let errors: [ImportError]

    public var description: String {
        let shown = errors.prefix(20).map(\.description)
        let more = errors.count > 20 ? ["… and \(errors.count - 20) more."] : []
        let verdict = "Nothing was imported: the database is unchanged."
        return (shown + more + [verdict]).joined(separator: "\n")
    }
}

import Foundation
import Matching

/// An assignment instance in the plain text format of `fengqiao solve`:
///
/// ```
/// rows columns
/// capacity of column 1 … capacity of column C
/// row column value        (1-based; one line per allowed pair; a missing pair is forbidden)
/// ```
///
/// Every row is assigned if possible; the objective is the highest total value (or the lowest, when
/// minimising) among the assignments that place the most rows.
public struct AssignmentInstance: Sendable {
    public var rows: Int
    public var capacities: [Int]
    /// The allowed pairs, 0-based.
    public var pairRows: [Int32]
    public var pairColumns: [Int32]
    public var values: [Int64]

    public var columns: Int { capacities.count }

    public init(rows: Int, capacities: [Int], pairRows: [Int32], pairColumns: [Int32], values: [Int64]) {
        self.rows = rows
        self.capacities = capacities
        self.pairRows = pairRows
        self.pairColumns = pairColumns
        self.values = values
    }

    /// Parses the text format from raw bytes, naming the line and field of any mistake.
    public init(bytes: [UInt8], file: String) throws {
        var reader = NumberReader(bytes: bytes, file: file)
        rows = try reader.integer("the number of rows", atLeast: 0)
        let columns = try reader.integer("the number of columns", atLeast: 0)
        try reader.endOfLine("the first line holds only the numbers of rows and columns")
        capacities = []
        capacities.reserveCapacity(columns)
        for column in 0..<columns { capacities.append(try reader.integer("the capacity of column \(column + 1)", atLeast: 0)) }
        try reader.endOfLine("the second line holds exactly \(columns) capacities")
        let estimate = max(0, bytes.count / 12)
        pairRows = []; pairColumns = []; values = []
        pairRows.reserveCapacity(estimate); pairColumns.reserveCapacity(estimate); values.reserveCapacity(estimate)
        while try reader.skipBlankLines() {
            let row = try reader.integer("the row", atLeast: 1)
            guard row <= rows else { throw reader.error("the row \(row) is beyond the \(rows) rows") }
            let column = try reader.integer("the column", atLeast: 1)
            guard column <= columns else { throw reader.error("the column \(column) is beyond the \(columns) columns") }
            let value = try reader.integer("the value", atLeast: Int.min)
            try reader.endOfLine("a pair line holds exactly: row column value")
            pairRows.append(Int32(row - 1)); pairColumns.append(Int32(column - 1)); values.append(Int64(value))
        }
    }

    /// The optimal assignment: how many rows are placed, the objective, and each row's column (or nil).
    public struct Answer: Sendable, Codable {
        public var assigned: Int
        public var objective: Int64
        public var columnOfRow: [Int?]
        /// Seconds inside the solver, from the built problem to its answer (building the problem, like adding
        /// arcs to a peer's solver, is not counted).
        public var solverSeconds: Double = 0
    }

    /// Solves with the assignment-shaped solver, falling back to the general min-cost flow when some row cannot
    /// be placed (then the most rows are placed, at best value).
    public func solve(minimize: Bool) -> Answer {
        // 32-bit costs halve the memory the solver streams through, when no dual or path length can overflow them.
        let largest = values.reduce(0) { max($0, $1.magnitude) }
        if largest <= UInt64(Int32.max) / UInt64(4 * (rows + columns + 1)) {
            return solve(minimize: minimize, as: Int32.self)
        }
        return solve(minimize: minimize, as: Int64.self)
    }

    private func solve<Cost: FixedWidthInteger & SignedInteger & Sendable>(minimize: Bool, as: Cost.Type) -> Answer {
        let costs = values.map { Cost(minimize ? $0 : -$0) }
        let problem = CapacitatedAssignment<Cost>(rows: rows, capacities: capacities, pairRows: pairRows, pairColumns: pairColumns, costs: costs)
        let clock = ContinuousClock(), started = clock.now
        if let solution = problem.solve() {
            let total = Int64(solution.cost)
            return Answer(assigned: rows, objective: minimize ? total : -total, columnOfRow: solution.columnOfRow,
                solverSeconds: (clock.now - started).seconds)
        }
        return solveByGeneralFlow(minimize: minimize)
    }

    func solveByGeneralFlow(minimize: Bool) -> Answer {
        var flow = MinCostFlow<Int64>(nodes: rows + columns + 2)
        flow.reserveCapacity(arcs: rows + columns + values.count)
        let source = rows + columns, sink = source + 1
        for row in 0..<rows { flow.addArc(from: source, to: row, capacity: 1, cost: 0) }
        var arcs: [MinCostFlow<Int64>.Arc] = []
        arcs.reserveCapacity(values.count)
        for pair in values.indices {
            let cost = minimize ? values[pair] : -values[pair]
            arcs.append(flow.addArc(from: Int(pairRows[pair]), to: rows + Int(pairColumns[pair]), capacity: 1, cost: cost))
        }
        for (column, capacity) in capacities.enumerated() { flow.addArc(from: rows + column, to: sink, capacity: capacity, cost: 0) }
        let clock = ContinuousClock(), started = clock.now
        let solution = flow.solve(source: source, sink: sink)
        let seconds = (clock.now - started).seconds
        var columnOfRow = [Int?](repeating: nil, count: rows)
        for (pair, arc) in arcs.enumerated() where flow.flow(on: arc) > 0 { columnOfRow[Int(pairRows[pair])] = Int(pairColumns[pair]) }
        return Answer(assigned: solution.flow, objective: minimize ? solution.cost : -solution.cost, columnOfRow: columnOfRow,
            solverSeconds: seconds)
    }
}

/// Reads whitespace-separated integers from bytes, tracking the line for errors.
struct NumberReader {
    let bytes: [UInt8]
    let file: String
    var position = 0
    var line = 1

    func error(_ reason: String) -> ImportError { ImportError(file: file, line: line, column: nil, reason: reason) }

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 32 || bytes[position] == 9 || bytes[position] == 13 { position += 1 }
    }

    mutating func integer(_ what: String, atLeast minimum: Int) throws(ImportError) -> Int {
        skipSpaces()
        var negative = false
        if position < bytes.count && bytes[position] == 45 { negative = true; position += 1 }
        var value = 0, digits = 0
        while position < bytes.count, bytes[position] >= 48 && bytes[position] <= 57 {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { throw error("\(what) is too large") }
            value = product + Int(bytes[position] - 48)
            position += 1
            digits += 1
        }
        guard digits > 0 else {
            throw error(position < bytes.count && bytes[position] != 10 ? "\(what) is not a whole number" : "\(what) is missing")
        }
        if position < bytes.count, ![32, 9, 13, 10].contains(bytes[position]) { throw error("\(what) is not a whole number") }
        value = negative ? -value : value
        guard value >= minimum else { throw error("\(what) is \(value), below \(minimum)") }
        return value
    }

    mutating func endOfLine(_ expectation: String) throws(ImportError) {
        skipSpaces()
        if position == bytes.count { return }
        guard bytes[position] == 10 else { throw error(expectation) }
        position += 1
        line += 1
    }

    /// Skips empty lines; false at the end of the input.
    mutating func skipBlankLines() throws(ImportError) -> Bool {
        while true {
            skipSpaces()
            guard position < bytes.count else { return false }
            guard bytes[position] == 10 else { return true }
            position += 1
            line += 1
        }
    }
}

extension Duration {
    /// The duration in seconds, as a number.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

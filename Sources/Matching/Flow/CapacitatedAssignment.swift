/// Min-cost flow on the graph shape of assignment: rows that each need one unit, columns that each take up
/// to their capacity, and the allowed (row, column) pairs with their costs. It places every row at least
/// total cost, or says that it cannot (a row with no augmenting path), so the caller can fall back to the
/// general `MinCostFlow`.
///
/// The algorithm is the shortest augmenting path method of Jonker–Volgenant adapted to capacities without
/// replicating columns: a greedy start gives every row its cheapest column where room is left, then each
/// remaining row runs a Dijkstra on reduced costs that stops at the first column with room, and only the
/// scanned rows' and columns' duals move. Columns with room keep the dual 0, full ones go below it, so the
/// duals returned certify optimality: no pair has a negative reduced cost `cost − u(row) − v(column)`,
/// placed pairs have zero, and every column with room has v = 0. When every row has every column (dense
/// costs), the search keeps distances in plain arrays instead of a heap (see `augmentDense`).
///
/// Costs must leave headroom: |cost| × (rows + columns + 1) well below `Cost.max`, as path lengths and duals
/// are sums of costs along paths.
///
/// ```swift
/// var problem = CapacitatedAssignment<Int64>(rows: 2, capacities: [1, 1])
/// problem.addPair(row: 0, column: 0, cost: -7)
/// problem.addPair(row: 1, column: 0, cost: -6)
/// problem.addPair(row: 1, column: 1, cost: -1)
/// let solution = problem.solve()   // rows 0 → 0 and 1 → 1, cost −8
/// ```
public struct CapacitatedAssignment<Cost: FixedWidthInteger & SignedInteger & Sendable>: Sendable {
    public let rows: Int
    public let capacities: [Int]
    @usableFromInline var pairRows: [Int32] = []
    @usableFromInline var pairColumns: [Int32] = []
    @usableFromInline var pairCosts: [Cost] = []

    public struct Solution: Sendable {
        /// The column of each row.
        public var columnOfRow: [Int]
        public var cost: Cost
        public var rowDuals: [Cost]
        public var columnDuals: [Cost]

        @inlinable
        init(columnOfRow: [Int], cost: Cost, rowDuals: [Cost], columnDuals: [Cost]) {
            self.columnOfRow = columnOfRow
            self.cost = cost
            self.rowDuals = rowDuals
            self.columnDuals = columnDuals
        }
    }

    @inlinable
    public init(rows: Int, capacities: [Int]) {
        self.rows = rows
        self.capacities = capacities
    }

    /// A problem with all its pairs at once, as parallel arrays (faster than `addPair` for millions of pairs).
    @inlinable
    public init(rows: Int, capacities: [Int], pairRows: [Int32], pairColumns: [Int32], costs: [Cost]) {
        precondition(pairRows.count == pairColumns.count && pairRows.count == costs.count, "The pair arrays differ in length.")
        precondition(pairRows.allSatisfy { (0..<Int32(rows)).contains($0) } && pairColumns.allSatisfy { (0..<Int32(capacities.count)).contains($0) },
            "A pair is out of range.")
        self.rows = rows
        self.capacities = capacities
        self.pairRows = pairRows
        self.pairColumns = pairColumns
        self.pairCosts = costs
    }

    @inlinable
    public mutating func reserveCapacity(pairs: Int) {
        pairRows.reserveCapacity(pairs)
        pairColumns.reserveCapacity(pairs)
        pairCosts.reserveCapacity(pairs)
    }

    @inlinable
    public mutating func addPair(row: Int, column: Int, cost: Cost) {
        precondition((0..<rows).contains(row) && capacities.indices.contains(column), "Pair (\(row), \(column)) is out of range.")
        pairRows.append(Int32(row))
        pairColumns.append(Int32(column))
        pairCosts.append(cost)
    }

    /// The optimal placement of every row, or nil when some row cannot be placed.
    @inlinable
    public func solve() -> Solution? {
        var search = AugmentingSearch(rows: rows, capacities: capacities, pairRows: pairRows, pairColumns: pairColumns, costs: pairCosts)
        return search.run()
    }
}

/// The working state of `CapacitatedAssignment.solve` (inlinable, so callers get it specialised for their
/// cost type).
@usableFromInline
struct AugmentingSearch<Cost: FixedWidthInteger & SignedInteger & Sendable> {
    @usableFromInline let rows: Int
    @usableFromInline let columns: Int
    @usableFromInline let capacity: [Int32]
    // Pairs grouped by row (compressed sparse rows).
    @usableFromInline var first: [Int32]
    @usableFromInline var column: [Int32]
    @usableFromInline var cost: [Cost]
    @usableFromInline var u: [Cost]
    @usableFromInline var v: [Cost]
    @usableFromInline var columnOfRow: [Int32]
    @usableFromInline var rowsOfColumn: [[Int32]]
    /// Every row has every column, in column order, so row r's costs are `cost[r·columns ..< (r+1)·columns]`.
    @usableFromInline let isDense: Bool

    @inlinable
    init(rows: Int, capacities: [Int], pairRows: [Int32], pairColumns: [Int32], costs: [Cost]) {
        self.rows = rows
        columns = capacities.count
        capacity = capacities.map { Int32(clamping: $0) }
        var first = [Int32](repeating: 0, count: rows + 1)
        for row in pairRows { first[Int(row) + 1] += 1 }
        for row in 0..<rows { first[row + 1] += first[row] }
        if zip(pairRows, pairRows.dropFirst()).allSatisfy({ $0 <= $1 }) {
            // Already grouped by row (as instance files are): share the arrays instead of copying them.
            column = pairColumns
            cost = costs
        } else {
            var next = first
            column = [Int32](repeating: 0, count: pairRows.count)
            cost = [Cost](repeating: 0, count: pairRows.count)
            for pair in pairRows.indices {
                let slot = Int(next[Int(pairRows[pair])])
                next[Int(pairRows[pair])] += 1
                column[slot] = pairColumns[pair]
                cost[slot] = costs[pair]
            }
        }
        self.first = first
        isDense = Self.isDense(column, rows: rows, columns: capacities.count)
        u = [Cost](repeating: 0, count: rows)
        v = [Cost](repeating: 0, count: capacities.count)
        columnOfRow = [Int32](repeating: -1, count: rows)
        rowsOfColumn = [[Int32]](repeating: [], count: capacities.count)
    }

    /// Whether the row-grouped `column` lists every column for every row, in order.
    @inlinable
    static func isDense(_ column: [Int32], rows: Int, columns: Int) -> Bool {
        guard column.count == rows * columns else { return false }
        for row in 0..<rows {
            for j in 0..<columns where column[row * columns + j] != Int32(j) { return false }
        }
        return true
    }

    @inlinable
    mutating func run() -> CapacitatedAssignment<Cost>.Solution? {
        var free: [Int] = []
        // Greedy start: each row's cheapest column, when it has room (v = 0 everywhere, so u = that cost).
        for row in 0..<rows {
            guard first[row] < first[row + 1] else { return nil }
            var best = Cost.max, bestColumn: Int32 = -1
            for arc in Int(first[row])..<Int(first[row + 1]) {
                let c = cost[arc], j = column[arc]
                if c < best || (c == best && bestColumn >= 0 && rowsOfColumn[Int(bestColumn)].count >= capacity[Int(bestColumn)]
                    && rowsOfColumn[Int(j)].count < capacity[Int(j)])
                {
                    best = c
                    bestColumn = j
                }
            }
            u[row] = best
            if rowsOfColumn[Int(bestColumn)].count < capacity[Int(bestColumn)] {
                columnOfRow[row] = bestColumn
                rowsOfColumn[Int(bestColumn)].append(Int32(row))
            } else {
                free.append(row)
            }
        }
        var distance = [Cost](repeating: Cost.max, count: columns)
        var predecessor = [Int32](repeating: -1, count: columns)
        var scanned = [Bool](repeating: false, count: columns)
        var rowDistance = [Cost](repeating: 0, count: rows)
        if isDense {
            var state = [UInt8](repeating: 0, count: columns)
            var work = DenseWork()
            for row in free {
                guard augmentDense(from: row, distance: &distance, predecessor: &predecessor, state: &state, rowDistance: &rowDistance, work: &work)
                else { return nil }
            }
        } else {
            for row in free {
                guard augment(from: row, distance: &distance, predecessor: &predecessor, scanned: &scanned, rowDistance: &rowDistance) else {
                    return nil
                }
            }
        }
        var total: Cost = 0
        for row in 0..<rows {
            let j = columnOfRow[row]
            for arc in Int(first[row])..<Int(first[row + 1]) where column[arc] == j {
                total += cost[arc]
                break
            }
        }
        return CapacitatedAssignment<Cost>.Solution(columnOfRow: columnOfRow.map(Int.init), cost: total, rowDuals: u, columnDuals: v)
    }

    /// One shortest augmenting path from the free row `start` to a column with room; false when none exists.
    @inlinable
    mutating func augment(
        from start: Int, distance: inout [Cost], predecessor: inout [Int32], scanned: inout [Bool], rowDistance: inout [Cost]
    ) -> Bool {
        var touched: [Int32] = []
        var scannedColumns: [Int32] = []
        var reachedRows: [Int32] = [Int32(start)]
        var heap = MinHeap<Cost>()
        rowDistance[start] = 0

        func relax(_ row: Int, from base: Cost, distance: inout [Cost], predecessor: inout [Int32], heap: inout MinHeap<Cost>) {
            let ur = u[row]
            for arc in Int(first[row])..<Int(first[row + 1]) {
                let j = Int(column[arc])
                if scanned[j] { continue }
                let candidate = base + cost[arc] - ur - v[j]
                if candidate < distance[j] {
                    if distance[j] == Cost.max { touched.append(Int32(j)) }
                    distance[j] = candidate
                    predecessor[j] = Int32(row)
                    heap.push(candidate, Int32(j))
                }
            }
        }

        relax(start, from: 0, distance: &distance, predecessor: &predecessor, heap: &heap)
        var end = -1
        var endDistance: Cost = 0
        while let (d, node) = heap.pop() {
            let j = Int(node)
            if scanned[j] || d != distance[j] { continue }
            if rowsOfColumn[j].count < capacity[j] {
                end = j
                endDistance = d
                break
            }
            scanned[j] = true
            scannedColumns.append(Int32(j))
            for row in rowsOfColumn[j] {
                rowDistance[Int(row)] = d
                reachedRows.append(row)
                relax(Int(row), from: d, distance: &distance, predecessor: &predecessor, heap: &heap)
            }
        }
        defer {
            for j in touched { distance[Int(j)] = Cost.max }
            for j in scannedColumns { scanned[Int(j)] = false }
        }
        guard end >= 0 else { return false }
        // Move the duals of what was scanned, so the path's pairs get zero reduced cost and none goes negative.
        for j in scannedColumns { v[Int(j)] -= endDistance - distance[Int(j)] }
        for row in reachedRows { u[Int(row)] += endDistance - rowDistance[Int(row)] }
        shiftPath(to: end, from: start, predecessor: predecessor)
        return true
    }

    /// Moves each row along a shortest path one column on, from `end` (a column with room) back to the free
    /// row `start`.
    @inlinable
    mutating func shiftPath(to end: Int, from start: Int, predecessor: [Int32]) {
        var j = end
        while true {
            let row = Int(predecessor[j])
            let previous = columnOfRow[row]
            if previous >= 0, let index = rowsOfColumn[Int(previous)].firstIndex(of: Int32(row)) {
                rowsOfColumn[Int(previous)].remove(at: index)
            }
            rowsOfColumn[j].append(Int32(row))
            columnOfRow[row] = Int32(j)
            if row == start { return }
            j = Int(previous)
        }
    }
}

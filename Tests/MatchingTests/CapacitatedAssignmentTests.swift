import Matching
import Testing

/// The assignment-shaped solver against the general one, and by its own certificate.
@Suite struct CapacitatedAssignmentTests {
    typealias Instance = MinCostFlowTests.Instance

    func problem(_ instance: Instance) -> CapacitatedAssignment<Int64> {
        var problem = CapacitatedAssignment<Int64>(rows: instance.rows, capacities: instance.capacities)
        for (row, line) in instance.values.enumerated() {
            for (column, value) in line.enumerated() where value != nil { problem.addPair(row: row, column: column, cost: Int64(-value!)) }
        }
        return problem
    }

    @Test func theGreedyChoiceIsUndoneWhenItBlocksABetterWhole() {
        var problem = CapacitatedAssignment<Int64>(rows: 2, capacities: [1, 1])
        problem.addPair(row: 0, column: 0, cost: -7)
        problem.addPair(row: 0, column: 1, cost: -5)
        problem.addPair(row: 1, column: 0, cost: -6)
        problem.addPair(row: 1, column: 1, cost: -1)
        let solution = problem.solve()
        #expect(solution?.columnOfRow == [1, 0])
        #expect(solution?.cost == -11)
    }

    @Test func aRowThatCannotBePlacedIsReported() {
        var problem = CapacitatedAssignment<Int64>(rows: 2, capacities: [1])
        problem.addPair(row: 0, column: 0, cost: -1)
        problem.addPair(row: 1, column: 0, cost: -2)
        #expect(problem.solve() == nil)
    }

    @Test(arguments: 1...120)
    func agreesWithTheGeneralSolverAndCertifiesItself(seed: Int) {
        // Every third seed has every pair (the dense search), other even seeds most pairs, odd ones few; small values
        // on some make ties common.
        let density = seed % 3 == 0 ? 1.0 : seed % 2 == 0 ? 0.9 : 0.25
        let instance = Instance(seed: seed, rows: 5 + seed % 40, columns: 2 + seed % 9, maxCapacity: 6, maxValue: seed % 4 == 0 ? 5 : 1000,
            density: density)
        var (flow, source, sink, _) = instance.network()
        let general = flow.solve(source: source, sink: sink)
        guard let solution = problem(instance).solve() else {
            #expect(general.flow < instance.rows, "seed \(seed): every row could be placed")
            return
        }
        #expect(general.flow == instance.rows)
        #expect(solution.cost == general.cost, "seed \(seed)")
        var load = [Int](repeating: 0, count: instance.capacities.count)
        for (row, column) in solution.columnOfRow.enumerated() {
            #expect(instance.values[row][column] != nil)
            load[column] += 1
        }
        #expect(zip(load, instance.capacities).allSatisfy { $0 <= $1 })
        // The certificate: no negative reduced cost, zero on placed pairs, v = 0 where room is left, v ≤ 0.
        for (row, line) in instance.values.enumerated() {
            for (column, value) in line.enumerated() where value != nil {
                let reduced = Int64(-value!) - solution.rowDuals[row] - solution.columnDuals[column]
                #expect(reduced >= 0)
                if solution.columnOfRow[row] == column { #expect(reduced == 0) }
            }
        }
        for column in instance.capacities.indices {
            #expect(solution.columnDuals[column] <= 0)
            if load[column] < instance.capacities[column] { #expect(solution.columnDuals[column] == 0) }
        }
    }

    @Test func theArrayFormAndThirtyTwoBitCostsGiveTheSameOptimum() {
        var feasible = 0
        for seed in 1...60 {
            let instance = Instance(seed: seed, rows: 10 + seed % 50, columns: 3 + seed % 7, maxCapacity: 20, maxValue: seed % 2 == 0 ? 3 : 1000,
                density: 1.0)
            var rows: [Int32] = [], columns: [Int32] = [], costs: [Int32] = []
            for (row, line) in instance.values.enumerated() {
                for (column, value) in line.enumerated() {
                    rows.append(Int32(row))
                    columns.append(Int32(column))
                    costs.append(Int32(-value!))
                }
            }
            let narrow = CapacitatedAssignment<Int32>(rows: instance.rows, capacities: instance.capacities, pairRows: rows,
                pairColumns: columns, costs: costs).solve()
            var (flow, source, sink, _) = instance.network()
            let general = flow.solve(source: source, sink: sink)
            #expect(narrow.map { Int64($0.cost) } == (general.flow == instance.rows ? general.cost : nil), "seed \(seed)")
            if narrow != nil { feasible += 1 }
        }
        #expect(feasible >= 30, "enough instances place every row to exercise the dense search")
    }
}

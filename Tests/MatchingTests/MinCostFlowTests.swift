import Matching
import Testing

/// The flow solver on numbers alone: optimality by certificate, agreement with brute force.
@Suite struct MinCostFlowTests {
    /// A seeded transportation instance: rows of demand 1, columns with capacities, some pairs forbidden.
    struct Instance {
        var rows: Int
        var capacities: [Int]
        /// value[row][column], nil when the pair is forbidden.
        var values: [[Int?]]

        init(seed: Int, rows: Int, columns: Int, maxCapacity: Int, maxValue: Int = 1000, density: Double = 0.8) {
            var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
            func next(_ bound: Int) -> Int {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Int((state >> 33) % UInt64(bound))
            }
            self.rows = rows
            capacities = (0..<columns).map { _ in next(maxCapacity + 1) }
            values = (0..<rows).map { _ in
                (0..<columns).map { _ in Double(next(1000)) / 1000 < density ? next(maxValue + 1) : nil }
            }
        }

        /// source → rows → columns → sink; returns the network and the row→column arcs.
        func network() -> (MinCostFlow<Int64>, source: Int, sink: Int, pairs: [(row: Int, column: Int, arc: MinCostFlow<Int64>.Arc)]) {
            let columns = capacities.count
            var flow = MinCostFlow<Int64>(nodes: rows + columns + 2)
            let source = rows + columns, sink = source + 1
            var pairs: [(Int, Int, MinCostFlow<Int64>.Arc)] = []
            for row in 0..<rows { flow.addArc(from: source, to: row, capacity: 1, cost: 0) }
            for (row, line) in values.enumerated() {
                for (column, value) in line.enumerated() {
                    guard let value else { continue }
                    pairs.append((row, column, flow.addArc(from: row, to: rows + column, capacity: 1, cost: Int64(-value))))
                }
            }
            for (column, capacity) in capacities.enumerated() { flow.addArc(from: rows + column, to: sink, capacity: capacity, cost: 0) }
            return (flow, source, sink, pairs)
        }

        /// The most rows that can be assigned, then the highest total value, by trying everything.
        func bruteForce() -> (assigned: Int, value: Int) {
            var best = (assigned: 0, value: 0)
            var remaining = capacities
            func search(_ row: Int, _ assigned: Int, _ value: Int) {
                if row == rows {
                    if assigned > best.assigned || (assigned == best.assigned && value > best.value) { best = (assigned, value) }
                    return
                }
                for (column, candidate) in values[row].enumerated() where candidate != nil && remaining[column] > 0 {
                    remaining[column] -= 1
                    search(row + 1, assigned + 1, value + candidate!)
                    remaining[column] += 1
                }
                search(row + 1, assigned, value)
            }
            search(0, 0, 0)
            return best
        }
    }

    @Test func aSmallNetworkHasTheObviousAnswer() {
        // Two workers, two jobs: 0→A 7, 0→B 5, 1→A 6, 1→B 1. Best: 0→B, 1→A = 11 (not greedy 7 + 1 = 8).
        var flow = MinCostFlow<Int64>(nodes: 6)
        flow.addArc(from: 4, to: 0, capacity: 1, cost: 0)
        flow.addArc(from: 4, to: 1, capacity: 1, cost: 0)
        let zeroA = flow.addArc(from: 0, to: 2, capacity: 1, cost: -7)
        let zeroB = flow.addArc(from: 0, to: 3, capacity: 1, cost: -5)
        let oneA = flow.addArc(from: 1, to: 2, capacity: 1, cost: -6)
        flow.addArc(from: 1, to: 3, capacity: 1, cost: -1)
        flow.addArc(from: 2, to: 5, capacity: 1, cost: 0)
        flow.addArc(from: 3, to: 5, capacity: 1, cost: 0)
        let solution = flow.solve(source: 4, sink: 5)
        #expect(solution.flow == 2)
        #expect(solution.cost == -11)
        #expect(flow.flow(on: zeroB) == 1 && flow.flow(on: oneA) == 1 && flow.flow(on: zeroA) == 0)
    }

    @Test func theLimitCapsTheFlowAtTheCheapestUnits() {
        var flow = MinCostFlow<Int64>(nodes: 2)
        flow.addArc(from: 0, to: 1, capacity: 3, cost: 5)
        flow.addArc(from: 0, to: 1, capacity: 3, cost: 2)
        let solution = flow.solve(source: 0, sink: 1, limit: 4)
        #expect(solution.flow == 4)
        #expect(solution.cost == 3 * 2 + 1 * 5)
    }

    @Test(arguments: 1...150)
    func tinyInstancesAgreeWithBruteForce(seed: Int) {
        let instance = Instance(seed: seed, rows: 1 + seed % 5, columns: 1 + (seed / 5) % 4, maxCapacity: 2, maxValue: 20)
        var (flow, source, sink, _) = instance.network()
        let solution = flow.solve(source: source, sink: sink)
        let expected = instance.bruteForce()
        #expect(solution.flow == expected.assigned, "seed \(seed)")
        #expect(solution.cost == Int64(-expected.value), "seed \(seed)")
    }

    @Test(arguments: 1...40)
    func noResidualArcHasANegativeReducedCost(seed: Int) {
        let instance = Instance(seed: seed, rows: 30 + seed, columns: 10 + seed % 7, maxCapacity: 4)
        var (flow, source, sink, pairs) = instance.network()
        let solution = flow.solve(source: source, sink: sink)
        #expect(flow.residualReducedCosts(potentials: solution.potentials).allSatisfy { $0 >= 0 }, "seed \(seed)")
        // The flow is a feasible assignment whose value is what the solver reports.
        var used = [Int](repeating: 0, count: instance.capacities.count)
        var perRow = [Int](repeating: 0, count: instance.rows)
        var value = 0
        for pair in pairs where flow.flow(on: pair.arc) == 1 {
            used[pair.column] += 1
            perRow[pair.row] += 1
            value += instance.values[pair.row][pair.column]!
        }
        #expect(zip(used, instance.capacities).allSatisfy { $0 <= $1 })
        #expect(perRow.allSatisfy { $0 <= 1 })
        #expect(perRow.reduce(0, +) == solution.flow)
        #expect(Int64(-value) == solution.cost)
    }

    /// A general network (not bipartite, positive and negative costs, no negative cycle): the certificate holds
    /// and the flow is conserved at every inner node.
    @Test(arguments: 1...30)
    func generalNetworksAreSolvedWithACertificate(seed: Int) {
        var state = UInt64(seed) &+ 77
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let nodes = 8 + next(10)
        var flow = MinCostFlow<Int64>(nodes: nodes)
        var arcs: [(from: Int, to: Int, arc: MinCostFlow<Int64>.Arc, capacity: Int, cost: Int64)] = []
        // Arcs go from lower to higher node numbers only, so no cycle can be negative.
        for _ in 0..<(nodes * 3) {
            let from = next(nodes - 1), to = from + 1 + next(nodes - from - 1)
            let capacity = next(5), cost = Int64(next(41) - 20)
            arcs.append((from, to, flow.addArc(from: from, to: to, capacity: capacity, cost: cost), capacity, cost))
        }
        let solution = flow.solve(source: 0, sink: nodes - 1)
        #expect(flow.residualReducedCosts(potentials: solution.potentials).allSatisfy { $0 >= 0 }, "seed \(seed)")
        var balance = [Int](repeating: 0, count: nodes)
        var cost: Int64 = 0
        for arc in arcs {
            let units = flow.flow(on: arc.arc)
            #expect((0...arc.capacity).contains(units))
            balance[arc.from] -= units
            balance[arc.to] += units
            cost += Int64(units) * arc.cost
        }
        #expect(balance[0] == -solution.flow && balance[nodes - 1] == solution.flow)
        #expect(balance.dropFirst().dropLast().allSatisfy { $0 == 0 })
        #expect(cost == solution.cost)
    }
}

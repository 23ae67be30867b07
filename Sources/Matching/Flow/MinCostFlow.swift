/// An exact min-cost flow solver over integers, blind to what the nodes and arcs mean.
///
/// It sends as much flow as possible from a source to a sink and, among the maximum flows, finds one of
/// least total cost (costs may be negative). The flow on every arc is integral, and the solver returns
/// node potentials π that certify optimality: every arc with residual capacity has a non-negative reduced
/// cost `cost + π(from) − π(to)`.
///
/// The algorithm is successive shortest paths with Dijkstra on reduced costs, each search saturating
/// every shortest path it finds (a multi-path augmentation, in the manner of the primal-dual method):
/// on bipartite assignment graphs with unit seat demands most of the flow moves in the first few rounds.
///
/// ```swift
/// var flow = MinCostFlow<Int64>(nodes: 4)
/// let arc = flow.addArc(from: 0, to: 1, capacity: 1, cost: -7)
/// flow.addArc(from: 1, to: 3, capacity: 1, cost: 0)
/// let result = flow.solve(source: 0, sink: 3)   // result.flow == 1, result.cost == -7
/// flow.flow(on: arc)                              // 1
/// ```
public struct MinCostFlow<Cost: FixedWidthInteger & SignedInteger & Sendable>: Sendable {
    /// An arc as returned by `addArc`, to read its flow after solving.
    public struct Arc: Hashable, Sendable {
        @usableFromInline let index: Int32

        @inlinable init(index: Int32) { self.index = index }
    }

    /// What a solve found.
    public struct Solution: Sendable {
        public var flow: Int
        public var cost: Cost
        /// One potential per node; reduced costs of residual arcs are non-negative under them.
        public var potentials: [Cost]

        @inlinable
        init(flow: Int, cost: Cost, potentials: [Cost]) {
            self.flow = flow
            self.cost = cost
            self.potentials = potentials
        }
    }

    public let nodeCount: Int
    // Arcs are stored in pairs: 2k is the forward arc, 2k + 1 its reverse.
    @usableFromInline var tails: [Int32] = []
    @usableFromInline var heads: [Int32] = []
    @usableFromInline var residual: [Int32] = []
    @usableFromInline var costs: [Cost] = []
    @usableFromInline var originalCapacity: [Int32] = []

    @inlinable
    public init(nodes: Int) {
        precondition(nodes > 0, "A flow network needs at least one node.")
        nodeCount = nodes
    }

    /// Reserves room for `arcs` arcs, to avoid regrowing the arrays while building a large network.
    @inlinable
    public mutating func reserveCapacity(arcs: Int) {
        tails.reserveCapacity(2 * arcs)
        heads.reserveCapacity(2 * arcs)
        residual.reserveCapacity(2 * arcs)
        costs.reserveCapacity(2 * arcs)
        originalCapacity.reserveCapacity(arcs)
    }

    @inlinable
    public var arcCount: Int { originalCapacity.count }

    /// Adds an arc of `capacity` ≥ 0 units at `cost` per unit.
    @inlinable @discardableResult
    public mutating func addArc(from: Int, to: Int, capacity: Int, cost: Cost) -> Arc {
        precondition((0..<nodeCount).contains(from) && (0..<nodeCount).contains(to), "Arc \(from) → \(to) leaves the network.")
        precondition(capacity >= 0 && capacity <= Int(Int32.max), "Capacity \(capacity) is out of range.")
        let index = Int32(originalCapacity.count)
        tails.append(Int32(from)); heads.append(Int32(to)); residual.append(Int32(capacity)); costs.append(cost)
        tails.append(Int32(to)); heads.append(Int32(from)); residual.append(0); costs.append(0 - cost)
        originalCapacity.append(Int32(capacity))
        return Arc(index: index)
    }

    /// The flow the last solve put on `arc`.
    @inlinable
    public func flow(on arc: Arc) -> Int { Int(residual[2 * Int(arc.index) + 1]) }

    /// The flow on every arc, in the order they were added.
    @inlinable
    public var flows: [Int] { (0..<arcCount).map { Int(residual[2 * $0 + 1]) } }

    /// Sends as much flow as possible from `source` to `sink` (at most `limit` units) at least cost.
    @inlinable
    public mutating func solve(source: Int, sink: Int, limit: Int = .max) -> Solution {
        var network = ResidualNetwork(nodeCount: nodeCount, tails: tails, heads: heads, capacity: residual, costs: costs)
        let solution = network.minimumCostFlow(source: source, sink: sink, limit: limit)
        residual = network.residualInArcOrder()
        return solution
    }

    /// The reduced cost of every arc with residual capacity under `potentials`, for checking a certificate:
    /// a flow is optimal when none is negative.
    @inlinable
    public func residualReducedCosts(potentials: [Cost]) -> [Cost] {
        var reduced: [Cost] = []
        for arc in 0..<residual.count where residual[arc] > 0 {
            reduced.append(costs[arc] + potentials[Int(tails[arc])] - potentials[Int(heads[arc])])
        }
        return reduced
    }
}

/// The residual network of a `MinCostFlow`, laid out for speed: arcs grouped by tail (compressed sparse
/// rows), each knowing its reverse.
@usableFromInline
struct ResidualNetwork<Cost: FixedWidthInteger & SignedInteger & Sendable> {
    @usableFromInline let nodeCount: Int
    /// Arcs leaving node v are `first[v] ..< first[v + 1]`.
    @usableFromInline var first: [Int32]
    @usableFromInline var head: [Int32]
    @usableFromInline var capacity: [Int32]
    @usableFromInline var cost: [Cost]
    @usableFromInline var reverse: [Int32]
    /// The position in the caller's pair layout (2k forward, 2k + 1 reverse) of each grouped arc.
    @usableFromInline var original: [Int32]
    @usableFromInline var potential: [Cost]

    @inlinable
    init(nodeCount: Int, tails: [Int32], heads: [Int32], capacity caps: [Int32], costs: [Cost]) {
        self.nodeCount = nodeCount
        var first = [Int32](repeating: 0, count: nodeCount + 1)
        for tail in tails { first[Int(tail) + 1] += 1 }
        for v in 0..<nodeCount { first[v + 1] += first[v] }
        var next = first
        let arcs = tails.count
        var position = [Int32](repeating: 0, count: arcs)
        head = [Int32](repeating: 0, count: arcs)
        capacity = [Int32](repeating: 0, count: arcs)
        cost = [Cost](repeating: 0, count: arcs)
        original = [Int32](repeating: 0, count: arcs)
        for arc in 0..<arcs {
            let slot = Int(next[Int(tails[arc])])
            next[Int(tails[arc])] += 1
            position[arc] = Int32(slot)
            head[slot] = heads[arc]
            capacity[slot] = caps[arc]
            cost[slot] = costs[arc]
            original[slot] = Int32(arc)
        }
        reverse = [Int32](repeating: 0, count: arcs)
        for arc in 0..<arcs { reverse[Int(position[arc])] = position[arc ^ 1] }
        self.first = first
        potential = [Cost](repeating: 0, count: nodeCount)
    }

    /// The residual capacities back in the caller's pair layout.
    @inlinable
    func residualInArcOrder() -> [Int32] {
        var result = [Int32](repeating: 0, count: capacity.count)
        for slot in 0..<capacity.count { result[Int(original[slot])] = capacity[slot] }
        return result
    }

    @usableFromInline var infinity: Cost { Cost.max / 4 }

    @inlinable
    mutating func minimumCostFlow(source: Int, sink: Int, limit: Int) -> MinCostFlow<Cost>.Solution {
        initialisePotentials()
        var flow = 0
        var totalCost: Cost = 0
        var distance = [Cost](repeating: 0, count: nodeCount)
        var level = [Int32](repeating: -1, count: nodeCount)
        var currentArc = [Int32](repeating: 0, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)

        while flow < limit, shortestDistances(from: source, into: &distance), distance[sink] < infinity {
            // Raise potentials so that every shortest path has zero reduced cost, and every residual arc
            // keeps a non-negative one (nodes farther than the sink are raised by the sink's distance).
            let reach = distance[sink]
            for v in 0..<nodeCount { potential[v] += min(distance[v], reach) }
            // Saturate the admissible (zero reduced cost) subgraph, phase by phase, as in Dinic's algorithm.
            while flow < limit, levelAdmissible(from: source, to: sink, level: &level, queue: &queue) {
                for v in 0..<nodeCount { currentArc[v] = first[v] }
                while flow < limit {
                    let pushed = augment(source, sink, Int32(min(limit - flow, Int(Int32.max))), level: level, currentArc: &currentArc)
                    if pushed == 0 { break }
                    flow += Int(pushed)
                    totalCost += Cost(pushed) * (potential[sink] - potential[source])
                }
            }
        }
        return MinCostFlow<Cost>.Solution(flow: flow, cost: totalCost, potentials: potential)
    }

    /// Potentials under which every arc with capacity has a non-negative reduced cost, by Bellman–Ford from a
    /// virtual source joined to every node (so every node gets one); needs no negative cycle.
    @inlinable
    mutating func initialisePotentials() {
        guard cost.indices.contains(where: { capacity[$0] > 0 && cost[$0] < 0 }) else { return }
        var queued = [Bool](repeating: true, count: nodeCount)
        var queue = Array(0..<Int32(nodeCount))
        var cursor = 0
        while cursor < queue.count {
            let u = Int(queue[cursor])
            cursor += 1
            queued[u] = false
            for arc in Int(first[u])..<Int(first[u + 1]) where capacity[arc] > 0 {
                let v = Int(head[arc])
                let candidate = potential[u] + cost[arc]
                if candidate < potential[v] {
                    potential[v] = candidate
                    if !queued[v] {
                        queued[v] = true
                        queue.append(Int32(v))
                    }
                }
            }
            if cursor > 4096 && cursor * 2 > queue.count {
                queue.removeFirst(cursor)
                cursor = 0
            }
        }
    }

    /// Dijkstra on reduced costs from `source`; false when nothing more can be reached.
    @inlinable
    func shortestDistances(from source: Int, into distance: inout [Cost]) -> Bool {
        for v in 0..<nodeCount { distance[v] = infinity }
        distance[source] = 0
        var heap = MinHeap<Cost>()
        heap.push(0, Int32(source))
        while let (d, node) = heap.pop() {
            let u = Int(node)
            guard d == distance[u] else { continue }
            let base = potential[u]
            for arc in Int(first[u])..<Int(first[u + 1]) where capacity[arc] > 0 {
                let v = Int(head[arc])
                let candidate = d + cost[arc] + base - potential[v]
                if candidate < distance[v] {
                    distance[v] = candidate
                    heap.push(candidate, Int32(v))
                }
            }
        }
        return distance.contains { $0 < infinity }
    }

    /// Breadth-first levels over admissible arcs (residual capacity, zero reduced cost); true when the
    /// sink is reached.
    @inlinable
    func levelAdmissible(from source: Int, to sink: Int, level: inout [Int32], queue: inout [Int32]) -> Bool {
        for v in 0..<nodeCount { level[v] = -1 }
        level[source] = 0
        queue[0] = Int32(source)
        var head = 0, tail = 1
        while head < tail {
            let u = Int(queue[head])
            head += 1
            for arc in Int(first[u])..<Int(first[u + 1]) where capacity[arc] > 0 {
                let v = Int(self.head[arc])
                if level[v] < 0 && cost[arc] + potential[u] - potential[v] == 0 {
                    level[v] = level[u] + 1
                    queue[tail] = Int32(v)
                    tail += 1
                }
            }
        }
        return level[sink] >= 0
    }

    /// One augmenting path along increasing levels, with current-arc pointers (iterative depth-first search).
    @inlinable
    mutating func augment(_ source: Int, _ sink: Int, _ bound: Int32, level: [Int32], currentArc: inout [Int32]) -> Int32 {
        var path: [Int32] = []
        var u = source
        while true {
            if u == sink {
                var pushed = bound
                for arc in path { pushed = min(pushed, capacity[Int(arc)]) }
                for arc in path {
                    capacity[Int(arc)] -= pushed
                    capacity[Int(reverse[Int(arc)])] += pushed
                }
                return pushed
            }
            var advanced = false
            while currentArc[u] < first[u + 1] {
                let arc = Int(currentArc[u])
                let v = Int(head[arc])
                if capacity[arc] > 0 && level[v] == level[u] + 1 && cost[arc] + potential[u] - potential[v] == 0 {
                    path.append(Int32(arc))
                    u = v
                    advanced = true
                    break
                }
                currentArc[u] += 1
            }
            if advanced { continue }
            // Dead end: retreat and skip the arc that led here.
            guard let last = path.popLast() else { return 0 }
            u = Int(head[Int(reverse[Int(last)])])
            currentArc[u] += 1
        }
    }
}

/// A binary min-heap of (key, node) pairs; stale entries are skipped by the caller.
@usableFromInline
struct MinHeap<Key: Comparable> {
    @usableFromInline var keys: [Key] = []
    @usableFromInline var nodes: [Int32] = []

    @inlinable init() {}

    @inlinable
    mutating func push(_ key: Key, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard keys[child] < keys[parent] else { break }
            keys.swapAt(child, parent)
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    @inlinable
    mutating func pop() -> (Key, Int32)? {
        guard let top = keys.first else { return nil }
        let node = nodes[0]
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey
            nodes[0] = lastNode
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < keys.count && keys[left] < keys[smallest] { smallest = left }
                if right < keys.count && keys[right] < keys[smallest] { smallest = right }
                if smallest == parent { break }
                keys.swapAt(parent, smallest)
                nodes.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (top, node)
    }
}

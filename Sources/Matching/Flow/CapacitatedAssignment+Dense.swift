/// Scratch lists of one dense search, kept between searches to save allocations.
@usableFromInline
struct DenseWork {
    @usableFromInline var reached: [Int32] = []
    @usableFromInline var ready: [Int32] = []
    @usableFromInline var scanned: [Int32] = []
    @inlinable init() {}
}

extension AugmentingSearch {
    /// The shortest augmenting path from `start` when every row has every column (dense costs, as in
    /// benchmark instances): Jonker–Volgenant's way, with distances in a plain array and the minimum found
    /// by a scan instead of a heap. All columns at the current minimum distance are "ready" together, and a
    /// column reached at that distance with room ends the search at once; integer costs tie often, so this
    /// skips most of the scanning a heap order would do.
    @inlinable
    mutating func augmentDense(
        from start: Int, distance: inout [Cost], predecessor: inout [Int32], state: inout [UInt8], rowDistance: inout [Cost],
        work: inout DenseWork
    ) -> Bool {
        let n = columns, infinity = Cost.max
        let labelled: UInt8 = 0, ready: UInt8 = 1, done: UInt8 = 2
        work.reached.removeAll(keepingCapacity: true)
        work.ready.removeAll(keepingCapacity: true)
        work.scanned.removeAll(keepingCapacity: true)
        var end = -1, delta: Cost = 0
        let room = rowsOfColumn.indices.map { Int32(rowsOfColumn[$0].count) < capacity[$0] }
        let u = self.u
        cost.withUnsafeBufferPointer { costs in
            v.withUnsafeBufferPointer { v in
                distance.withUnsafeMutableBufferPointer { d in
                    predecessor.withUnsafeMutableBufferPointer { p in
                        state.withUnsafeMutableBufferPointer { state in
                            /// Relaxes every arc of `row`; true when a column with room is reached at `level`.
                            func relax(_ row: Int, at level: Cost) -> Bool {
                                let offset = row * n, k = level - u[row], label = Int32(row)
                                for j in 0..<n {
                                    // Wrapping arithmetic, as the overflow checks would cost a third of the time; the
                                    // costs leave room (see `CapacitatedAssignment`), so nothing wraps.
                                    let candidate = k &+ costs[offset &+ j] &- v[j]
                                    guard candidate < d[j] else { continue }
                                    d[j] = candidate
                                    p[j] = label
                                    if candidate == level && state[j] == labelled {
                                        if room[j] {
                                            end = j
                                            delta = level
                                            return true
                                        }
                                        state[j] = ready
                                        work.ready.append(Int32(j))
                                    }
                                }
                                return false
                            }
                            for j in 0..<n {
                                d[j] = infinity
                                state[j] = labelled
                            }
                            rowDistance[start] = 0
                            if relax(start, at: 0) { return }
                            var level: Cost = 0
                            while true {
                                if work.ready.isEmpty {
                                    var low = infinity
                                    for j in 0..<n where state[j] == labelled && d[j] < low { low = d[j] }
                                    guard low < infinity else { return }
                                    level = low
                                    for j in 0..<n where state[j] == labelled && d[j] == low {
                                        if room[j] {
                                            end = j
                                            delta = low
                                            return
                                        }
                                        state[j] = ready
                                        work.ready.append(Int32(j))
                                    }
                                }
                                let j = Int(work.ready.removeLast())
                                state[j] = done
                                work.scanned.append(Int32(j))
                                for row in rowsOfColumn[j] {
                                    rowDistance[Int(row)] = level
                                    work.reached.append(row)
                                    if relax(Int(row), at: level) { return }
                                }
                            }
                        }
                    }
                }
            }
        }
        guard end >= 0 else { return false }
        // Scanned columns and reached rows move their duals; ready but unscanned columns sit at `delta` already.
        for j in work.scanned { v[Int(j)] -= delta - distance[Int(j)] }
        self.u[start] += delta
        for row in work.reached { self.u[Int(row)] += delta - rowDistance[Int(row)] }
        shiftPath(to: end, from: start, predecessor: predecessor)
        return true
    }
}

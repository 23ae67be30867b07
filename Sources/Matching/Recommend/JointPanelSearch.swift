import Domain

/// Chooses one candidate per seat, no person twice, so that the panel can meet with the parties, filling as
/// many seats as can be filled and, among those panels, maximising the total score.
///
/// A depth-first branch and bound over the seats, fewest candidates first. Each node carries the free time
/// the panel so far has in common (one word per day), so a candidate is tried only if a session still fits
/// with them; a seat's candidates come best first, so once the best still reachable cannot beat the best
/// panel found, the rest of the seat is skipped. Exact over the lists it is given; the recommender gives it
/// longer lists when a candidate beyond them could still do better.
struct JointPanelSearch {
    typealias Candidate = (expert: Int, score: Double)

    struct Result {
        /// Per seat, in the order of the lists given, the chosen expert or nil.
        var pick: [Int?]
        /// The objective: per filled seat, `value(score, position:seats:)`.
        var total: Double
        /// False when the budget ran out before the search was done.
        var exhaustive: Bool
    }

    let lists: [[Candidate]]
    let free: [FreeTime]
    let base: FreeTime
    let meeting: MeetingNeed
    let budget: Int

    /// The objective's worth of filling seat `position` (of `seats`, earliest first) at `score`: filling one
    /// more seat beats anything else; among panels filling as many, an earlier seat (the lead mediator
    /// first) beats a later one; then the score counts (scores lie in [0, 1]). So `seats` of weight
    /// 2n² + n + 1 plus 2(n − position) each.
    static func value(_ score: Double, position: Int, seats: Int) -> Double {
        score + Double(2 * seats * seats + seats + 1) + Double(2 * (seats - position))
    }

    func run() -> Result {
        let seats = lists.count
        // Seats with fewer candidates first: they constrain most and branch least.
        let order = lists.indices.sorted { (lists[$0].count, $0) < (lists[$1].count, $1) }
        let ceiling = order.map { seat in lists[seat].first.map { Self.value($0.score, position: seat, seats: seats) } ?? 0 }
        var ceilingFrom = [Double](repeating: 0, count: seats + 1)
        for depth in stride(from: seats - 1, through: 0, by: -1) { ceilingFrom[depth] = ceilingFrom[depth + 1] + ceiling[depth] }

        var best = Result(pick: Array(repeating: nil, count: seats), total: 0, exhaustive: true)
        var pick = [Int?](repeating: nil, count: seats)
        var common = [FreeTime](repeating: base, count: seats + 1)
        var used = Set<Int>()
        var nodes = 0

        func search(_ depth: Int, _ total: Double) {
            guard best.exhaustive else { return }
            if depth == seats {
                if total > best.total + 1e-12 {
                    best.total = total
                    best.pick = pick
                }
                return
            }
            guard total + ceilingFrom[depth] > best.total + 1e-12 else { return }
            let seat = order[depth]
            for candidate in lists[seat] {
                let value = Self.value(candidate.score, position: seat, seats: seats)
                guard total + value + ceilingFrom[depth + 1] > best.total + 1e-12 else { break }
                guard !used.contains(candidate.expert) else { continue }
                nodes += 1
                if nodes > budget {
                    best.exhaustive = false
                    return
                }
                common[depth + 1].assignIntersection(common[depth], free[candidate.expert])
                guard meeting.canMeet(common[depth + 1]) else { continue }
                used.insert(candidate.expert)
                pick[seat] = candidate.expert
                search(depth + 1, total + value)
                pick[seat] = nil
                used.remove(candidate.expert)
                guard best.exhaustive else { return }
            }
            common[depth + 1] = common[depth]
            search(depth + 1, total)
        }
        search(0, 0)
        return best
    }
}

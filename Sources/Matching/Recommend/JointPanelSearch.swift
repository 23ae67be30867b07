import Domain
import Foundation

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

    var lists: [[Candidate]]
    let free: [FreeTime]
    let base: FreeTime
    let meeting: MeetingNeed
    let budget: Int
    /// For a bound only: per seat, the score of "someone not listed", who may fill the seat after every listed
    /// candidate and is taken to be free at any time (so a panel with them is not a real panel).
    var unlisted: [Double?] = []

    /// The marker `pick` holds for a seat filled by someone not listed.
    static let unlistedExpert = -1

    /// The objective's worth of filling seat `position` (of `seats`, earliest first) at `score`, so that
    /// comparing totals compares panels by the number of seats filled, then by which seats (the lead
    /// mediator's before any later seat), then by the total score (scores lie in [0, 1]).
    ///
    /// Seat p weighs (n + 1)·2^(n − 1 − p), more than every later seat and all n scores together; each filled
    /// seat also weighs (n + 1)·2^n, more than all those weights and scores together.
    static func value(_ score: Double, position: Int, seats: Int) -> Double {
        let unit = Double(seats + 1)
        return score + unit * (pow(2, Double(seats)) + pow(2, Double(seats - 1 - position)))
    }

    func run() -> Result {
        let seats = lists.count
        // Seats with fewer candidates first: they constrain most and branch least.
        let order = lists.indices.sorted { (lists[$0].count, $0) < (lists[$1].count, $1) }
        let wildcard = { (seat: Int) in self.unlisted.indices.contains(seat) ? self.unlisted[seat] : nil }
        let ceiling = order.map { seat in
            (lists[seat].first?.score ?? wildcard(seat)).map { Self.value($0, position: seat, seats: seats) } ?? 0
        }
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
            // Someone not listed, or nobody: the panel's common time stays as it was.
            common[depth + 1] = common[depth]
            if let score = wildcard(seat) {
                pick[seat] = Self.unlistedExpert
                search(depth + 1, total + Self.value(score, position: seat, seats: seats))
                pick[seat] = nil
                guard best.exhaustive else { return }
            }
            search(depth + 1, total)
        }
        search(0, 0)
        return best
    }
}

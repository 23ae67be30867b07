import Domain

/// Assigns every open seat of a queue at once, as one min-cost flow: the exact optimum of the stated
/// objective on the candidate graph.
///
/// The network: source → seat (capacity 1; cost −priority, so urgent and old cases fill first when capacity
/// is short) → (case, expert) pair (capacity 1, so nobody takes two seats of a case; cost −score) → expert →
/// sink by unit arcs of rising cost up to the expert's remaining capacity (convex load costs: each further
/// case costs more than the last). Candidates are each seat's best `candidatesPerSeat` eligible experts.
///
/// ```swift
/// let plan = BatchAssigner(recommender: recommender).plan(queue: waiting, holders: assignmentsByCase)
/// ```
public struct BatchAssigner: Sendable {
    public let recommender: Recommender
    /// Candidates kept per seat. Eight is more than the seats of a panel plus the experts who could be
    /// drawn away by other cases in practice; a test shows the Xigang plan is unchanged when every eligible
    /// expert is a candidate.
    public var candidatesPerSeat: Int
    /// The score unit of the integer objective: a score of 1 is worth this many units.
    public static let scoreScale = 1_000_000.0
    /// The extra cost of an expert's n-th open case out of capacity c: loadPenalty · (n / c)² score units.
    public var loadPenalty: Double
    /// The priority of a seat, in score units: difficulty (ordinary 0, difficult 0.5, major 1) plus ageing
    /// (0.02 a day open, doubled past the deadline).
    public var priorityScale: Double

    public init(recommender: Recommender, candidatesPerSeat: Int = 8, loadPenalty: Double = 0.1, priorityScale: Double = 1) {
        self.recommender = recommender
        self.candidatesPerSeat = candidatesPerSeat
        self.loadPenalty = loadPenalty
        self.priorityScale = priorityScale
    }

    /// The priority of a case's seats on `today`.
    public static func priority(of dispute: DisputeCase, on today: CalendarDay) -> Double {
        let difficulty = switch dispute.difficulty {
        case .ordinary: 0.0
        case .difficult: 0.5
        case .major: 1.0
        }
        let age = Double(max(0, dispute.openedOn.days(until: today)))
        let late = Double(max(0, dispute.deadline.days(until: today)))
        return difficulty + 0.02 * age + 0.02 * late
    }

    /// What an expert's n-th open case out of `capacity` costs in the objective.
    func loadCost(nth: Int, capacity: Int) -> Int64 {
        let share = Double(nth) / Double(capacity)
        return Int64((loadPenalty * share * share * Self.scoreScale).rounded())
    }

    /// The optimal plan for the open seats of `queue`; `holders` gives each case's current assignments, and
    /// `progress` hears how many cases have been ranked so far, of how many.
    ///
    /// With `meetings` (and a recommender that knows the experts' free time), every panel is one that can meet
    /// wherever such a panel exists: only experts who can meet a case's parties are its candidates, and a panel
    /// of the flow that still cannot meet is mended by `BatchRepair`, swapping the fewest seats at the least
    /// loss of score. The flow's own optimum, which ignores whether panels can meet, is kept as the bound.
    public func plan(
        queue: [DisputeCase], holders: [DisputeCase.ID: [Assignment]] = [:], meetings: [DisputeCase.ID: MeetingNeed] = [:],
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) -> BatchPlan {
        let encoded = BatchEncoder(assigner: self).encode(queue: queue, holders: holders, meetings: meetings, progress: progress)
        var network = encoded.network
        let solution = network.solve(source: encoded.source, sink: encoded.sink)
        var plan = BatchDecoder(assigner: self, encoded: encoded).decode(network: network, objective: solution.cost)
        if recommender.checksMeetings && !meetings.isEmpty { BatchRepair(assigner: self, encoded: encoded).repair(&plan) }
        return plan
    }
}

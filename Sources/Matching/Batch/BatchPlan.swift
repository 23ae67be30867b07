import Domain

/// The result of assigning a whole queue at once.
public struct BatchPlan: Hashable, Sendable, Codable {
    public var weightsVersion: Int
    public var placements: [Placement]
    public var emptySeats: [EmptySeat]
    /// The objective the flow minimised, in the solver's integer units (lower is better).
    public var objective: Int64
    /// Seats per expert before and after the plan, over the experts who hold the roles the queue needs.
    public var loadBefore: LoadSpread
    public var loadAfter: LoadSpread

    public var filledSeats: Int { placements.count }
    public var totalScore: Double { placements.reduce(0) { $0 + $1.score.total } }
    public var meanScore: Double { placements.isEmpty ? 0 : totalScore / Double(placements.count) }

    /// One seat given to one expert.
    public struct Placement: Hashable, Sendable, Codable {
        public var caseID: DisputeCase.ID
        public var seat: Int
        public var role: ExpertRole
        public var expertID: Expert.ID
        public var expertName: String
        public var score: ScoreBreakdown
    }

    /// A seat the plan could not fill, why, and the smallest change that would fill it.
    public struct EmptySeat: Hashable, Sendable, Codable {
        public var caseID: DisputeCase.ID
        public var seat: Int
        public var role: ExpertRole
        public var reason: String
        public var relaxation: String
    }
}

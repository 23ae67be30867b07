import Domain

/// An expert placed in a ranking for a seat, with the score breakdown that placed them.
public struct RankedExpert: Hashable, Sendable, Codable {
    public var expertID: Expert.ID
    public var name: String
    /// 1 for the best-scoring eligible expert of the seat.
    public var rank: Int
    public var score: ScoreBreakdown
}

/// One seat of a recommended panel.
public struct SeatRecommendation: Hashable, Sendable, Codable {
    public var seat: Int
    public var requirement: SeatRequirement
    /// The expert recommended for the seat; nil when no one eligible is left.
    public var chosen: RankedExpert?
    /// True when `chosen` already holds the seat (an accepted or offered assignment).
    public var isHeld: Bool
    /// The next best eligible experts not on the panel, best first.
    public var alternates: [RankedExpert]
    /// How many experts of the seat's role may sit.
    public var eligibleCount: Int
    /// How many experts of the seat's role each rule kept off (each counted under the first rule that did).
    public var excludedBy: [HardRuleName: Int]
}

/// The best panel for a case: distinct people maximising the total score, with alternates per seat.
public struct Recommendation: Hashable, Sendable, Encodable {
    public var caseID: DisputeCase.ID
    public var weightsVersion: Int
    public var seats: [SeatRecommendation]
    /// When the panel can first meet with the parties, or what stops it; nil when meeting times were not
    /// checked.
    public var meeting: MeetingOutlook? = nil

    /// The experts of the panel, seat by seat.
    public var panel: [Expert.ID] { seats.compactMap { $0.chosen?.expertID } }

    /// The mean score of the filled seats, 0 when none is filled.
    public var meanScore: Double {
        let scores = seats.compactMap { $0.chosen?.score.total }
        return scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
    }
}

/// Why an expert is not on the recommended panel.
public enum WhyNotAnswer: Hashable, Sendable, Codable {
    case onPanel(seat: Int)
    /// Hard rules keep them off every seat their roles fit (or the first seat, when no role fits).
    case excluded(seat: Int, exclusions: [Exclusion])
    /// They may sit, but the only seats their roles fit are already held by an assignment.
    case seatHeld(seat: Int, holder: Expert.ID)
    /// They may sit, but score lower than the chosen expert on these terms.
    case outranked(seat: Int, candidate: RankedExpert, chosen: RankedExpert, losingTerms: [TermComparison])
    /// They may sit and would score higher, but are never free with `with` (the rest of the panel) and the
    /// parties within the horizon; `with` is empty when they are never free with the parties alone.
    case cannotMeet(seat: Int, candidate: RankedExpert, with: [Expert.ID], horizonDays: Int)
    case unknownExpert(Expert.ID)
}

/// How two experts compare on one term.
public struct TermComparison: Hashable, Sendable, Codable {
    public var term: ScoreTermName
    public var weight: Double
    public var candidate: Double
    public var chosen: Double
    /// (candidate − chosen) × weight / Σ weights: this term's share of the gap in total score.
    public var contribution: Double
}

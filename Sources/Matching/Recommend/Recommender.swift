import Domain

/// Ranks the experts for each seat of a case and assembles the best panel of distinct people.
///
/// Hard rules first decide who may sit; the weighted sum of the score terms then ranks them, ties broken
/// by expert ID so the result is deterministic.
///
/// ```swift
/// let recommender = Recommender(pool: pool, weights: activeProfile, panels: .defaults)
/// let recommendation = recommender.recommend(for: dispute)
/// let answer = recommender.whyNot("E-0112", for: dispute, in: recommendation)
/// ```
public struct Recommender: Sendable {
    public private(set) var pool: ExpertPool
    public let weights: WeightsProfile
    public let panels: PanelTable
    public var alternatesPerSeat: Int
    /// Each expert's free time (`ExpertFreeTime.free`), by pool index; empty when meeting times are not checked.
    public let freeTime: [FreeTime]
    /// How many of a seat's best candidates the joint search looks at first; it looks further only when a
    /// candidate beyond them could still make a better panel that can meet.
    public var meetingSearchWidth = 24
    /// How many panels the joint search may try before it settles for the best found.
    public var meetingSearchBudget = 2_000_000

    let weightSum: Double
    /// 1 / Σ wᵢ (0 when every weight is 0), to turn weighted sums into totals.
    let inverseWeightSum: Double
    /// The weights of the case terms, for the straight-line total.
    let caseWeight: CaseWeights

    struct CaseWeights {
        var specialty, load, distance, language, continuity, communityAdviser: Double
    }
    /// The weighted sum of the case-independent terms, per role and expert.
    let staticScore: [[Double]]

    /// - Parameter freeTime: each expert's free time; with it, a recommendation passed a `MeetingNeed` holds
    ///   only panels that can meet.
    public init(pool: ExpertPool, weights: WeightsProfile, panels: PanelTable, alternatesPerSeat: Int = 3,
        freeTime: [Expert.ID: FreeTime] = [:])
    {
        self.pool = pool
        self.freeTime = freeTime.isEmpty ? [] : pool.experts.map { freeTime[$0.id] ?? FreeTime(days: 0) }
        self.weights = weights
        self.panels = panels
        self.alternatesPerSeat = alternatesPerSeat
        weightSum = ScoreTermName.allCases.reduce(0) { $0 + weights.weight($1) }
        inverseWeightSum = weightSum > 0 ? 1 / weightSum : 0
        caseWeight = CaseWeights(
            specialty: weights.weight(.specialty), load: weights.weight(.load), distance: weights.weight(.distance),
            language: weights.weight(.language), continuity: weights.weight(.continuity),
            communityAdviser: weights.weight(.communityAdviser))
        staticScore = ExpertRole.allCases.indices.map { role in
            pool.experts.indices.map { expert in
                ScoreTermName.staticTerms.reduce(0.0) { sum, term in
                    sum + weights.weight(term) * pool.staticTerm(term, expert: expert, roleIndex: role)
                }
            }
        }
    }

    /// Records that an expert took one more open case, so later recommendations see the load.
    public mutating func recordAssignment(of expertID: Expert.ID) {
        if let position = pool.index[expertID] { pool.addOpenCase(position) }
    }
}

extension ScoreTermName {
    /// Terms whose value does not depend on the case.
    static let staticTerms: [ScoreTermName] = [.trackRecord, .fairness, .availability, .strain]
}

extension ExpertRole {
    /// The role's place in `ExpertRole.allCases`, for per-role tables.
    var position: Int {
        switch self {
        case .mediator: 0
        case .lawyer: 1
        case .psychologist: 2
        case .panelist: 3
        }
    }
}

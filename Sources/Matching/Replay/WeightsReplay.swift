import Domain

/// Replays past cases under a candidate weights profile and under the active one, from the same pool,
/// so an administrator sees what would change before activating it.
///
/// Each profile recommends a panel for every case in turn, oldest first, and each recommended seat adds
/// to its expert's load, so the load spread reflects how the profile shares work out over the run.
public struct WeightsReplay: Sendable {
    public let pool: ExpertPool
    public let panels: PanelTable

    public init(pool: ExpertPool, panels: PanelTable) {
        self.pool = pool
        self.panels = panels
    }

    public func run(cases: [DisputeCase], baseline: WeightsProfile, candidate: WeightsProfile) -> ReplayReport {
        let ordered = cases.sorted { ($0.openedOn, $0.id) < ($1.openedOn, $1.id) }
        let before = replay(ordered, weights: baseline), after = replay(ordered, weights: candidate)
        var changes: [ReplayReport.SeatChange] = []
        var seats = 0
        for (old, new) in zip(before.recommendations, after.recommendations) {
            for (oldSeat, newSeat) in zip(old.seats, new.seats) {
                seats += 1
                if oldSeat.chosen?.expertID != newSeat.chosen?.expertID {
                    changes.append(.init(caseID: old.caseID, seat: oldSeat.seat, role: oldSeat.requirement.role,
                        before: oldSeat.chosen?.expertID, after: newSeat.chosen?.expertID))
                }
            }
        }
        var shifts: [ReplayReport.ExpertShift] = []
        for (position, expert) in pool.experts.enumerated() where before.counts[position] != after.counts[position] {
            shifts.append(.init(expertID: expert.id, name: expert.name, baseline: before.counts[position], candidate: after.counts[position]))
        }
        let gainers = shifts.filter { $0.change > 0 }.sorted { ($1.change, $0.expertID) < ($0.change, $1.expertID) }
        let losers = shifts.filter { $0.change < 0 }.sorted { ($0.change, $0.expertID) < ($1.change, $1.expertID) }
        return ReplayReport(
            cases: ordered.count, seats: seats, changedSeats: changes.count,
            changedShare: seats > 0 ? Double(changes.count) / Double(seats) : 0,
            baseline: before.outcome(baseline), candidate: after.outcome(candidate),
            gainers: Array(gainers.prefix(5)), losers: Array(losers.prefix(5)), changes: changes)
    }

    private struct Run {
        var recommendations: [Recommendation] = []
        var counts: [Int]

        func outcome(_ profile: WeightsProfile) -> ReplayReport.ProfileOutcome {
            let scores = recommendations.map(\.meanScore)
            let empty = recommendations.reduce(0) { $0 + $1.seats.filter { $0.chosen == nil }.count }
            return .init(
                version: profile.version, name: profile.name,
                meanPanelScore: scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count),
                worstPanelScore: scores.min() ?? 0, emptySeats: empty, loadSpread: LoadSpread(counts: counts),
                seatsPerExpert: counts.reduce(into: [Int](repeating: 0, count: (counts.max() ?? 0) + 1)) { $0[$1] += 1 })
        }
    }

    private func replay(_ cases: [DisputeCase], weights: WeightsProfile) -> Run {
        var recommender = Recommender(pool: pool, weights: weights, panels: panels)
        var run = Run(counts: [Int](repeating: 0, count: pool.experts.count))
        for dispute in cases {
            let recommendation = recommender.recommend(for: dispute)
            for id in recommendation.panel {
                recommender.recordAssignment(of: id)
                if let position = pool.index[id] { run.counts[position] += 1 }
            }
            run.recommendations.append(recommendation)
        }
        return run
    }
}

/// What a replay found.
public struct ReplayReport: Hashable, Sendable, Codable {
    public var cases: Int
    public var seats: Int
    public var changedSeats: Int
    /// The share of seats whose expert changes under the candidate profile.
    public var changedShare: Double
    public var baseline: ProfileOutcome
    public var candidate: ProfileOutcome
    /// The experts who gain the most seats, most first.
    public var gainers: [ExpertShift]
    /// The experts who lose the most seats, most first.
    public var losers: [ExpertShift]
    public var changes: [SeatChange]

    public struct ProfileOutcome: Hashable, Sendable, Codable {
        public var version: Int
        public var name: String
        /// Mean and worst of the panels' mean seat scores, each under its own profile's weights.
        public var meanPanelScore: Double
        public var worstPanelScore: Double
        public var emptySeats: Int
        public var loadSpread: LoadSpread
        /// How many experts got each number of seats over the run: `seatsPerExpert[k]` experts got `k`.
        public var seatsPerExpert: [Int]
    }

    public struct ExpertShift: Hashable, Sendable, Codable {
        public var expertID: Expert.ID
        public var name: String
        public var baseline: Int
        public var candidate: Int
        public var change: Int { candidate - baseline }
    }

    public struct SeatChange: Hashable, Sendable, Codable {
        public var caseID: DisputeCase.ID
        public var seat: Int
        public var role: ExpertRole
        public var before: Expert.ID?
        public var after: Expert.ID?
    }
}

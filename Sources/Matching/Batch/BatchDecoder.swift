import Domain

/// Reads a solved batch network back into a plan, explaining every seat left empty.
struct BatchDecoder {
    let assigner: BatchAssigner
    let encoded: BatchEncoder.Encoded

    func decode(network: MinCostFlow<Int64>, objective: Int64) -> BatchPlan {
        let recommender = assigner.recommender
        let pool = recommender.pool
        var filled = Set<Int>()
        var placements: [BatchPlan.Placement] = []
        var after = pool.openCases
        for pair in encoded.pairArcs where network.flow(on: pair.arc) > 0 {
            let seat = encoded.seats[pair.seat]
            filled.insert(pair.seat)
            after[pair.expert] += 1
            let ranked = recommender.ranked(pair.expert, rank: 0, role: seat.requirement.role, facts: seat.facts)
            placements.append(BatchPlan.Placement(
                caseID: seat.dispute.id, seat: seat.seat, role: seat.requirement.role, expertID: ranked.expertID,
                expertName: ranked.name, score: ranked.score))
        }
        placements.sort { ($0.caseID, $0.seat) < ($1.caseID, $1.seat) }
        let empty = encoded.seats.indices.filter { !filled.contains($0) }.map { explainEmpty(encoded.seats[$0]) }

        let roles = Set(encoded.seats.map(\.requirement.role))
        let relevant = pool.experts.indices.filter { expert in roles.contains { pool.experts[expert].roles.contains($0) } }
        return BatchPlan(
            weightsVersion: recommender.weights.version, placements: placements, emptySeats: empty, objective: objective,
            bound: objective, flowScore: placements.reduce(0) { $0 + $1.score.total },
            loadBefore: LoadSpread(counts: relevant.map { pool.openCases[$0] }),
            loadAfter: LoadSpread(counts: relevant.map { after[$0] }))
    }

    /// Why a seat stayed empty, and the smallest relaxation that would fill it: the single rule that keeps the
    /// best-scoring otherwise-eligible expert off, or more capacity for the best candidate taken elsewhere.
    private func explainEmpty(_ seat: BatchEncoder.OpenSeat) -> BatchPlan.EmptySeat {
        let pool = assigner.recommender.pool
        let role = seat.requirement.role
        func empty(_ cause: BatchPlan.EmptySeat.Cause, _ remedy: BatchPlan.EmptySeat.Remedy) -> BatchPlan.EmptySeat {
            BatchPlan.EmptySeat(caseID: seat.dispute.id, seat: seat.seat, role: role, cause: cause, remedy: remedy)
        }
        if let best = seat.ranking.top.first {
            return empty(.outplaced(eligible: seat.ranking.eligibleCount), .raiseCapacity(pool.experts[best.expert].id))
        }
        let cause: BatchPlan.EmptySeat.Cause = seat.ranking.excludedBy.isEmpty ? .noneHoldsRole : .allExcluded(seat.ranking.excludedBy)
        var nearest: (score: Double, expert: Int, exclusion: Exclusion)?
        let staticScores = assigner.recommender.staticScore[role.position]
        for expert in pool.byRole[role] ?? [] {
            let exclusions = HardRules.allExclusions(of: expert, for: seat.requirement, seatIndex: seat.seat, pool: pool, facts: seat.facts)
            guard exclusions.count == 1 else { continue }
            let score = assigner.recommender.total(expert: expert, role: role, staticScores: staticScores, facts: seat.facts)
            if nearest == nil || score > nearest!.score { nearest = (score, expert, exclusions[0]) }
        }
        guard let nearest else { return empty(cause, .noneNear) }
        return empty(cause, .lift(nearest.exclusion, expert: pool.experts[nearest.expert].id))
    }
}

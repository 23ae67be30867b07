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
            loadBefore: LoadSpread(counts: relevant.map { pool.openCases[$0] }),
            loadAfter: LoadSpread(counts: relevant.map { after[$0] }))
    }

    /// Why a seat stayed empty, and the smallest relaxation that would fill it: the single rule that keeps the
    /// best-scoring otherwise-eligible expert off, or more capacity for the best candidate taken elsewhere.
    private func explainEmpty(_ seat: BatchEncoder.OpenSeat) -> BatchPlan.EmptySeat {
        let pool = assigner.recommender.pool
        let role = seat.requirement.role
        func empty(_ reason: String, _ relaxation: String) -> BatchPlan.EmptySeat {
            BatchPlan.EmptySeat(caseID: seat.dispute.id, seat: seat.seat, role: role, reason: reason, relaxation: relaxation)
        }
        if let best = seat.ranking.top.first {
            let id = pool.experts[best.expert].id
            return empty("its \(seat.ranking.eligibleCount) eligible \(role.rawValue)s are all placed on seats of higher priority or better fit",
                "raise the capacity of \(id) by 1")
        }
        let tally = seat.ranking.excludedBy.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }
            .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
        let reason = tally.isEmpty ? "no expert is a \(role.rawValue)" : "every \(role.rawValue) is excluded (\(tally))"
        var nearest: (score: Double, expert: Int, exclusion: Exclusion)?
        let staticScores = assigner.recommender.staticScore[role.position]
        for expert in pool.byRole[role] ?? [] {
            let exclusions = HardRules.allExclusions(of: expert, for: seat.requirement, seatIndex: seat.seat, pool: pool, facts: seat.facts)
            guard exclusions.count == 1 else { continue }
            let score = assigner.recommender.total(expert: expert, role: role, staticScores: staticScores, facts: seat.facts)
            if nearest == nil || score > nearest!.score { nearest = (score, expert, exclusions[0]) }
        }
        guard let nearest else { return empty(reason, "no \(role.rawValue) is a single rule away from eligible") }
        return empty(reason, Self.relaxation(nearest.exclusion, expert: pool.experts[nearest.expert].id, role: role))
    }

    static func relaxation(_ exclusion: Exclusion, expert: Expert.ID, role: ExpertRole) -> String {
        switch exclusion {
        case let .atCapacity(open, limit): "raise the capacity of \(expert) by 1 (they hold \(open) of \(limit))"
        case let .onLeave(_, through): "schedule after \(expert) returns from leave on \(through.adding(days: 1))"
        case .inactive: "reactivate \(expert)"
        case let .declaredRelation(party, _, _, _), let .actedForParty(party, _, _, _):
            "no \(role.rawValue) is free of conflicts with party \(party); the nearest, \(expert), would need the parties' informed consent"
        case let .missingCredential(required):
            "allow a \(role.rawValue) without \(required.map(\.rawValue).joined(separator: " or ")): \(expert)"
        case let .vetoed(party, _): "ask party \(party) to lift the veto on \(expert)"
        case let .alreadySeated(seat): "free \(expert) from seat \(seat) of this case"
        case .declinedOffer: "ask \(expert), who declined this case, to reconsider"
        case let .lacksRole(required, _): "give \(expert) the role \(required.rawValue)"
        }
    }
}

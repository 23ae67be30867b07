import Domain

extension Recommender {
    /// The ranking of one seat: the best `limit` eligible experts, how many may sit, and how many each
    /// rule kept off.
    struct SeatRanking {
        var top: [(expert: Int, score: Double)] = []
        var eligibleCount = 0
        var excludedBy: [HardRuleName: Int] = [:]
    }

    /// The total score of an expert in a seat of `role`, without building the breakdown.
    @inline(__always)
    func total(expert: Int, role: ExpertRole, roleIndex: Int, facts: CaseFacts) -> Double {
        var sum = staticScore[roleIndex][expert]
        for term in ScoreTermName.caseTerms {
            let weight = weightVector[term.position]
            if weight != 0 { sum += weight * pool.caseTerm(term, expert: expert, role: role, facts: facts) }
        }
        return weightSum > 0 ? sum / weightSum : 0
    }

    func breakdown(expert: Int, role: ExpertRole, facts: CaseFacts) -> ScoreBreakdown {
        ScoreBreakdown(terms: pool.terms(expert: expert, role: role, facts: facts), weights: weights)
    }

    /// Ranks the experts of the seat's role, keeping the best `limit` (all when nil), best first,
    /// ties broken by expert ID.
    func rank(seat: SeatRequirement, seatIndex: Int, facts: CaseFacts, limit: Int?) -> SeatRanking {
        var ranking = SeatRanking()
        let roleIndex = seat.role.position
        for expert in pool.byRole[seat.role] ?? [] {
            if let exclusion = HardRules.firstExclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts) {
                ranking.excludedBy[exclusion.rule, default: 0] += 1
                continue
            }
            ranking.eligibleCount += 1
            let score = total(expert: expert, role: seat.role, roleIndex: roleIndex, facts: facts)
            if let limit, ranking.top.count == limit {
                let last = ranking.top[limit - 1]
                guard score > last.score || (score == last.score && expert < last.expert) else { continue }
                ranking.top.removeLast()
            }
            let position = ranking.top.firstIndex { score > $0.score || (score == $0.score && expert < $0.expert) } ?? ranking.top.count
            ranking.top.insert((expert, score), at: position)
        }
        return ranking
    }

    func ranked(_ expert: Int, rank: Int, role: ExpertRole, facts: CaseFacts) -> RankedExpert {
        RankedExpert(expertID: pool.experts[expert].id, name: pool.experts[expert].name, rank: rank,
            score: breakdown(expert: expert, role: role, facts: facts))
    }

    /// The full ranking of every eligible expert for seat `seatIndex` of `dispute`.
    public func ranking(seat seatIndex: Int, of dispute: DisputeCase, holders: [Assignment] = []) -> [RankedExpert] {
        let seats = panels.seats(for: dispute.type, dispute.difficulty)
        guard seats.indices.contains(seatIndex) else { return [] }
        let facts = CaseFacts(dispute: dispute, pool: pool, seated: seatedExperts(holders))
        return rank(seat: seats[seatIndex], seatIndex: seatIndex, facts: facts, limit: nil).top.enumerated().map {
            ranked($1.expert, rank: $0 + 1, role: seats[seatIndex].role, facts: facts)
        }
    }

    /// The experts already holding seats of the case, by pool index.
    func seatedExperts(_ holders: [Assignment]) -> [Int: Int] {
        var seated: [Int: Int] = [:]
        for holder in holders where holder.status.holdsSeat {
            if let expert = pool.index[holder.expertID] { seated[expert] = holder.seat }
        }
        return seated
    }
}

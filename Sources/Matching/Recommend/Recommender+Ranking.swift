import Domain

extension Recommender {
    /// The ranking of one seat: the best `limit` eligible experts with their total scores, how many may sit,
    /// and how many each rule kept off.
    struct SeatRanking {
        var top: [(expert: Int, score: Double)] = []
        var eligibleCount = 0
        /// Experts kept off, by rule in `HardRuleName.allCases` order.
        var excludedCounts = [Int](repeating: 0, count: HardRuleName.allCases.count)

        var excludedBy: [HardRuleName: Int] {
            Dictionary(uniqueKeysWithValues: zip(HardRuleName.allCases, excludedCounts).filter { $0.1 > 0 })
        }
    }

    /// The weighted sum Σ wᵢ·termᵢ of an expert in a seat of `role`, not yet divided by Σ wᵢ (ranking needs
    /// no division): the case-independent part precomputed, the case terms read from precomputed tables.
    @inline(__always)
    func weightedSum(expert: Int, role: ExpertRole, staticScores: [Double], facts: CaseFacts) -> Double {
        var sum = staticScores[expert]
        sum += caseWeight.specialty * pool.specialtyTerms[expert * pool.typeCount + facts.typeIndex]
        sum += caseWeight.load * pool.loadTerms[expert]
        let home = pool.homeCommunity[expert]
        if home >= 0 && !facts.distanceToCase.isEmpty { sum += caseWeight.distance * facts.distanceToCase[home] }
        sum += caseWeight.language * facts.languageTerms[expert]
        if !facts.served.isEmpty {
            sum += caseWeight.continuity * ContinuityTerm.value(servedParties: Int(facts.served[expert]), of: facts.dispute.parties.count)
        }
        let advises = pool.adviserCommunity[expert]
        if advises >= 0 {
            sum += caseWeight.communityAdviser * CommunityAdviserTerm.value(advises: advises, caseCommunity: facts.community, seat: role)
        }
        return sum
    }

    /// The total score Σ wᵢ·termᵢ / Σ wᵢ of an expert in a seat of `role`, without building the breakdown.
    func total(expert: Int, role: ExpertRole, staticScores: [Double], facts: CaseFacts) -> Double {
        weightedSum(expert: expert, role: role, staticScores: staticScores, facts: facts) * inverseWeightSum
    }

    func breakdown(expert: Int, role: ExpertRole, facts: CaseFacts) -> ScoreBreakdown {
        ScoreBreakdown(values: pool.terms(expert: expert, role: role, facts: facts), weights: weights)
    }

    /// Ranks the experts of the seat's role, keeping the best `limit` (all when nil), best first,
    /// ties broken by expert ID.
    func rank(seat: SeatRequirement, seatIndex: Int, facts: CaseFacts, limit: Int?) -> SeatRanking {
        var ranking = SeatRanking()
        let staticScores = staticScore[seat.role.position]
        let screen = SeatScreen(seat, index: seatIndex)
        for expert in pool.byRole[seat.role] ?? [] {
            if let rule = HardRules.firstExcludingRule(of: expert, in: screen, pool: pool, facts: facts) {
                ranking.excludedCounts[rule.position] += 1
                continue
            }
            ranking.eligibleCount += 1
            let score = weightedSum(expert: expert, role: seat.role, staticScores: staticScores, facts: facts)
            guard let limit else {
                ranking.top.append((expert, score))
                continue
            }
            if ranking.top.count == limit {
                let last = ranking.top[limit - 1]
                guard score > last.score || (score == last.score && expert < last.expert) else { continue }
                ranking.top.removeLast()
            }
            // The first place whose holder ranks below this expert (the list is sorted best first).
            var low = 0, high = ranking.top.count
            while low < high {
                let middle = (low + high) / 2
                let held = ranking.top[middle]
                if score > held.score || (score == held.score && expert < held.expert) { high = middle } else { low = middle + 1 }
            }
            ranking.top.insert((expert, score), at: low)
        }
        if limit == nil { ranking.top.sort { $0.score > $1.score || ($0.score == $1.score && $0.expert < $1.expert) } }
        for position in ranking.top.indices { ranking.top[position].score *= inverseWeightSum }
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
        let facts = CaseFacts(dispute: dispute, pool: pool, seated: seatedExperts(holders), declined: declinedExperts(holders))
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

    /// The experts who declined an offer for the case or let one expire, by pool index.
    func declinedExperts(_ holders: [Assignment]) -> [Int: Exclusion] {
        var declined: [Int: Exclusion] = [:]
        for holder in holders where holder.status == .declined || holder.status == .expired {
            if let expert = pool.index[holder.expertID] {
                declined[expert] = .declinedOffer(seat: holder.seat, reason: holder.status == .expired ? "the offer expired" : holder.reason)
            }
        }
        return declined
    }
}

import Domain

extension Recommender {
    /// Why `expertID` is not on the panel recommended for `dispute`: the rules that exclude them, or the
    /// terms on which they lose to the expert chosen for the seat where they rank best, with the numbers.
    ///
    /// With `meeting` (as given to `recommend`), an eligible expert who is never free with the rest of the
    /// panel and the parties is told so, naming the fewest people they are never free with.
    public func whyNot(_ expertID: Expert.ID, for dispute: DisputeCase, in recommendation: Recommendation,
        holders: [Assignment] = [], meeting: MeetingNeed? = nil) -> WhyNotAnswer
    {
        guard let expert = pool.index[expertID] else { return .unknownExpert(expertID) }
        if let seat = recommendation.seats.first(where: { $0.chosen?.expertID == expertID }) {
            return .onPanel(seat: seat.seat)
        }
        let seats = panels.seats(for: dispute.type, dispute.difficulty)
        let facts = CaseFacts(dispute: dispute, pool: pool, seated: seatedExperts(holders), declined: declinedExperts(holders))
        let fitting = seats.indices.filter { pool.experts[expert].roles.contains(seats[$0].role) }

        var best: (seat: Int, candidate: RankedExpert, chosen: RankedExpert)?
        var heldSeat: SeatRecommendation?
        for seatIndex in fitting where HardRules.firstExclusion(of: expert, for: seats[seatIndex], seatIndex: seatIndex, pool: pool, facts: facts) == nil {
            let seat = recommendation.seats[seatIndex]
            if seat.isHeld {
                heldSeat = heldSeat ?? seat
                continue
            }
            let full = rank(seat: seats[seatIndex], seatIndex: seatIndex, facts: facts, limit: nil).top
            let position = (full.firstIndex { $0.expert == expert } ?? full.count) + 1
            let candidate = ranked(expert, rank: position, role: seats[seatIndex].role, facts: facts)
            if let meeting, checksMeetings, recommendation.meeting != nil,
                let blockers = meetingBlockers(expert, seat: seatIndex, in: recommendation, meeting: meeting)
            {
                return .cannotMeet(seat: seatIndex, candidate: candidate, with: blockers, horizonDays: meeting.horizonDays)
            }
            guard let chosen = seat.chosen else { continue }
            if best == nil || candidate.rank < best!.candidate.rank { best = (seatIndex, candidate, chosen) }
        }
        if let best {
            let gaps = ScoreTermName.allCases.compactMap { term -> TermComparison? in
                let weight = weights.weight(term)
                let mine = best.candidate.score[term], theirs = best.chosen.score[term]
                guard weight > 0, mine < theirs else { return nil }
                return TermComparison(term: term, weight: weight, candidate: mine, chosen: theirs,
                    contribution: (mine - theirs) * weight / weightSum)
            }.sorted { $0.contribution < $1.contribution }
            return .outranked(seat: best.seat, candidate: best.candidate, chosen: best.chosen, losingTerms: gaps)
        }
        if let heldSeat, let holder = heldSeat.chosen { return .seatHeld(seat: heldSeat.seat, holder: holder.expertID) }
        let seatIndex = fitting.first ?? 0
        guard seats.indices.contains(seatIndex) else { return .excluded(seat: 0, exclusions: []) }
        return .excluded(seat: seatIndex, exclusions: fitting.isEmpty
            ? HardRules.allExclusions(of: expert, for: seats[seatIndex], seatIndex: seatIndex, pool: pool, facts: facts)
            : uniqueExclusions(expert, seats: fitting.map { (seats[$0], $0) }, facts: facts))
    }

    /// The fewest members of the panel (other than seat `seat`) that `expert` is never free with, together with
    /// the parties: none when they are never free with the parties alone, one when a single member does it,
    /// else all of them; nil when they can meet with the rest.
    private func meetingBlockers(_ expert: Int, seat: Int, in recommendation: Recommendation, meeting: MeetingNeed) -> [Expert.ID]? {
        let others = recommendation.seats.filter { $0.seat != seat }.compactMap { $0.chosen?.expertID }.compactMap { pool.index[$0] }
        var rest = freeTime[expert]
        guard meeting.canMeet(rest) else { return [] }
        for other in others { rest.formIntersection(freeTime[other]) }
        guard !meeting.canMeet(rest) else { return nil }
        if let single = others.first(where: { !meeting.canMeet(freeTime[expert], freeTime[$0]) }) {
            return [pool.experts[single].id]
        }
        return others.map { pool.experts[$0].id }
    }

    private func uniqueExclusions(_ expert: Int, seats: [(SeatRequirement, Int)], facts: CaseFacts) -> [Exclusion] {
        var seen: [Exclusion] = []
        for (seat, index) in seats {
            for exclusion in HardRules.allExclusions(of: expert, for: seat, seatIndex: index, pool: pool, facts: facts)
            where !seen.contains(exclusion) {
                seen.append(exclusion)
            }
        }
        return seen
    }
}

extension Recommender {
    /// Every hard rule that keeps `expertID` off seat `seatIndex` of `dispute`, the seat itself counted as free
    /// (for a coordinator's manual choice); nil when the expert or the seat does not exist.
    public func exclusions(of expertID: Expert.ID, seat seatIndex: Int, of dispute: DisputeCase, holders: [Assignment] = [])
        -> [Exclusion]?
    {
        let seats = panels.seats(for: dispute.type, dispute.difficulty)
        guard let expert = pool.index[expertID], seats.indices.contains(seatIndex) else { return nil }
        let facts = CaseFacts(dispute: dispute, pool: pool, seated: seatedExperts(holders.filter { $0.seat != seatIndex }),
            declined: declinedExperts(holders))
        return HardRules.allExclusions(of: expert, for: seats[seatIndex], seatIndex: seatIndex, pool: pool, facts: facts)
    }
}

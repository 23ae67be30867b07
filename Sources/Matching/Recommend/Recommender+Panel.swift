import Domain

extension Recommender {
    /// The best panel for `dispute`: for the seats not yet held, the distinct experts that maximise the
    /// total score, and the best alternates per seat.
    ///
    /// - Parameters:
    ///   - dispute: the case; its type and difficulty choose the seats from the panel table.
    ///   - holders: the case's assignments; seats with a live one are kept and their holders may not
    ///     take another seat.
    ///   - meeting: when and where the case's next session can be; with it (and the experts' free time), the
    ///     panel is one that can meet, its alternates can meet with the rest, and `meeting` of the result
    ///     says when, or what stops it.
    public func recommend(for dispute: DisputeCase, holders: [Assignment] = [], meeting: MeetingNeed? = nil) -> Recommendation {
        let seats = panels.seats(for: dispute.type, dispute.difficulty)
        let seated = seatedExperts(holders)
        let facts = CaseFacts(dispute: dispute, pool: pool, seated: seated, declined: declinedExperts(holders))
        let heldSeats = Dictionary(seated.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        let open = seats.indices.filter { heldSeats[$0] == nil }
        let meeting = checksMeetings ? meeting : nil
        let limit = open.count + alternatesPerSeat

        var rankings: [Int: SeatRanking] = [:]
        for seat in open {
            rankings[seat] = rank(seat: seats[seat], seatIndex: seat, facts: facts, limit: meeting == nil ? limit : max(limit, meetingSearchWidth))
        }
        var chosen = PanelAssembler.best(open.map { seat in rankings[seat]!.top.prefix(open.count).map { ($0.expert, $0.score) } })
        var plan: MeetingPlan?
        if let meeting {
            plan = planMeeting(seats: seats, open: open, seated: seated, facts: facts, rankings: &rankings, timeBlind: chosen, meeting: meeting)
            chosen = plan!.chosen
        }
        let panelMembers = Set(chosen.compactMap { $0 }).union(seated.keys)

        var result: [SeatRecommendation] = []
        for (seatIndex, requirement) in seats.enumerated() {
            if let holder = heldSeats[seatIndex] {
                result.append(SeatRecommendation(
                    seat: seatIndex, requirement: requirement, chosen: ranked(holder, rank: 0, role: requirement.role, facts: facts),
                    isHeld: true, alternates: [], eligibleCount: 0, excludedBy: [:]))
                continue
            }
            let position = open.firstIndex(of: seatIndex)!
            var ranking = rankings[seatIndex]!
            let pick = chosen[position]
            var alternates = Array(ranking.top.filter { !panelMembers.contains($0.expert) }.prefix(alternatesPerSeat))
            if let meeting, let plan, meeting.canMeet(plan.base) {
                var rest = plan.base
                for (k, expert) in chosen.enumerated() where k != position { if let expert { rest.formIntersection(freeTime[expert]) } }
                alternates = meetingAlternates(seat: seatIndex, requirement: requirement, facts: facts, ranking: &ranking,
                    panel: panelMembers, rest: rest, meeting: meeting)
            }
            let rankOf = { (expert: Int) in (ranking.top.firstIndex { $0.expert == expert } ?? 0) + 1 }
            result.append(SeatRecommendation(
                seat: seatIndex, requirement: requirement,
                chosen: pick.map { ranked($0, rank: rankOf($0), role: requirement.role, facts: facts) }, isHeld: false,
                alternates: alternates.map { ranked($0.expert, rank: rankOf($0.expert), role: requirement.role, facts: facts) },
                eligibleCount: ranking.eligibleCount, excludedBy: ranking.excludedBy))
        }
        return Recommendation(caseID: dispute.id, weightsVersion: weights.version, seats: result, meeting: plan?.outlook)
    }
}

/// Chooses one candidate per seat, no person twice, maximising the total score.
///
/// Each seat offers its best candidates, best first. An optimal panel of n seats only ever uses a seat's
/// n best candidates (the other n − 1 seats can take at most n − 1 of them), so a depth-first search over
/// those, pruned by the best still reachable, is exact. Among equal totals the first found wins, which
/// favours better-ranked candidates for earlier seats.
enum PanelAssembler {
    static func best(_ candidates: [[(expert: Int, score: Double)]]) -> [Int?] {
        let seats = candidates.count
        var bestTotal = -Double.infinity
        var bestPick = [Int?](repeating: nil, count: seats)
        var pick = [Int?](repeating: nil, count: seats)
        var used = Set<Int>()
        // The best each seat could add, for the bound; an empty seat adds nothing.
        let ceiling = candidates.map { $0.first?.score ?? 0 }
        var ceilingFrom = [Double](repeating: 0, count: seats + 1)
        for seat in stride(from: seats - 1, through: 0, by: -1) { ceilingFrom[seat] = ceilingFrom[seat + 1] + ceiling[seat] }
        // Filling more seats beats any score difference (scores lie in [0, 1]).
        func value(_ score: Double) -> Double { score + Double(seats + 1) }

        func search(_ seat: Int, _ total: Double) {
            if seat == seats {
                if total > bestTotal + 1e-12 {
                    bestTotal = total
                    bestPick = pick
                }
                return
            }
            let bound = total + ceilingFrom[seat] + Double(seats - seat) * Double(seats + 1)
            guard bound > bestTotal + 1e-12 else { return }
            for candidate in candidates[seat] where !used.contains(candidate.expert) {
                used.insert(candidate.expert)
                pick[seat] = candidate.expert
                search(seat + 1, total + value(candidate.score))
                used.remove(candidate.expert)
            }
            pick[seat] = nil
            search(seat + 1, total)
        }
        search(0, 0)
        return bestPick
    }
}

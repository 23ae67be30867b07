import Domain

extension Recommender {
    /// Whether this recommender knows the experts' free time, so it can check that panels can meet.
    public var checksMeetings: Bool { !freeTime.isEmpty }

    /// The panel chosen for the open seats once meeting times count, and when it can meet.
    struct MeetingPlan {
        /// Per open seat, in the order given, the chosen expert or nil.
        var chosen: [Int?]
        var outlook: MeetingOutlook
        /// The free time the held seats and the parties have in common, before the open seats are filled.
        var base: FreeTime
    }

    /// The best panel for the open seats that can meet with the holders of the other seats and the parties:
    /// as many seats filled as can be, then the highest total score. Seats left empty because nobody eligible
    /// is free with the rest say so, with the nearest expert who would be.
    ///
    /// `rankings` holds each open seat's best candidates; a seat's ranking is extended (four times as far, then to
    /// every eligible expert) while a candidate beyond it could still make a better panel that can meet.
    func planMeeting(
        seats: [SeatRequirement], open: [Int], seated: [Int: Int], facts: CaseFacts, rankings: inout [Int: SeatRanking],
        timeBlind: [Int?], meeting: MeetingNeed
    ) -> MeetingPlan {
        let holders = seated.keys.sorted()
        var base = FreeTime.always(days: meeting.grid.days)
        for expert in holders { base.formIntersection(freeTime[expert]) }
        guard meeting.canMeet(base) else {
            let obstacle: MeetingObstacle = holders.isEmpty || !meeting.canMeet(.always(days: meeting.grid.days))
                ? .partiesNeverFree(horizonDays: meeting.horizonDays, partyWindows: meeting.partyWindows)
                : .holdersNeverFree(holders.map { pool.experts[$0].id }, horizonDays: meeting.horizonDays)
            return MeetingPlan(chosen: timeBlind, outlook: MeetingOutlook(earliest: nil, horizonDays: meeting.horizonDays,
                obstacles: [obstacle]), base: base)
        }

        func feasible(_ seat: Int) -> [JointPanelSearch.Candidate] {
            rankings[seat]!.top.filter { meeting.canMeet(base, freeTime[$0.expert]) }
        }
        var lists = open.map(feasible)
        var result: JointPanelSearch.Result
        while true {
            result = JointPanelSearch(lists: lists, free: freeTime, base: base, meeting: meeting, budget: meetingSearchBudget).run()
            guard result.exhaustive else { break }
            // A panel using someone past seat k's list is worth at most the best panel in which seat k holds
            // someone scoring its last listed score and every other seat a listed candidate or someone past
            // its own list, all of whom are taken to be free whenever: a search on that relaxation bounds it.
            // Extend the seats where that bound could still beat the panel found.
            let truncated = open.map { rankings[$0]!.top.count < rankings[$0]!.eligibleCount ? rankings[$0]!.top.last?.score : nil }
            let extend = open.indices.filter { k in
                guard let last = truncated[k] else { return false }
                var relaxed = JointPanelSearch(lists: lists, free: freeTime, base: base, meeting: meeting, budget: meetingSearchBudget)
                relaxed.lists[k] = []
                relaxed.unlisted = truncated
                relaxed.unlisted[k] = last
                let bound = relaxed.run()
                return !bound.exhaustive || bound.total > result.total + 1e-12
            }
            guard !extend.isEmpty else { break }
            // Four times as far each round, then every eligible expert.
            for k in extend {
                let ranking = rankings[open[k]]!
                let wider = ranking.top.count * 4 < ranking.eligibleCount ? ranking.top.count * 4 : nil
                rankings[open[k]] = rank(seat: seats[open[k]], seatIndex: open[k], facts: facts, limit: wider)
                lists[k] = feasible(open[k])
            }
        }

        let chosen = result.pick
        var together = base
        for expert in chosen.compactMap({ $0 }) { together.formIntersection(freeTime[expert]) }
        var obstacles: [MeetingObstacle] = []
        // Time keeps seats empty only when fewer are filled than regardless of time; a seat empty for want of
        // people (its only candidate sits in another seat) is no meeting obstacle.
        let short = chosen.count { $0 != nil } < timeBlind.count { $0 != nil }
        for (k, seat) in open.enumerated() where short && chosen[k] == nil {
            // Nobody eligible meets the parties (and the holders) at all, or nobody meets the rest chosen too.
            let alone = lists[k].isEmpty
            let others = alone ? holders : holders + chosen.enumerated().compactMap { $0.offset == k ? nil : $0.element }
            obstacles.append(.noneFree(seat: seat, role: seats[seat].role, with: others.map { pool.experts[$0].id },
                horizonDays: meeting.horizonDays, partyWindows: others.isEmpty ? meeting.partyWindows : [],
                nearest: nearMiss(seat: seat, requirement: seats[seat], facts: facts, free: alone ? base : together, meeting: meeting)))
        }
        if !obstacles.isEmpty, !timeBlind.contains(where: { $0 == nil }) {
            var blind = base
            for expert in timeBlind.compactMap({ $0 }) { blind.formIntersection(freeTime[expert]) }
            if let late = meeting.earliest(blind, days: meeting.grid.days) {
                obstacles.append(.meetsAfterHorizon(panel: (holders + timeBlind.compactMap { $0 }).map { pool.experts[$0].id },
                    earliest: meeting.grid.firstDay.adding(days: late.day), horizonDays: meeting.horizonDays))
            }
        }
        let anyone = !holders.isEmpty || chosen.contains { $0 != nil }
        return MeetingPlan(chosen: chosen, outlook: MeetingOutlook(earliest: anyone ? meeting.earliestDate(together) : nil,
            horizonDays: meeting.horizonDays, obstacles: obstacles, exhaustive: result.exhaustive), base: base)
    }

    /// The best-scoring expert of the seat's role kept off by a single hard rule who would be free with the
    /// rest of the panel, for "E-0311 would be, but holds 3 of 3 cases".
    func nearMiss(seat: Int, requirement: SeatRequirement, facts: CaseFacts, free: FreeTime, meeting: MeetingNeed) -> NearMiss? {
        let role = requirement.role
        let staticScores = staticScore[role.position]
        var nearest: (score: Double, expert: Int, exclusion: Exclusion)?
        for expert in pool.byRole[role] ?? [] where meeting.canMeet(free, freeTime[expert]) {
            let exclusions = HardRules.allExclusions(of: expert, for: requirement, seatIndex: seat, pool: pool, facts: facts)
            guard exclusions.count == 1 else { continue }
            if case .alreadySeated = exclusions[0] { continue }
            let score = total(expert: expert, role: role, staticScores: staticScores, facts: facts)
            if nearest == nil || score > nearest!.score { nearest = (score, expert, exclusions[0]) }
        }
        return nearest.map { NearMiss(expertID: pool.experts[$0.expert].id, exclusion: $0.exclusion) }
    }

    /// The best `alternatesPerSeat` experts of a seat's ranking, off the panel, who can meet with `rest` (the
    /// free time of the rest of the panel and the parties), looking further down the ranking if need be.
    func meetingAlternates(seat: Int, requirement: SeatRequirement, facts: CaseFacts, ranking: inout SeatRanking,
        panel: Set<Int>, rest: FreeTime, meeting: MeetingNeed) -> [JointPanelSearch.Candidate]
    {
        func pickFrom(_ ranking: SeatRanking) -> [JointPanelSearch.Candidate] {
            var found: [JointPanelSearch.Candidate] = []
            for candidate in ranking.top where !panel.contains(candidate.expert) {
                guard meeting.canMeet(rest, freeTime[candidate.expert]) else { continue }
                found.append(candidate)
                if found.count == alternatesPerSeat { break }
            }
            return found
        }
        var found = pickFrom(ranking)
        // Four times as far each round, then every eligible expert.
        while found.count < alternatesPerSeat && ranking.top.count < ranking.eligibleCount {
            let wider = ranking.top.count * 4 < ranking.eligibleCount ? max(ranking.top.count, 1) * 4 : nil
            ranking = rank(seat: requirement, seatIndex: seat, facts: facts, limit: wider)
            found = pickFrom(ranking)
        }
        return found
    }
}

import Domain

/// Mends the panels of a batch plan that cannot meet.
///
/// The flow sees each candidate's fit with the parties but not with the rest of the panel, so a few of its
/// panels hold two people who are never free together. Case by case, most urgent first, the repair changes the
/// fewest seats that make the panel meet, and among those changes the one that keeps the most score: it tries
/// every set of one seat, then of two, and so on, each with the joint search over every eligible expert who
/// still has room, the other seats kept. A seat no one can fill so that the panel meets is left empty, with
/// the reason and the nearest fix.
struct BatchRepair {
    let assigner: BatchAssigner
    let encoded: BatchEncoder.Encoded

    /// Panels of more seats than this are searched whole rather than seat set by seat set.
    static let subsetSeatLimit = 6

    func repair(_ plan: inout BatchPlan) {
        let recommender = assigner.recommender
        let pool = recommender.pool
        var load = pool.openCases
        var holder: [Key: Int] = [:]
        for placement in plan.placements {
            guard let expert = pool.index[placement.expertID] else { continue }
            load[expert] += 1
            holder[Key(caseID: placement.caseID, seat: placement.seat)] = expert
        }
        var order: [DisputeCase.ID] = []
        var seatsOfCase: [DisputeCase.ID: [Int]] = [:]
        for (index, seat) in encoded.seats.enumerated() {
            if seatsOfCase[seat.dispute.id] == nil { order.append(seat.dispute.id) }
            seatsOfCase[seat.dispute.id, default: []].append(index)
        }

        for caseID in order {
            let seats = seatsOfCase[caseID]!.map { encoded.seats[$0] }
            guard let meeting = seats[0].meeting, let base = seats[0].base else { continue }
            let picks = seats.map { holder[Key(caseID: caseID, seat: $0.seat)] }
            var together = base
            for expert in picks.compactMap({ $0 }) { together.formIntersection(recommender.freeTime[expert]) }
            let meets = meeting.canMeet(together)
            let unexplained = zip(seats, picks).contains { $0.ranking.top.isEmpty && $0.ranking.eligibleCount > 0 && $1 == nil }
            guard !meets || unexplained else { continue }

            // Every eligible expert who can meet the parties and still has room (this case's own seats freed).
            for expert in picks.compactMap({ $0 }) { load[expert] -= 1 }
            let ranked = seats.map { recommender.rank(seat: $0.requirement, seatIndex: $0.seat, facts: $0.facts, limit: nil).top }
            let lists = ranked.map { candidates in
                candidates.filter {
                    load[$0.expert] < pool.capacity[$0.expert] && meeting.canMeet(base, recommender.freeTime[$0.expert])
                }
            }
            let best = mend(picks: picks, lists: lists, base: base, meeting: meeting)
            for expert in best.compactMap({ $0 }) { load[expert] += 1 }

            let changed = zip(picks, best).filter { $0 != $1 }.count
            if changed > 0 {
                plan.repairedCases += 1
                plan.swappedSeats += changed
            }
            plan.placements.removeAll { $0.caseID == caseID }
            plan.emptySeats.removeAll { $0.caseID == caseID }
            var members = base
            for expert in best.compactMap({ $0 }) { members.formIntersection(recommender.freeTime[expert]) }
            for (k, seat) in seats.enumerated() {
                if let expert = best[k] {
                    holder[Key(caseID: caseID, seat: seat.seat)] = expert
                    let ranked = recommender.ranked(expert, rank: 0, role: seat.requirement.role, facts: seat.facts)
                    plan.placements.append(BatchPlan.Placement(caseID: caseID, seat: seat.seat, role: seat.requirement.role,
                        expertID: ranked.expertID, expertName: ranked.name, score: ranked.score))
                } else {
                    holder[Key(caseID: caseID, seat: seat.seat)] = nil
                    plan.emptySeats.append(emptySeat(seat, others: best.enumerated().compactMap { $0.offset == k ? nil : $0.element },
                        members: members, meeting: meeting, eligible: ranked[k]))
                }
            }
        }
        plan.placements.sort { ($0.caseID, $0.seat) < ($1.caseID, $1.seat) }
        plan.emptySeats.sort { ($0.caseID, $0.seat) < ($1.caseID, $1.seat) }
        plan.objective = objective(plan.placements, load: load)
    }

    /// The panel that meets with the fewest seats changed from `picks`, then the most score; seats that cannot
    /// be filled so that the panel meets stay empty.
    private func mend(picks: [Int?], lists: [[JointPanelSearch.Candidate]], base: FreeTime, meeting: MeetingNeed) -> [Int?] {
        let recommender = assigner.recommender
        func search(changing changeable: Set<Int>) -> JointPanelSearch.Result {
            let fixed = lists.indices.map { k -> [JointPanelSearch.Candidate] in
                if changeable.contains(k) { return lists[k] }
                guard let pick = picks[k] else { return [] }
                return lists[k].filter { $0.expert == pick }
            }
            return JointPanelSearch(lists: fixed, free: recommender.freeTime, base: base, meeting: meeting,
                budget: recommender.meetingSearchBudget).run()
        }
        let all = Set(lists.indices)
        let whole = search(changing: all)
        let filled = whole.pick.indices.filter { whole.pick[$0] != nil }
        guard lists.count <= Self.subsetSeatLimit else { return whole.pick }
        for size in 1..<max(1, lists.count) {
            var best: JointPanelSearch.Result?
            for subset in subsets(of: lists.count, size: size) {
                let result = search(changing: subset)
                guard result.pick.indices.filter({ result.pick[$0] != nil }) == filled else { continue }
                if best == nil || result.total > best!.total + 1e-12 { best = result }
            }
            if let best { return best.pick }
        }
        return whole.pick
    }

    private func subsets(of count: Int, size: Int) -> [Set<Int>] {
        guard size > 0 else { return [[]] }
        guard size <= count else { return [] }
        var result: [Set<Int>] = []
        func build(_ start: Int, _ chosen: Set<Int>) {
            if chosen.count == size { result.append(chosen); return }
            for k in start..<count { build(k + 1, chosen.union([k])) }
        }
        build(0, [])
        return result
    }

    /// Why a seat stays empty: every eligible expert who could meet with the rest has no room left, or none
    /// can meet with them at all (with the nearest expert who would, but for one rule).
    private func emptySeat(_ seat: BatchEncoder.OpenSeat, others: [Int], members: FreeTime, meeting: MeetingNeed,
        eligible: [JointPanelSearch.Candidate]) -> BatchPlan.EmptySeat
    {
        let recommender = assigner.recommender
        func empty(_ cause: BatchPlan.EmptySeat.Cause, _ remedy: BatchPlan.EmptySeat.Remedy) -> BatchPlan.EmptySeat {
            BatchPlan.EmptySeat(caseID: seat.dispute.id, seat: seat.seat, role: seat.requirement.role, cause: cause, remedy: remedy)
        }
        if eligible.isEmpty {
            return empty(seat.ranking.excludedBy.isEmpty ? .noneHoldsRole : .allExcluded(seat.ranking.excludedBy), .noneNear)
        }
        if let full = eligible.first(where: { meeting.canMeet(members, recommender.freeTime[$0.expert]) }) {
            return empty(.outplaced(eligible: eligible.count), .raiseCapacity(recommender.pool.experts[full.expert].id))
        }
        // Nobody eligible meets the parties (and the holders) at all, or nobody meets the rest of the panel too.
        let base = seat.base ?? members
        let alone = !eligible.contains { meeting.canMeet(base, recommender.freeTime[$0.expert]) }
        let nearest = recommender.nearMiss(seat: seat.seat, requirement: seat.requirement, facts: seat.facts, free: alone ? base : members,
            meeting: meeting)
        let panel = seat.facts.seated.keys.sorted() + (alone ? [] : others)
        let obstacle = MeetingObstacle.noneFree(seat: seat.seat, role: seat.requirement.role,
            with: panel.map { recommender.pool.experts[$0].id }, horizonDays: meeting.horizonDays,
            partyWindows: panel.isEmpty ? meeting.partyWindows : [], nearest: nearest)
        return empty(.cannotMeet(obstacle), nearest.map { .lift($0.exclusion, expert: $0.expertID) } ?? .moreTime(horizonDays: meeting.horizonDays))
    }

    /// The plan's objective as the flow counts it: minus priority and score per filled seat, plus load costs.
    private func objective(_ placements: [BatchPlan.Placement], load: [Int]) -> Int64 {
        let pool = assigner.recommender.pool
        var seatOf: [Key: BatchEncoder.OpenSeat] = [:]
        for seat in encoded.seats { seatOf[Key(caseID: seat.dispute.id, seat: seat.seat)] = seat }
        var total: Int64 = 0
        var added = [Int](repeating: 0, count: pool.experts.count)
        for placement in placements {
            guard let seat = seatOf[Key(caseID: placement.caseID, seat: placement.seat)], let expert = pool.index[placement.expertID] else { continue }
            let score = assigner.recommender.total(expert: expert, role: seat.requirement.role,
                staticScores: assigner.recommender.staticScore[seat.requirement.role.position], facts: seat.facts)
            total -= seat.priority + Int64((score * BatchAssigner.scoreScale).rounded())
            added[expert] += 1
        }
        for (expert, extra) in added.enumerated() where extra > 0 {
            let open = pool.openCases[expert]
            for k in 1...extra { total += assigner.loadCost(nth: open + k, capacity: pool.capacity[expert]) }
        }
        return total
    }

    struct Key: Hashable {
        var caseID: DisputeCase.ID
        var seat: Int
    }
}

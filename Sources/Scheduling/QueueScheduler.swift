import Domain

/// Schedules many sessions at once: a greedy pass by priority, deadline and tightness, then large
/// neighbourhood search that takes out a few related sessions (the same people on the same day, or what
/// blocks a session left out) and puts them back in another order, keeping a change only when the plan
/// costs no more. Sessions not in `movable` never move, which is how repair leaves the rest of the calendar
/// alone.
///
/// ```swift
/// var table = Timetable(model: model)
/// QueueScheduler(seed: 1).schedule(&table, movable: Set(model.requests.indices), iterations: 2_000)
/// ```
public struct QueueScheduler: Sendable {
    public var seed: UInt64

    public init(seed: UInt64 = 1) { self.seed = seed }

    /// What the search did: rounds tried, and how many of them improved the plan.
    public struct Statistics: Sendable, Hashable {
        public var rounds = 0
        public var improvements = 0
        public var greedyCost = 0
    }

    /// Places the unplaced requests of `movable`, then improves the plan for up to `iterations` rounds of
    /// search, or until `keepGoing` says stop.
    @discardableResult
    public func schedule(
        _ table: inout Timetable, movable: Set<Int>, iterations: Int = 10_000, keepGoing: () -> Bool = { true }
    ) -> Statistics {
        var statistics = Statistics()
        var random = SeededRandom(seed: seed)
        for request in priorityOrder(table, movable) where table.placement(of: request) == nil {
            if let option = table.bestOption(for: request) { table.place(request, at: option.placement) }
        }
        compact(&table, movable: movable)
        var current = table.cost
        statistics.greedyCost = current
        guard !movable.isEmpty else { return statistics }
        let candidates = movable.sorted()
        let search = SearchState(table, candidates)
        while statistics.rounds < iterations && keepGoing() {
            statistics.rounds += 1
            let removed = neighbourhood(table, candidates, search, &random)
            guard !removed.isEmpty else { continue }
            let before = removed.map { ($0, table.placement(of: $0)) }
            for request in removed { table.remove(request) }
            // Half the time the focus goes back first; otherwise urgent first, in a random order.
            let keys = removed.map { (request: $0, weight: table.model.requests[$0].weight, draw: random.next()) }
            var order = keys.sorted { ($1.weight, $0.draw) < ($0.weight, $1.draw) }.map(\.request)
            if random.next() % 2 == 0, let focus = order.firstIndex(of: removed[0]) { order.insert(order.remove(at: focus), at: 0) }
            reinsert(&table, order)
            let after = table.cost
            if after <= current {
                if after < current { statistics.improvements += 1 }
                current = after
            } else {
                for (request, _) in before { table.remove(request) }
                for (request, placement) in before { if let placement { table.place(request, at: placement) } }
            }
        }
        compact(&table, movable: movable)
        return statistics
    }

    /// Urgent first, then earlier deadlines, then the sessions whose people are rarely free together; a case's
    /// sessions stay together and in order.
    func priorityOrder(_ table: Timetable, _ movable: Set<Int>) -> [Int] {
        let model = table.model
        var firstOfCase: [String: Int] = [:]
        for request in movable.sorted() where model.requests[request].order < (firstOfCase[model.requests[request].caseID].map { model.requests[$0].order } ?? Int.max) {
            firstOfCase[model.requests[request].caseID] = request
        }
        var slack: [String: Int] = [:]
        for (caseID, first) in firstOfCase { slack[caseID] = table.commonFreeGrains(first) }
        return movable.sorted { a, b in
            let ra = model.requests[a], rb = model.requests[b]
            let fa = model.requests[firstOfCase[ra.caseID]!], fb = model.requests[firstOfCase[rb.caseID]!]
            let ka = (-fa.weight, fa.deadline ?? Int.max, slack[ra.caseID]!, ra.caseID, ra.order)
            let kb = (-fb.weight, fb.deadline ?? Int.max, slack[rb.caseID]!, rb.caseID, rb.order)
            return ka < kb
        }
    }

    /// Puts requests back, each at its cheapest place, passing again while follow-ups wait for their case's
    /// earlier session.
    func reinsert(_ table: inout Timetable, _ requests: [Int]) {
        var waiting = requests
        while !waiting.isEmpty {
            var stillWaiting: [Int] = []
            var progressed = false
            for request in waiting {
                if let before = table.previous[request], table.placement(of: before) == nil, waiting.contains(before) {
                    stillWaiting.append(request)
                    continue
                }
                if let option = table.bestOption(for: request) {
                    table.place(request, at: option.placement)
                    progressed = true
                }
            }
            guard progressed else { return }
            waiting = stillWaiting
        }
    }

    /// Moves each movable session to a cheaper place while one exists, latest first.
    func compact(_ table: inout Timetable, movable: Set<Int>) {
        var improved = true
        while improved {
            improved = false
            let placed = movable.filter { table.placement(of: $0) != nil }.sorted {
                (table.placement(of: $0)!.start, $0) > (table.placement(of: $1)!.start, $1)
            }
            for request in placed {
                let current = table.placement(of: request)!
                let here = table.insertionCost(request, at: current, venueCost: table.model.requests[request].venues.first { $0.venue == current.venue }?.cost ?? 0)
                if let option = table.bestOption(for: request), option.cost < here {
                    table.place(request, at: option.placement)
                    improved = true
                }
            }
            for request in movable.sorted() where table.placement(of: request) == nil {
                if let option = table.bestOption(for: request) {
                    table.place(request, at: option.placement)
                    improved = true
                }
            }
        }
    }

    /// A few movable sessions to take out and put back: a session left out (or a placed one), the placed
    /// sessions of its people on one of the days it could be held, and other left-out sessions of those people,
    /// so two short sessions can take the place of a long one. Follow-ups of what is taken out come too. The
    /// focus comes first.
    func neighbourhood(_ table: Timetable, _ candidates: [Int], _ search: SearchState, _ random: inout SeededRandom) -> [Int] {
        let model = table.model, rules = model.rules
        let unplaced = candidates.filter { table.placement(of: $0) == nil && (table.previous[$0].map { table.placement(of: $0) != nil } ?? true) }
        let focus: Int
        if !unplaced.isEmpty && random.next() % 10 < 7 {
            focus = unplaced[Int(random.next() % UInt64(unplaced.count))]
        } else {
            let placed = candidates.filter { table.placement(of: $0) != nil }
            guard !placed.isEmpty else { return [] }
            focus = placed[Int(random.next() % UInt64(placed.count))]
        }
        let days = search.feasibleDays[focus]
        guard !days.isEmpty else { return [] }
        let day = days[Int(random.next() % UInt64(days.count))]
        let people = Set(model.requests[focus].people.filter { model.people[$0].isStaff })
        var related: [Int] = []
        var waiting: [Int] = []
        for request in candidates where request != focus && model.requests[request].people.contains(where: people.contains) {
            if let placed = table.placement(of: request) {
                if rules.day(of: placed.start) == day { related.append(request) }
            } else if table.previous[request].map({ table.placement(of: $0) != nil }) ?? true {
                waiting.append(request)
            }
        }
        var chosen = [focus]
        let limit = 2 + Int(random.next() % 8)
        while chosen.count < limit && !related.isEmpty { chosen.append(related.remove(at: Int(random.next() % UInt64(related.count)))) }
        for _ in 0..<min(2, waiting.count) { chosen.append(waiting.remove(at: Int(random.next() % UInt64(waiting.count)))) }
        var seen = Set(chosen)
        let movable = Set(candidates)
        for request in chosen {
            var next = table.next[request]
            while let follow = next, movable.contains(follow), table.placement(of: follow) != nil {
                if seen.insert(follow).inserted { chosen.append(follow) }
                next = table.next[follow]
            }
        }
        return chosen
    }
}

/// What the search works out once: the days on which each session could be held at all.
struct SearchState {
    let feasibleDays: [[Int]]

    init(_ table: Timetable, _ movable: [Int]) {
        var days = [[Int]](repeating: [], count: table.model.requests.count)
        let rules = table.model.rules
        for request in movable {
            let r = table.model.requests[request]
            for day in 0..<rules.days {
                let first = max(day * rules.grainsPerDay, r.earliest), last = (day + 1) * rules.grainsPerDay - r.duration
                guard first <= last else { continue }
                if (first...last).contains(where: { start in r.people.allSatisfy { p in (start..<start + r.duration).allSatisfy { table.isAvailable(p, at: $0) } } }) {
                    days[request].append(day)
                }
            }
        }
        feasibleDays = days
    }
}

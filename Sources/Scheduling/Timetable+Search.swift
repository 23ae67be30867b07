extension Timetable {
    /// A conflict-free place for a session and what it adds to the plan's cost.
    public struct Option: Hashable, Sendable {
        public var placement: Placement
        public var cost: Int
    }

    /// The cheapest conflict-free placement of `request`, or nil when there is none. With the default weights
    /// that is the earliest start, at the cheapest venue free then.
    ///
    /// - Parameters:
    ///   - request: the session to place (its current placement, if any, is ignored).
    ///   - notBefore: an extra lower bound on the start, beyond the request's own earliest.
    public func bestOption(for request: Int, notBefore: Int = 0) -> Option? {
        var best: Option?
        search(request, notBefore: notBefore) { option in
            if best == nil || option.cost < best!.cost { best = option }
            return best!.cost
        }
        return best
    }

    /// Up to `count` options on different days, each the cheapest of its day, cheapest first.
    public func options(for request: Int, count: Int, notBefore: Int = 0) -> [Option] {
        var byDay: [Int: Option] = [:]
        search(request, notBefore: notBefore) { option in
            let day = model.rules.day(of: option.placement.start)
            if byDay[day].map({ option.cost < $0.cost }) ?? true { byDay[day] = option }
            return Int.max
        }
        return Array(byDay.values.sorted { ($0.cost, $0.placement.start) < ($1.cost, $1.placement.start) }.prefix(count))
    }

    /// Walks the conflict-free placements of `request` in order of start, skipping past grains where someone is
    /// busy or away. `found` returns the cost above which nothing more is wanted, so the walk stops once every
    /// later start costs more than that.
    func search(_ request: Int, notBefore: Int, found: (Option) -> Int) {
        let r = model.requests[request], rules = model.rules
        var start = max(r.earliest, notBefore, 0)
        if let before = previous[request] {
            guard let placed = placements[before] else { return }
            start = max(start, rules.followUpOnLaterDay
                ? (rules.day(of: placed.start) + 1) * rules.grainsPerDay : placed.start + model.requests[before].duration)
        }
        let choices = r.venues.sorted { $0.cost < $1.cost }
        guard let cheapest = choices.first?.cost else { return }
        let perGrain = model.weights.start * r.weight
        var limit = Int.max
        while start + r.duration <= horizon {
            if perGrain * start + cheapest >= limit { return }
            let dayEnd = (rules.day(of: start) + 1) * rules.grainsPerDay
            if start + r.duration > dayEnd {
                start = dayEnd
                continue
            }
            if let blocked = lastBlockedGrain(request, start: start, end: start + r.duration) {
                start = blocked + 1
                continue
            }
            if orderConflict(request, start: start) == nil {
                for choice in choices where perGrain * start + choice.cost < limit {
                    let placement = Placement(start: start, venue: choice.venue)
                    if venueConflict(request, at: placement) == nil {
                        limit = min(limit, found(Option(placement: placement, cost: insertionCost(request, at: placement, venueCost: choice.cost))))
                    }
                }
            }
            start += 1
        }
    }

    /// The latest grain in `[start, end)` at which one of the request's people is away or busy elsewhere.
    func lastBlockedGrain(_ request: Int, start: Int, end: Int) -> Int? {
        var blocked: Int?
        for p in model.requests[request].people {
            let row = p * horizon
            var grain = end - 1
            while grain >= start && grain > (blocked ?? Int.min) {
                let holder = personGrid[row + grain]
                if !available[row + grain] || (holder >= 0 && Int(holder) != request) {
                    blocked = grain
                    break
                }
                grain -= 1
            }
        }
        return blocked
    }
}

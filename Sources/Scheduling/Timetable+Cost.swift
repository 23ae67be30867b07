extension Timetable {
    /// The plan's cost under the model's weights: sessions left out, starts (weighted by urgency), venue
    /// costs, the experts' travel between consecutive in-person sessions and the square of their daily load.
    public var cost: Int {
        let weights = model.weights
        var total = 0
        var visits: [Int: [(start: Int, venue: Int)]] = [:]
        for (index, placement) in placements.enumerated() {
            let r = model.requests[index]
            guard let placement else {
                total += weights.unscheduled
                continue
            }
            total += weights.start * r.weight * placement.start + (r.venues.first { $0.venue == placement.venue }?.cost ?? 0)
            guard weights.travel > 0 || weights.dailyLoad > 0 else { continue }
            for p in r.people where model.people[p].isStaff {
                visits[p * model.rules.days + model.rules.day(of: placement.start), default: []].append((placement.start, placement.venue))
            }
        }
        for day in visits.values {
            total += weights.dailyLoad * day.count * day.count
            guard weights.travel > 0 else { continue }
            let ordered = day.sorted { $0.start < $1.start }
            for (a, b) in zip(ordered, ordered.dropFirst()) { total += weights.travel * travel(from: a.venue, to: b.venue) }
        }
        return total
    }

    /// Grains of travel between two venues (none when either is the online room).
    func travel(from a: Int, to b: Int) -> Int {
        guard let za = model.venues[a].zone, let zb = model.venues[b].zone else { return 0 }
        return model.travelBetweenZones(za, zb)
    }

    /// What placing `request` at `placement` adds to `cost`.
    func insertionCost(_ request: Int, at placement: Placement, venueCost: Int) -> Int {
        let r = model.requests[request], weights = model.weights
        var added = weights.start * r.weight * placement.start + venueCost
        guard weights.travel > 0 || weights.dailyLoad > 0 else { return added }
        let rules = model.rules
        let day = rules.day(of: placement.start), dayStart = day * rules.grainsPerDay
        for p in r.people where model.people[p].isStaff {
            added += weights.dailyLoad * (2 * sessions(of: p, on: day) + 1)
            guard weights.travel > 0 else { continue }
            let before = neighbour(of: p, from: placement.start - 1, through: dayStart, step: -1, skipping: request)
            let after = neighbour(of: p, from: placement.start + r.duration, through: dayStart + rules.grainsPerDay - 1, step: 1, skipping: request)
            var change = 0
            if let before { change += travel(from: before, to: placement.venue) }
            if let after { change += travel(from: placement.venue, to: after) }
            if let before, let after { change -= travel(from: before, to: after) }
            added += weights.travel * change
        }
        return added
    }

    /// The venue of the person's nearest session walking from `grain` towards `limit`.
    private func neighbour(of person: Int, from grain: Int, through limit: Int, step: Int, skipping request: Int) -> Int? {
        var grain = grain
        while step < 0 ? grain >= limit : grain <= limit {
            if let other = holder(of: person, at: grain), other != request, let placed = placements[other] { return placed.venue }
            grain += step
        }
        return nil
    }
}

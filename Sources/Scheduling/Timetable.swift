/// Where each session of a model is placed, with grids of who and what is busy at every grain, so a
/// placement is checked against every hard rule in time proportional to its length.
///
/// ```swift
/// var table = Timetable(model: model)
/// if table.conflict(0, at: Placement(start: 36, venue: 0)) == nil { table.place(0, at: Placement(start: 36, venue: 0)) }
/// ```
public struct Timetable: Sendable {
    public let model: ScheduleModel
    public private(set) var placements: [Placement?]
    /// The request before and after each request in its case.
    public let previous: [Int?]
    public let next: [Int?]
    let horizon: Int
    /// people × horizon: whether the person is available at the grain.
    let available: [Bool]
    /// venues × horizon: whether the venue is open at the grain.
    let open: [Bool]
    /// people × horizon: the request the person sits in at the grain, or -1.
    var personGrid: [Int32]
    /// venues × horizon: the request held in the (physical) venue at the grain, or -1.
    var venueGrid: [Int32]
    /// people × days: grains and sessions sat that day.
    var dayGrains: [Int32]
    var daySessions: [Int32]
    /// venues × venues: grains a person needs between sessions at the two.
    let gaps: [Int32]
    let widestGap: Int

    public init(model: ScheduleModel) {
        self.model = model
        horizon = model.rules.horizon
        placements = Array(repeating: nil, count: model.requests.count)
        previous = model.previousInCase()
        var next = [Int?](repeating: nil, count: model.requests.count)
        for (index, before) in previous.enumerated() { if let before { next[before] = index } }
        self.next = next
        var available = [Bool](repeating: false, count: model.people.count * horizon)
        for (p, person) in model.people.enumerated() {
            for interval in person.available.intervals {
                for grain in max(0, interval.lowerBound)..<min(horizon, interval.upperBound) { available[p * horizon + grain] = true }
            }
        }
        var open = [Bool](repeating: false, count: model.venues.count * horizon)
        for (v, venue) in model.venues.enumerated() {
            for interval in venue.open.intervals {
                for grain in max(0, interval.lowerBound)..<min(horizon, interval.upperBound) { open[v * horizon + grain] = true }
            }
        }
        self.available = available
        self.open = open
        personGrid = Array(repeating: -1, count: model.people.count * horizon)
        venueGrid = Array(repeating: -1, count: model.venues.count * horizon)
        dayGrains = Array(repeating: 0, count: model.people.count * model.rules.days)
        daySessions = Array(repeating: 0, count: model.people.count * model.rules.days)
        let venues = model.venues.count
        var gaps = [Int32](repeating: 0, count: venues * venues)
        for a in 0..<venues { for b in 0..<venues { gaps[a * venues + b] = Int32(model.gap(from: a, to: b)) } }
        self.gaps = gaps
        widestGap = Int(gaps.max() ?? 0)
    }

    public func placement(of request: Int) -> Placement? { placements[request] }
    public var placedCount: Int { placements.count { $0 != nil } }

    /// The first hard rule that placing `request` at `placement` breaks, or nil when it may go there. The
    /// request's own current placement, if any, is ignored.
    public func conflict(_ request: Int, at placement: Placement) -> Conflict? {
        let r = model.requests[request], rules = model.rules
        let start = placement.start, end = start + r.duration
        guard start >= 0, end <= horizon else { return .outsideHorizon }
        guard rules.day(of: start) == rules.day(of: end - 1) else { return .crossesDays }
        guard start >= r.earliest else { return .tooSoon(earliest: r.earliest) }
        guard r.venues.contains(where: { $0.venue == placement.venue }) else { return .venueNotAllowed(venue: placement.venue) }
        if let conflict = orderConflict(request, start: start) { return conflict }
        if let conflict = peopleConflict(request, start: start, end: end) { return conflict }
        return venueConflict(request, at: placement)
    }

    /// A follow-up comes after its case's previous session: on a later day, or at least after it ends.
    func orderConflict(_ request: Int, start: Int) -> Conflict? {
        let rules = model.rules
        func inOrder(_ first: Int, _ firstStart: Int, _ secondStart: Int) -> Bool {
            rules.followUpOnLaterDay
                ? rules.day(of: firstStart) < rules.day(of: secondStart)
                : firstStart + model.requests[first].duration <= secondStart
        }
        if let before = previous[request] {
            guard let placed = placements[before] else { return .followsUnplaced(previous: before) }
            if !inOrder(before, placed.start, start) { return .followUpTooEarly(previous: before) }
        }
        if let after = next[request], let placed = placements[after], !inOrder(request, start, placed.start) {
            return .precedesFollowUp(next: after)
        }
        return nil
    }

    /// Availability and double booking only: the checks that do not depend on the venue.
    func peopleConflict(_ request: Int, start: Int, end: Int) -> Conflict? {
        for p in model.requests[request].people {
            let row = p * horizon
            for grain in start..<end {
                guard available[row + grain] else { return .unavailable(person: p, grain: grain) }
                let holder = personGrid[row + grain]
                if holder >= 0 && Int(holder) != request { return .doubleBooked(person: p, with: Int(holder)) }
            }
        }
        return nil
    }

    /// Travel and buffers, daily limits and the venue itself.
    func venueConflict(_ request: Int, at placement: Placement) -> Conflict? {
        let r = model.requests[request], rules = model.rules
        let start = placement.start, end = start + r.duration, v = placement.venue
        let venueCount = model.venues.count
        let day = rules.day(of: start), dayStart = day * rules.grainsPerDay, dayEnd = dayStart + rules.grainsPerDay
        for p in r.people {
            let row = p * horizon
            if widestGap > 0 {
                // Sessions of the person that end shortly before or start shortly after this one, the same day.
                var grain = start - 1
                while grain >= max(dayStart, start - widestGap) {
                    let other = Int(personGrid[row + grain])
                    if other >= 0 && other != request, let placed = placements[other] {
                        let needs = Int(gaps[placed.venue * venueCount + v])
                        if start - (grain + 1) < needs { return .noTravelTime(person: p, other: other, needs: needs) }
                        grain = placed.start - 1
                    } else {
                        grain -= 1
                    }
                }
                grain = end
                while grain < min(dayEnd, end + widestGap) {
                    let other = Int(personGrid[row + grain])
                    if other >= 0 && other != request, let placed = placements[other] {
                        let needs = Int(gaps[v * venueCount + placed.venue])
                        if grain - end < needs { return .noTravelTime(person: p, other: other, needs: needs) }
                        grain = placed.start + model.requests[other].duration
                    } else {
                        grain += 1
                    }
                }
            }
            if model.people[p].isStaff {
                let own = placements[request].map { rules.day(of: $0.start) == day } ?? false
                let index = p * rules.days + day
                if let limit = rules.staffDailyCapGrains, Int(dayGrains[index]) - (own ? r.duration : 0) + r.duration > limit {
                    return .dailyGrains(person: p, day: day, limit: limit)
                }
                if let limit = rules.staffDailySessionCap, Int(daySessions[index]) - (own ? 1 : 0) + 1 > limit {
                    return .dailySessions(person: p, day: day, limit: limit)
                }
            }
        }
        guard !model.venues[v].isOnline else { return nil }
        let row = v * horizon
        for grain in start..<end {
            guard open[row + grain] else { return .venueClosed(venue: v) }
            let holder = venueGrid[row + grain]
            if holder >= 0 && Int(holder) != request { return .venueTaken(venue: v, by: Int(holder)) }
        }
        return nil
    }

    /// Places `request` without checking; callers check `conflict` first. A placed request is moved.
    public mutating func place(_ request: Int, at placement: Placement) {
        if placements[request] != nil { remove(request) }
        mark(request, at: placement, with: Int32(request))
        placements[request] = placement
    }

    /// Takes `request` out of the timetable.
    public mutating func remove(_ request: Int) {
        guard let placement = placements[request] else { return }
        mark(request, at: placement, with: -1)
        placements[request] = nil
    }

    private mutating func mark(_ request: Int, at placement: Placement, with value: Int32) {
        let r = model.requests[request], rules = model.rules
        let start = placement.start, end = start + r.duration
        let day = rules.day(of: start), change: Int32 = value < 0 ? -1 : 1
        for p in r.people {
            for grain in start..<end { personGrid[p * horizon + grain] = value }
            if model.people[p].isStaff {
                dayGrains[p * rules.days + day] += change * Int32(r.duration)
                daySessions[p * rules.days + day] += change
            }
        }
        if !model.venues[placement.venue].isOnline {
            for grain in start..<end { venueGrid[placement.venue * horizon + grain] = value }
        }
    }

    /// Whether every person of `request` is available at `grain` (ignoring bookings).
    func isAvailable(_ person: Int, at grain: Int) -> Bool { available[person * horizon + grain] }
    func holder(of person: Int, at grain: Int) -> Int? {
        let value = personGrid[person * horizon + grain]
        return value >= 0 ? Int(value) : nil
    }
    func sessions(of person: Int, on day: Int) -> Int { Int(daySessions[person * model.rules.days + day]) }
}

/// A session's start grain and venue.
public struct Placement: Hashable, Sendable, Codable {
    public var start: Int
    public var venue: Int
    public init(start: Int, venue: Int) {
        self.start = start
        self.venue = venue
    }
}

import Domain

extension Timetable {
    /// Why a session has no place: what a coordinator can act on.
    public enum Diagnosis: Hashable, Sendable {
        /// The case's earlier session is not placed.
        case waitsFor(previous: Int)
        /// Two people of the session are never available at the same time after its earliest start.
        case neverFreeTogether(Int, Int)
        /// The people are free together, but never for as long as the session lasts within one day.
        case neverFreeLongEnough
        /// Every start where everyone is available runs into this, most often.
        case blocked(Conflict)

        public func describe(in model: ScheduleModel, time: (Int) -> String, language: TextLanguage = .en) -> String {
            switch self {
            case let .waitsFor(previous):
                let id = model.requests[previous].id
                return language.pick(zh: "本案此前的会议\(id)尚未排期", en: "its case's earlier session \(id) is not scheduled")
            case let .neverFreeTogether(a, b):
                let (first, second) = (model.people[a].id, model.people[b].id)
                return language.pick(zh: "\(first)与\(second)在排期范围内从未同时有空",
                    en: "\(first) and \(second) are never free together within the horizon")
            case .neverFreeLongEnough:
                return language.pick(zh: "调解小组和当事人在同一天内从未同时空闲足够长的时间",
                    en: "the panel and parties are never free together for long enough within one day")
            case let .blocked(conflict):
                let clause = conflict.describe(in: model, time: time, language: language)
                return language.pick(zh: "在各方都有空的每个时间，" + clause, en: "at every time they are all free, " + clause)
            }
        }
    }

    /// Grains from the request's earliest start at which all its people are available (bookings aside): how
    /// much room the session has, to schedule the tightest first.
    func commonFreeGrains(_ request: Int) -> Int {
        let r = model.requests[request]
        var count = 0
        for grain in max(0, r.earliest)..<horizon where r.people.allSatisfy({ available[$0 * horizon + grain] }) { count += 1 }
        return count
    }

    /// Why `request` cannot be placed now: the case order, a pair of people never free together, or the
    /// conflict met most often at the starts where everyone is available.
    public func diagnose(_ request: Int) -> Diagnosis {
        let r = model.requests[request], rules = model.rules
        if let before = previous[request], placements[before] == nil { return .waitsFor(previous: before) }
        let from = max(0, r.earliest)
        for (k, a) in r.people.enumerated() {
            for b in r.people[(k + 1)...] where a != b {
                let together = (from..<horizon).contains { available[a * horizon + $0] && available[b * horizon + $0] }
                if !together { return .neverFreeTogether(a, b) }
            }
        }
        var tally: [Conflict: Int] = [:]
        var anyStart = false
        for start in from..<max(from, horizon - r.duration + 1) {
            guard rules.day(of: start) == rules.day(of: start + r.duration - 1),
                r.people.allSatisfy({ p in (start..<start + r.duration).allSatisfy { available[p * horizon + $0] } })
            else { continue }
            anyStart = true
            for choice in r.venues {
                if let conflict = conflict(request, at: Placement(start: start, venue: choice.venue)) { tally[general(conflict), default: 0] += 1 }
            }
        }
        guard anyStart else { return .neverFreeLongEnough }
        let worst = tally.max { ($0.value, String(describing: $1.key)) < ($1.value, String(describing: $0.key)) }
        return worst.map { .blocked($0.key) } ?? .neverFreeLongEnough
    }

    /// The conflict without the details that differ from start to start, so the same cause is counted once.
    private func general(_ conflict: Conflict) -> Conflict {
        switch conflict {
        case let .unavailable(person, _): .unavailable(person: person, grain: 0)
        case let .dailyGrains(person, _, limit): .dailyGrains(person: person, day: 0, limit: limit)
        case let .dailySessions(person, _, limit): .dailySessions(person: person, day: 0, limit: limit)
        default: conflict
        }
    }
}

/// Why a session cannot go at a start and venue: the hard rule it breaks, with the people, venues and
/// sessions involved as indices into the model.
public enum Conflict: Hashable, Sendable {
    case outsideHorizon
    case crossesDays
    /// Sooner than the minimum notice or the coordinator's "after".
    case tooSoon(earliest: Int)
    case venueNotAllowed(venue: Int)
    case venueClosed(venue: Int)
    case venueTaken(venue: Int, by: Int)
    case unavailable(person: Int, grain: Int)
    case doubleBooked(person: Int, with: Int)
    /// Too little time to travel (or rest) between this session and another of the person's.
    case noTravelTime(person: Int, other: Int, needs: Int)
    case dailyGrains(person: Int, day: Int, limit: Int)
    case dailySessions(person: Int, day: Int, limit: Int)
    /// The case's previous session is not placed, or not on an earlier day.
    case followsUnplaced(previous: Int)
    case followUpTooEarly(previous: Int)
    case precedesFollowUp(next: Int)

    /// The conflict as a sentence, with names from the model and times by `time`.
    public func describe(in model: ScheduleModel, time: (Int) -> String) -> String {
        func person(_ index: Int) -> String { model.people[index].id }
        func venue(_ index: Int) -> String { model.venues[index].id }
        func session(_ index: Int) -> String { model.requests[index].id }
        switch self {
        case .outsideHorizon: return "it does not fit inside the scheduling horizon"
        case .crossesDays: return "it would run past the end of the day"
        case let .tooSoon(earliest): return "it starts before \(time(earliest)), the earliest allowed (minimum notice)"
        case let .venueNotAllowed(v): return "\(venue(v)) is not a venue this case may use (too small, too far, or online not allowed)"
        case let .venueClosed(v): return "\(venue(v)) is closed then"
        case let .venueTaken(v, other): return "\(venue(v)) is taken by session \(session(other))"
        case let .unavailable(p, grain): return "\(person(p)) is not available at \(time(grain))"
        case let .doubleBooked(p, other): return "\(person(p)) is already in session \(session(other)) then"
        case let .noTravelTime(p, other, needs):
            return "\(person(p)) needs \(needs * model.rules.grainMinutes) minutes to get between this and session \(session(other))"
        case let .dailyGrains(p, _, limit):
            return "\(person(p)) would sit more than \(limit * model.rules.grainMinutes) minutes of sessions that day"
        case let .dailySessions(p, _, limit): return "\(person(p)) already has \(limit) sessions that day, the daily limit"
        case let .followsUnplaced(previous): return "the case's earlier session \(session(previous)) is not scheduled"
        case let .followUpTooEarly(previous): return "it must fall on a later day than the case's session \(session(previous))"
        case let .precedesFollowUp(next): return "the case's follow-up \(session(next)) must stay on a later day"
        }
    }
}

import Domain

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

    /// The conflict as a clause, with names from the model and times by `time`, in `language`.
    public func describe(in model: ScheduleModel, time: (Int) -> String, language: TextLanguage = .en) -> String {
        func person(_ index: Int) -> String { model.people[index].id }
        func venue(_ index: Int) -> String { model.venues[index].id }
        func session(_ index: Int) -> String { model.requests[index].id }
        let minutes = model.rules.grainMinutes
        switch self {
        case .outsideHorizon:
            return language.pick(zh: "超出了排期范围", en: "it does not fit inside the scheduling horizon")
        case .crossesDays:
            return language.pick(zh: "会持续到当天结束之后", en: "it would run past the end of the day")
        case let .tooSoon(earliest):
            return language.pick(zh: "开始时间早于\(time(earliest))，即最短提前通知所允许的最早时间",
                en: "it starts before \(time(earliest)), the earliest allowed (minimum notice)")
        case let .venueNotAllowed(v):
            return language.pick(zh: "\(venue(v))不适用于本案（容量不足、距离过远或本案不宜线上）",
                en: "\(venue(v)) is not a venue this case may use (too small, too far, or online not allowed)")
        case let .venueClosed(v):
            return language.pick(zh: "\(venue(v))届时不开放", en: "\(venue(v)) is closed then")
        case let .venueTaken(v, other):
            return language.pick(zh: "\(venue(v))已被会议\(session(other))占用", en: "\(venue(v)) is taken by session \(session(other))")
        case let .unavailable(p, grain):
            return language.pick(zh: "\(person(p))在\(time(grain))没有空", en: "\(person(p)) is not available at \(time(grain))")
        case let .doubleBooked(p, other):
            return language.pick(zh: "\(person(p))届时已参加会议\(session(other))", en: "\(person(p)) is already in session \(session(other)) then")
        case let .noTravelTime(p, other, needs):
            return language.pick(zh: "\(person(p))往返本会议与会议\(session(other))之间需要\(needs * minutes)分钟",
                en: "\(person(p)) needs \(needs * minutes) minutes to get between this and session \(session(other))")
        case let .dailyGrains(p, _, limit):
            return language.pick(zh: "\(person(p))当天的会议时长将超过\(limit * minutes)分钟",
                en: "\(person(p)) would sit more than \(limit * minutes) minutes of sessions that day")
        case let .dailySessions(p, _, limit):
            return language.pick(zh: "\(person(p))当天已有\(limit)场会议，达到每日上限",
                en: "\(person(p)) already has \(limit) sessions that day, the daily limit")
        case let .followsUnplaced(previous):
            return language.pick(zh: "本案此前的会议\(session(previous))尚未排期", en: "the case's earlier session \(session(previous)) is not scheduled")
        case let .followUpTooEarly(previous):
            return language.pick(zh: "须安排在本案会议\(session(previous))之后的日子",
                en: "it must fall on a later day than the case's session \(session(previous))")
        case let .precedesFollowUp(next):
            return language.pick(zh: "本案的后续会议\(session(next))须仍在其后的日子",
                en: "the case's follow-up \(session(next)) must stay on a later day")
        }
    }
}

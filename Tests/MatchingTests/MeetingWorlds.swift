import Domain
import Foundation
@testable import Matching
import TestSupport
import Testing

/// "Can meet", read straight from its definition: some place, some day before `days`, `length` grains in a row
/// (never across midnight) set in the place and in every member's free time. The members' days are intersected
/// word by word; every place, day and start grain is then tried one bit at a time.
struct NaiveMeeting {
    let places: [FreeTime]
    let length: Int
    let days: Int

    /// The day's word of `time`, nothing free past its last day.
    static func word(_ time: FreeTime, day: Int) -> UInt64 { day < time.words.count ? time.words[day] : 0 }
    static func isSet(_ word: UInt64, grain: Int) -> Bool { (word >> UInt64(grain)) & 1 == 1 }

    /// Per day, the grains at which every one of `members` is free.
    func together(_ members: [FreeTime]) -> [UInt64] {
        (0..<days).map { day in members.reduce(~0) { $0 & Self.word($1, day: day) } }
    }

    /// The first day and start grain, over every place, at which `length` grains of `together` and the place
    /// are all set.
    func earliest(_ together: [UInt64]) -> (day: Int, grain: Int)? {
        guard length <= 64 else { return nil }
        for day in 0..<days where together[day] != 0 {
            for start in 0...(64 - length) {
                for place in places {
                    let open = Self.word(place, day: day)
                    var grain = start
                    while grain < start + length && Self.isSet(together[day], grain: grain) && Self.isSet(open, grain: grain) {
                        grain += 1
                    }
                    if grain == start + length { return (day, start) }
                }
            }
        }
        return nil
    }

    func earliest(_ members: [FreeTime]) -> (day: Int, grain: Int)? { earliest(together(members)) }
    func canMeet(_ members: [FreeTime]) -> Bool { earliest(members) != nil }
}

/// The best panel by enumeration: every assignment of distinct eligible experts (or nobody) to the open seats,
/// ordered by seats filled, then earlier seats filled (seat by seat), then total score.
struct BruteForcePanel {
    var pick: [Expert.ID?]
    var score: Double
    /// The most seats any panel of distinct eligible experts fills, whether or not it can meet.
    var mostSeatsIgnoringTime: Int

    var filled: [Bool] { pick.map { $0 != nil } }
    var filledCount: Int { pick.count { $0 != nil } }

    /// - Parameters:
    ///   - seats: per open seat, its full ranking; `base`: the free time of those holding the other seats.
    init(seats: [[RankedExpert]], base: [FreeTime], freeTime: [Expert.ID: FreeTime], meeting: NaiveMeeting) {
        var best: (pick: [Expert.ID?], score: Double)?
        var pick = [Expert.ID?](repeating: nil, count: seats.count)
        var grains: [Expert.ID: [UInt64]] = [:]
        for candidate in seats.joined() where grains[candidate.expertID] == nil {
            grains[candidate.expertID] = meeting.together([freeTime[candidate.expertID]!])
        }
        func better(_ candidate: [Expert.ID?], _ score: Double, than current: (pick: [Expert.ID?], score: Double)) -> Bool {
            let count = candidate.count { $0 != nil }, currentCount = current.pick.count { $0 != nil }
            if count != currentCount { return count > currentCount }
            if let seat = candidate.indices.first(where: { (candidate[$0] == nil) != (current.pick[$0] == nil) }) {
                return candidate[seat] != nil
            }
            return score > current.score + 1e-12
        }
        func enumerate(_ seat: Int, score: Double, together: [UInt64]) {
            guard seat < seats.count else {
                guard meeting.earliest(together) != nil else { return }
                if best == nil || better(pick, score, than: best!) { best = (pick, score) }
                return
            }
            enumerate(seat + 1, score: score, together: together)
            for candidate in seats[seat] where !pick.contains(candidate.expertID) {
                let theirs = grains[candidate.expertID]!
                pick[seat] = candidate.expertID
                enumerate(seat + 1, score: score + candidate.score.total, together: zip(together, theirs).map { $0 & $1 })
                pick[seat] = nil
            }
        }
        enumerate(0, score: 0, together: meeting.together(base))
        self.pick = best?.pick ?? Array(repeating: nil, count: seats.count)
        self.score = best?.score ?? 0

        func most(_ seat: Int, _ used: Set<Expert.ID>) -> Int {
            guard seat < seats.count else { return 0 }
            return seats[seat].filter { !used.contains($0.expertID) }.map { 1 + most(seat + 1, used.union([$0.expertID])) }
                .reduce(most(seat + 1, used), max)
        }
        mostSeatsIgnoringTime = most(0, [])
    }
}

/// A seeded world for meeting checks: a `RandomInstance` cut to a few experts per role (so brute force stays
/// small), every expert's free time, and what the open case's session needs.
struct MeetingWorld {
    var instance: RandomInstance
    var freeTime: [Expert.ID: FreeTime] = [:]
    /// The places as drawn, before `MeetingNeed` drops the empty and the dominated ones.
    var places: [FreeTime] = []
    var need: MeetingNeed

    static let horizonDays = 21

    init(seed: Int, expertsPerRole: Int = 4) {
        instance = RandomInstance(seed: seed)
        var held: [ExpertRole: Int] = [:]
        instance.experts = instance.experts.filter { expert in
            guard expert.roles.contains(where: { held[$0, default: 0] < expertsPerRole }) else { return false }
            for role in expert.roles { held[role, default: 0] += 1 }
            return true
        }
        let kept = Set(instance.experts.map(\.id))
        instance.assignments = instance.assignments.filter { kept.contains($0.expertID) }
        var random = RandomInstance.Generator(state: UInt64(seed) &* 104_729 &+ 17)
        for expert in instance.experts { freeTime[expert.id] = Self.expertFreeTime(&random) }
        (places, need) = Self.need(&random)
    }

    /// The grains `range` of a day, bit by bit.
    static func bits(_ range: Range<Int>) -> UInt64 {
        range.clamped(to: 0..<64).reduce(0) { $0 | 1 << UInt64($1) }
    }

    /// 21 to 42 days of weekday mornings, afternoons or evenings (now and then a weekend), with the odd dense
    /// or empty day; one expert in seven is almost never free. Day d is `TestTime.today` (a Monday) plus d.
    static func expertFreeTime(_ random: inout RandomInstance.Generator) -> FreeTime {
        let days = random.int(21...42)
        var words = [UInt64](repeating: 0, count: days)
        if random.chance(0.15) {
            for _ in 0..<random.int(1...2) {
                let start = random.int(8...50)
                words[random.int(0...(days - 1))] |= bits(start..<start + random.int(3...9))
            }
            return FreeTime(words: words)
        }
        var week = [UInt64](repeating: 0, count: 7)
        for (part, chance) in [(12..<24, 0.55), (32..<46, 0.5), (50..<60, 0.3)] where random.chance(chance) {
            let hours = bits((part.lowerBound + random.int(-2...2))..<(part.upperBound + random.int(-3...2)))
            for weekday in 0..<5 where random.chance(0.75) { week[weekday] |= hours }
            if random.chance(0.2) { week[random.int(5...6)] |= hours }
        }
        for day in 0..<days {
            words[day] = random.chance(0.05) ? random.next() | random.next() : random.chance(0.08) ? 0 : week[day % 7]
        }
        return FreeTime(words: words)
    }

    /// One to three places: the parties' hours (weekends only, evenings only, weekday daytime or any time) and
    /// a room's (online, an office, a community hall), less a few taken stretches; a session of 4 to 8 grains,
    /// within 21 days of a grid of 21 to 63.
    static func need(_ random: inout RandomInstance.Generator) -> ([FreeTime], MeetingNeed) {
        let grid = TimeGrid(firstDay: TestTime.today, days: random.int(21...63))
        let parties: [UInt64] = switch random.int(0...4) {
        case 0: [0, 0, 0, 0, 0, bits(12..<40), bits(12..<40)]
        case 1: Array(repeating: bits(50..<60), count: 5) + [0, 0]
        case 2: Array(repeating: ~0, count: 7)
        default: Array(repeating: bits(8..<48), count: 5) + [0, bits(12..<28)]
        }
        let places = (0..<random.int(1...3)).map { _ in
            let room: [UInt64] = random.pick([
                Array(repeating: ~0, count: 7), Array(repeating: bits(10..<46), count: 5) + [0, 0],
                Array(repeating: bits(12..<60), count: 7),
            ])
            return FreeTime(words: (0..<grid.days).map { day in
                var word = parties[day % 7] & room[day % 7]
                if random.chance(0.15) {
                    let start = random.int(0...60)
                    word &= ~bits(start..<start + random.int(2...10))
                }
                return random.chance(0.05) ? 0 : word
            })
        }
        return (places, MeetingNeed(grid: grid, length: random.int(4...8), horizonDays: horizonDays, places: places))
    }

    func recommender() -> Recommender {
        Recommender(pool: instance.pool(), weights: PanelsThatCanMeetTests.weights, panels: .defaults, freeTime: freeTime)
    }

    var naive: NaiveMeeting { NaiveMeeting(places: places, length: need.length, days: need.horizonDays) }
}

import Domain
import Foundation

extension GenerationState {
    /// Mediators (district centre, stations, one per community, part-time), volunteer lawyers in four teams,
    /// one legal adviser per community, psychologists and the expert pool.
    mutating func makeExperts() {
        let allTypes = DisputeType.allCases.filter { $0 != .forestLand }
        for _ in 0..<(12 * scale) {
            addExpert(roles: [.mediator], home: random.pick(communities).id, capacity: random.int(10...12),
                specialties: specialties(core: [.marriageFamily, .neighbor, .propertyManagement, .damages], levels: 3...5, extra: 3, from: allTypes),
                credentials: random.chance(0.3) ? [.goldMedalMediator] : [], availability: fullTime())
        }
        for subdistrict in XigangGeography.subdistricts {
            let local = communities.filter { $0.parentID?.rawValue == subdistrict.code }
            for _ in 0..<(2 * scale) {
                addExpert(roles: [.mediator], home: random.pick(local).id, capacity: 8,
                    specialties: specialties(core: [.neighbor, .marriageFamily, .propertyManagement], levels: 3...4, extra: 2, from: allTypes),
                    availability: fullTime())
            }
        }
        for community in communities {
            for _ in 0..<scale {
                addExpert(roles: [.mediator], home: community.id, capacity: random.int(4...6),
                    specialties: specialties(core: [.neighbor, .marriageFamily, .propertyManagement], levels: 2...4, extra: 1, from: allTypes),
                    dialect: random.chance(0.5), availability: communityHours())
            }
        }
        for _ in 0..<(51 * scale) {
            addExpert(roles: [.mediator], home: random.pick(communities).id, capacity: random.int(2...3),
                specialties: specialties(core: [.neighbor, .marriageFamily], levels: 1...3, extra: 2, from: allTypes),
                dialect: random.chance(0.4), availability: halfDays(random.int(2...3)))
        }
        let teams: [(LawyerTeam, [DisputeType])] = [
            (.minors, [.marriageFamily, .damages]),
            (.elderly, [.marriageFamily, .housingLand, .consumer]),
            (.family, [.marriageFamily, .housingLand]),
            (.tort, [.damages, .traffic, .medical]),
        ]
        let lawyerExtras: [DisputeType] = [.labor, .contract, .propertyManagement, .demolition, .business, .consumer, .environment]
        for (team, core) in teams {
            for _ in 0..<(31 * scale) {
                addExpert(roles: [.lawyer], team: team, home: random.pick(communities).id, capacity: random.int(2...4),
                    specialties: specialties(core: core, levels: 2...5, extra: 2, from: lawyerExtras),
                    credentials: [.licensedLawyer], availability: halfDays(random.int(1...3)))
            }
        }
        for community in communities {
            let neighbours = communities.filter { $0.parentID == community.parentID }
            addExpert(roles: [.lawyer], home: random.pick(neighbours).id, advises: community.id, capacity: 3,
                specialties: specialties(core: [.neighbor, .propertyManagement, .contract, .marriageFamily], levels: 2...4, extra: 1, from: lawyerExtras),
                credentials: [.licensedLawyer], availability: halfDays(2))
        }
        for _ in 0..<(24 * scale) {
            addExpert(roles: [.psychologist], home: random.pick(communities).id, capacity: random.int(3...5),
                specialties: specialties(core: [.marriageFamily, .neighbor], levels: 3...5, extra: 1, from: [.medical, .labor, .demolition]),
                credentials: [.certifiedCounsellor], availability: halfDays(random.int(2...3)))
        }
        for _ in 0..<(14 * scale) {
            addExpert(roles: [.panelist], home: random.pick(communities).id, capacity: random.int(2...3),
                specialties: specialties(core: [.contract, .housingLand, .demolition, .labor], levels: 4...5, extra: 3, from: allTypes),
                credentials: [.retiredJudge], availability: mornings(2))
        }
        for _ in 0..<(12 * scale) {
            let credential: Credential = random.chance(0.5) ? .goldMedalMediator : .provincialMeritoriousMediator
            addExpert(roles: [.panelist, .mediator], home: random.pick(communities).id, capacity: 3,
                specialties: specialties(core: [.marriageFamily, .neighbor, .demolition, .propertyManagement], levels: 4...5, extra: 2, from: allTypes),
                credentials: [credential, .seniorMediator], dialect: random.chance(0.6), availability: halfDays(3))
        }
        for (type, count) in [(DisputeType.medical, 2), (.demolition, 2), (.traffic, 1), (.environment, 1)] {
            for _ in 0..<(count * scale) {
                addExpert(roles: [.panelist], home: random.pick(communities).id, capacity: 2,
                    specialties: [Specialty(type, level: 5)], credentials: [.seniorMediator], availability: halfDays(1))
            }
        }
    }

    private mutating func addExpert(
        roles: Set<ExpertRole>, team: LawyerTeam? = nil, home: Area.ID, advises: Area.ID? = nil, capacity: Int,
        specialties: [Specialty], credentials: Set<Credential> = [], dialect: Bool = false, availability: [WeeklyWindow]
    ) {
        let id = Expert.ID("E-" + String(format: "%04d", experts.count + 1))
        var languages: Set<Language> = [.mandarin]
        if dialect { languages.insert(.dalianDialect) }
        let extra = random.weighted([(nil as Language?, 90.0), (.korean, 3), (.english, 4), (.japanese, 2), (.signLanguage, 1)])
        if let extra { languages.insert(extra) }
        let joined = asOf.adding(days: -random.int(60...3650))
        let expert = Expert(
            id: id, name: ChineseNames.person(using: &random), roles: roles, team: team, specialties: specialties,
            languages: languages, credentials: credentials, homeCommunityID: home, advisesCommunityID: advises,
            capacity: capacity, availability: availability, leave: leavePeriods(),
            isActive: !random.chance(0.02), joinedOn: joined)
        expertIndex[id] = experts.count
        experts.append(expert)
    }

    /// The core types at random levels, plus up to `extra` other types at lower levels; no type twice.
    private mutating func specialties(core: [DisputeType], levels: ClosedRange<Int>, extra: Int, from others: [DisputeType])
        -> [Specialty]
    {
        var chosen = core.map { Specialty($0, level: random.int(levels)) }
        let candidates = others.filter { !core.contains($0) }
        for type in random.sample(candidates, count: random.int(0...extra)) {
            chosen.append(Specialty(type, level: random.int(1...max(1, levels.lowerBound))))
        }
        return chosen
    }

    /// Past leave for some; about one in fifteen on leave today; some leave coming up.
    private mutating func leavePeriods() -> [LeavePeriod] {
        var periods: [LeavePeriod] = []
        if random.chance(0.25) {
            let start = asOf.adding(days: -random.int(40...300))
            periods.append(LeavePeriod(from: start, through: start.adding(days: random.int(3...14))))
        }
        let draw = random.unit()
        if draw < 0.065 {
            let start = asOf.adding(days: -random.int(0...10))
            periods.append(LeavePeriod(from: start, through: asOf.adding(days: random.int(3...21))))
        } else if draw < 0.16 {
            let start = asOf.adding(days: random.int(3...25))
            periods.append(LeavePeriod(from: start, through: start.adding(days: random.int(2...10))))
        }
        return periods
    }

    private func window(_ day: Weekday, _ from: String, _ to: String) -> WeeklyWindow {
        WeeklyWindow(weekday: day, start: TimeOfDay(from)!, end: TimeOfDay(to)!)!
    }

    private func fullTime() -> [WeeklyWindow] {
        Weekday.allCases.filter(\.isWorkday).flatMap { [window($0, "08:30", "12:00"), window($0, "13:30", "17:00")] }
    }

    private func communityHours() -> [WeeklyWindow] {
        Weekday.allCases.filter(\.isWorkday).flatMap { [window($0, "09:00", "12:00"), window($0, "13:30", "16:30")] }
    }

    /// `count` half-days of the working week (Saturday mornings too), in weekly order.
    private mutating func halfDays(_ count: Int) -> [WeeklyWindow] {
        var slots: [WeeklyWindow] = Weekday.allCases.filter(\.isWorkday).flatMap {
            [window($0, "09:00", "12:00"), window($0, "14:00", "17:30")]
        }
        slots.append(window(.saturday, "09:00", "12:00"))
        return random.sample(slots, count: count).sorted()
    }

    private mutating func mornings(_ count: Int) -> [WeeklyWindow] {
        random.sample(Weekday.allCases.filter(\.isWorkday), count: count).sorted().map { window($0, "08:30", "11:30") }
    }
}

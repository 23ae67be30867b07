import Domain
import Foundation
import Matching
import TestSupport

/// Seeded random pools and cases for the property tests: a few dozen experts with random roles,
/// specialties, capacities, leave and relations, and cases whose parties some of them know or vetoed.
struct RandomInstance {
    var experts: [Expert]
    var cases: [DisputeCase]
    var assignments: [Assignment]
    var open: DisputeCase

    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    init(seed: Int) {
        var random = Generator(state: UInt64(seed) &* 7919)
        let parties = (1...12).map { Party.fixture(id: Party.ID("P-\($0)"), name: "当事人\($0)",
            identity: MaskedIdentityNumber("210203********\(1000 + $0)")) }
        experts = (1...random.int(15...45)).map { number in
            var roles: Set<ExpertRole> = [random.pick(ExpertRole.allCases)]
            if random.chance(0.2) { roles.insert(random.pick(ExpertRole.allCases)) }
            let specialties = [DisputeType.neighbor, .marriageFamily, .labor, .propertyManagement].filter { _ in random.chance(0.6) }
                .map { Specialty($0, level: random.int(1...5)) }
            var relations: [DeclaredRelation] = []
            if random.chance(0.15) {
                let party = random.pick(parties)
                relations.append(DeclaredRelation(.person(name: party.name, identity: party.identity), nature: .relative))
            }
            let leave = random.chance(0.1) ? [LeavePeriod(from: TestTime.today.adding(days: -2), through: TestTime.today.adding(days: 3))] : []
            return Expert.fixture(
                id: Expert.ID(String(format: "E-%04d", number)), name: "专家\(number)", roles: roles, specialties: specialties,
                languages: random.chance(0.3) ? [.mandarin, .dalianDialect] : [.mandarin],
                credentials: random.chance(0.3) ? [random.pick([Credential.retiredJudge, .goldMedalMediator, .seniorMediator])] : [],
                homeCommunityID: random.pick(TestAreas.communities), capacity: random.int(0...4), leave: leave,
                relations: relations, isActive: random.chance(0.95))
        }
        var cases: [DisputeCase] = []
        var assignments: [Assignment] = []
        for number in 1...random.int(5...25) {
            let caseParties = [CaseParty(random.pick(parties), role: .applicant)]
            let closed = random.chance(0.6)
            let dispute = DisputeCase.fixture(
                id: DisputeCase.ID(String(format: "C-2026-%05d", number)), type: random.pick([.neighbor, .marriageFamily, .labor]),
                difficulty: random.pick(Difficulty.allCases), parties: caseParties,
                openedOn: TestTime.today.adding(days: -random.int(1...300)), status: closed ? .closed : .assigned,
                outcome: closed ? .settled : nil, satisfaction: closed ? .satisfied : nil,
                closedOn: closed ? TestTime.today : nil)
            cases.append(dispute)
            let seated = experts[random.int(0...(experts.count - 1))]
            if let role = seated.roles.first {
                assignments.append(.fixture(id: Assignment.ID("\(dispute.id):0:1"), caseID: dispute.id, seat: 0, role: role,
                    expertID: seated.id, status: .accepted))
            }
        }
        let openParties = [CaseParty(random.pick(parties), role: .applicant),
                           CaseParty(parties[random.int(0...11)], role: .respondent)]
        let unique = openParties.reduce(into: [CaseParty]()) { list, entry in
            if !list.contains(where: { $0.party.id == entry.party.id }) { list.append(entry) }
        }
        let vetoes = random.chance(0.5) ? [PartyVeto(partyID: unique[0].party.id, expertID: random.pick(experts).id)] : []
        open = DisputeCase.fixture(
            id: "C-2026-09999", type: random.pick([.neighbor, .marriageFamily, .labor, .propertyManagement]),
            difficulty: random.pick(Difficulty.allCases), communityID: random.pick(TestAreas.communities),
            language: random.chance(0.2) ? .dalianDialect : .mandarin, parties: unique, vetoes: vetoes)
        self.cases = cases
        self.assignments = assignments
    }

    func pool(settings: HardRuleSettings = HardRuleSettings()) -> ExpertPool {
        ExpertPool(experts: experts, cases: cases + [open], assignments: assignments, areas: TestAreas.directory,
            settings: settings, today: TestTime.today)
    }
}

import Domain
@testable import Matching
import TestSupport

/// Tiny situations for the unit tests: a real `ExpertPool` over the `TestAreas` tree on `TestTime.today`,
/// the case facts of one case, and the seats and cases that give experts a history.
enum Situation {
    /// A pool of `experts` on `TestTime.today`, with the cases and seats that make their history.
    static func pool(
        _ experts: [Expert], cases: [DisputeCase] = [], assignments: [Assignment] = [],
        settings: HardRuleSettings = HardRuleSettings()
    ) -> ExpertPool {
        ExpertPool(experts: experts, cases: cases, assignments: assignments, areas: AreaDirectory(TestAreas.all),
            settings: settings, today: TestTime.today)
    }

    /// What `rule` says about `expertID` in `seat` of `dispute`, with `seated` experts already holding seats.
    static func exclusion(
        _ rule: any HardRule.Type, of expertID: Expert.ID, seat: SeatRequirement = SeatRequirement(.mediator),
        seatIndex: Int = 0, in dispute: DisputeCase = .fixture(), pool: ExpertPool, seated: [Expert.ID: Int] = [:]
    ) -> Exclusion? {
        let facts = facts(of: dispute, pool: pool, seated: seated)
        return rule.exclusion(of: pool.index[expertID]!, for: seat, seatIndex: seatIndex, pool: pool, facts: facts)
    }

    /// The case facts of `dispute` in `pool`, with `seated` experts (by ID) holding seats.
    static func facts(of dispute: DisputeCase, pool: ExpertPool, seated: [Expert.ID: Int] = [:]) -> CaseFacts {
        CaseFacts(dispute: dispute, pool: pool,
            seated: Dictionary(uniqueKeysWithValues: seated.map { (pool.index[$0.key]!, $0.value) }))
    }

    /// The value of a case-dependent term for `expertID` in a seat of `role` of `dispute`.
    static func term(
        _ term: ScoreTermName, of expertID: Expert.ID, role: ExpertRole = .mediator, in dispute: DisputeCase = .fixture(),
        pool: ExpertPool
    ) -> Double {
        pool.caseTerm(term, expert: pool.index[expertID]!, role: role, facts: facts(of: dispute, pool: pool))
    }

    /// A seat of `caseID` held by `expertID`.
    static func seat(
        _ expertID: Expert.ID, on caseID: DisputeCase.ID, seat: Int = 0, role: ExpertRole = .mediator,
        status: Assignment.Status = .accepted
    ) -> Assignment {
        .fixture(id: Assignment.ID("\(caseID):\(seat):\(expertID)"), caseID: caseID, seat: seat, role: role,
            expertID: expertID, status: status)
    }

    /// An open case numbered `number`, opened `daysAgo` days before today.
    static func openCase(
        _ number: Int, daysAgo: Int = 3, difficulty: Difficulty = .ordinary, parties: [CaseParty] = CaseParty.defaultPair
    ) -> DisputeCase {
        .fixture(id: caseID(number), difficulty: difficulty, parties: parties,
            openedOn: TestTime.today.adding(days: -daysAgo), status: .inMediation)
    }

    /// A case numbered `number`, opened `daysAgo` days before today and closed `closedDaysAgo` days before today.
    static func closedCase(
        _ number: Int, daysAgo: Int = 20, closedDaysAgo: Int = 1, difficulty: Difficulty = .ordinary,
        outcome: CaseOutcome = .settled, satisfaction: Satisfaction? = .satisfied,
        parties: [CaseParty] = CaseParty.defaultPair
    ) -> DisputeCase {
        .fixture(id: caseID(number), difficulty: difficulty, parties: parties,
            openedOn: TestTime.today.adding(days: -daysAgo), status: .closed, outcome: outcome,
            satisfaction: satisfaction, closedOn: TestTime.today.adding(days: -closedDaysAgo))
    }

    static func caseID(_ number: Int) -> DisputeCase.ID {
        DisputeCase.ID("C-2026-1" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number))
    }

    /// `count` closed cases numbered from `first`, each with `expertID` accepted in a seat of `role`.
    static func servedCases(
        _ count: Int, by expertID: Expert.ID, from first: Int, role: ExpertRole = .mediator, daysAgo: Int = 30
    ) -> (cases: [DisputeCase], assignments: [Assignment]) {
        let cases = (first..<first + count).map { closedCase($0, daysAgo: daysAgo) }
        return (cases, cases.map { seat(expertID, on: $0.id, role: role) })
    }

    /// Experts for an ordinary labour case (a mediator's and a lawyer's seat), equal on every term but
    /// specialty, except E-0004 who lives in another subdistrict: E-0001 is the best of both roles.
    static let labourBench: [Expert] = [
        .fixture(id: "E-0001", name: "王建国", roles: [.mediator, .lawyer], specialties: [Specialty(.labor, level: 5)]),
        .fixture(id: "E-0002", name: "刘洋", specialties: [Specialty(.labor, level: 2)]),
        .fixture(id: "E-0003", name: "孙丽", specialties: [Specialty(.labor, level: 3)]),
        .fixture(id: "E-0004", name: "周敏", specialties: [Specialty(.labor, level: 1)], homeCommunityID: TestAreas.tianchi),
        .fixture(id: "E-0005", name: "吴磊", roles: [.lawyer], specialties: [Specialty(.labor, level: 4)]),
        .fixture(id: "E-0006", name: "郑芳", roles: [.lawyer], specialties: [Specialty(.labor, level: 2)]),
    ]

    /// An ordinary labour case between the default pair, with `vetoes`.
    static func labourCase(vetoes: [PartyVeto] = []) -> DisputeCase { .fixture(type: .labor, vetoes: vetoes) }

    /// A recommender over `experts` with even weights and the default panel table.
    static func recommender(_ experts: [Expert] = labourBench) -> Recommender {
        Recommender(pool: pool(experts), weights: .fixture(), panels: .defaults)
    }
}

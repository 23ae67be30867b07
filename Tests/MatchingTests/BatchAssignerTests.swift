import Domain
@testable import Matching
import TestSupport
import Testing

/// Batch assignment of a queue as one min-cost flow.
@Suite struct BatchAssignerTests {
    static let weights = DefaultWeights.profile(createdAt: .distantPast)

    func assigner(_ experts: [Expert], cases: [DisputeCase] = [], assignments: [Assignment] = [], candidates: Int = 8) -> BatchAssigner {
        let pool = Situation.pool(experts, cases: cases, assignments: assignments)
        return BatchAssigner(recommender: Recommender(pool: pool, weights: Self.weights, panels: .defaults), candidatesPerSeat: candidates)
    }

    /// `count` random open cases, each numbered apart, to queue against one random pool.
    func randomQueue(seed: Int, count: Int) -> [DisputeCase] {
        (0..<count).map { index in
            var dispute = RandomInstance(seed: seed * 10 + index).open
            dispute.id = DisputeCase.ID("C-2026-0990\(index)")
            return dispute
        }
    }

    @Test(arguments: 1...40)
    func aPlanNeverExceedsCapacityRepeatsAPersonOrPlacesAnExcludedExpert(seed: Int) {
        let instance = RandomInstance(seed: seed)
        let queue = randomQueue(seed: seed, count: 4)
        let pool = instance.pool()
        let recommender = Recommender(pool: pool, weights: Self.weights, panels: .defaults)
        let plan = BatchAssigner(recommender: recommender).plan(queue: queue)
        var taken: [Expert.ID: Int] = [:]
        for placement in plan.placements { taken[placement.expertID, default: 0] += 1 }
        for (id, count) in taken {
            let position = pool.index[id]!
            #expect(pool.openCases[position] + count <= pool.capacity[position], "seed \(seed): \(id)")
        }
        for (_, placements) in Dictionary(grouping: plan.placements, by: \.caseID) {
            #expect(Set(placements.map(\.expertID)).count == placements.count)
        }
        for placement in plan.placements {
            let dispute = queue.first { $0.id == placement.caseID }!
            #expect(recommender.exclusions(of: placement.expertID, seat: placement.seat, of: dispute)?.isEmpty == true)
        }
        let seats = queue.reduce(0) { $0 + PanelTable.defaults.seats(for: $1.type, $1.difficulty).count }
        #expect(plan.placements.count + plan.emptySeats.count == seats)
    }

    @Test func whenCapacityIsShortTheUrgentCaseFillsFirst() {
        let mediator = Expert.fixture(id: "E-0001", capacity: 1)
        let recent = DisputeCase.fixture(id: "C-2026-00001", openedOn: TestTime.today)
        let old = DisputeCase.fixture(id: "C-2026-00002", parties: [CaseParty(.fixture(id: "P-0009", name: "赵六"), role: .applicant)],
            openedOn: TestTime.today.adding(days: -25))
        let plan = assigner([mediator]).plan(queue: [recent, old])
        #expect(plan.placements.map(\.caseID) == ["C-2026-00002"])
        #expect(plan.emptySeats.map(\.caseID) == ["C-2026-00001"])
        #expect(plan.emptySeats.first?.relaxation == "raise the capacity of E-0001 by 1")
    }

    @Test func aFullExpertIsTheRelaxationWhenNobodyIsEligible() {
        let full = Expert.fixture(id: "E-0001", capacity: 1)
        let busy = DisputeCase.fixture(id: "C-2026-00001", status: .assigned)
        let held = Assignment.fixture(id: "C-2026-00001:0:1", caseID: busy.id, expertID: "E-0001", status: .accepted)
        let waiting = DisputeCase.fixture(id: "C-2026-00002")
        let plan = assigner([full], cases: [busy], assignments: [held]).plan(queue: [waiting])
        #expect(plan.placements.isEmpty)
        #expect(plan.emptySeats.first?.reason == "every mediator is excluded (capacity 1)")
        #expect(plan.emptySeats.first?.relaxation == "raise the capacity of E-0001 by 1 (they hold 1 of 1)")
    }

    @Test func aConflictedRoleIsExplainedByTheParty() {
        let party = Party.fixture(id: "P-0001")
        let related = Expert.fixture(id: "E-0001", relations: [DeclaredRelation(.person(name: party.name, identity: party.identity), nature: .relative)])
        let plan = assigner([related]).plan(queue: [.fixture()])
        #expect(plan.emptySeats.first?.relaxation.hasPrefix("no mediator is free of conflicts with party P-0001") == true)
    }

    @Test func furtherCasesCostAnExpertMoreSoWorkIsSpread() {
        // Two equal mediators, two cases: convex load costs give one case to each, not both to one.
        let experts = [Expert.fixture(id: "E-0001"), Expert.fixture(id: "E-0002")]
        let second = DisputeCase.fixture(id: "C-2026-00002", parties: [CaseParty(.fixture(id: "P-0009", name: "赵六"), role: .applicant)])
        let plan = assigner(experts).plan(queue: [.fixture(), second])
        #expect(Set(plan.placements.map(\.expertID)) == ["E-0001", "E-0002"])
        #expect(plan.loadAfter.gini == 0)
    }

    @Test(arguments: 1...25)
    func keepingEveryEligibleCandidateGivesTheSameObjective(seed: Int) {
        let instance = RandomInstance(seed: seed)
        let queue = randomQueue(seed: seed, count: 3)
        let recommender = Recommender(pool: instance.pool(), weights: Self.weights, panels: .defaults)
        let narrow = BatchAssigner(recommender: recommender, candidatesPerSeat: 8).plan(queue: queue)
        let wide = BatchAssigner(recommender: recommender, candidatesPerSeat: 10_000).plan(queue: queue)
        #expect(narrow.objective == wide.objective, "seed \(seed)")
        #expect(narrow.filledSeats == wide.filledSeats)
    }
}

extension BatchAssignerTests {
    @Test func progressIsReportedCaseByCase() {
        var reports: [[Int]] = []
        let second = DisputeCase.fixture(id: "C-2026-00002", parties: [CaseParty(.fixture(id: "P-0009", name: "赵六"), role: .applicant)])
        _ = assigner([.fixture()]).plan(queue: [.fixture(), second]) { done, total in reports.append([done, total]) }
        #expect(reports == [[0, 2], [1, 2]])
    }
}

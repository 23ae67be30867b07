import Domain
@testable import Matching
import TestSupport
import Testing

/// Rules that must hold for every input, checked on seeded random instances.
@Suite struct RecommenderPropertyTests {
    static let weights = DefaultWeights.profile(createdAt: .distantPast)

    /// An oracle written from the rules' definitions, independent of the matcher's indexes.
    func mayNotSit(_ expert: Expert, seat: SeatRequirement, instance: RandomInstance) -> Bool {
        let open = instance.cases.filter(\.isOpen).map(\.id)
        let load = instance.assignments.filter { $0.expertID == expert.id && open.contains($0.caseID) && $0.status.holdsSeat }.count
        let related = expert.relations.contains { relation in
            instance.open.parties.contains { entry in
                if case let .person(name, identity) = relation.subject {
                    return name == entry.party.name && (identity == nil || identity == entry.party.identity)
                }
                return false
            }
        }
        return !expert.roles.contains(seat.role) || !expert.isActive || expert.leave(on: TestTime.today) != nil
            || load >= expert.capacity || related || instance.open.vetoes.contains { $0.expertID == expert.id }
            || (!seat.credentials.isEmpty && seat.credentials.isDisjoint(with: expert.credentials))
    }

    @Test(arguments: 1...60)
    func noExcludedExpertIsEverRecommended(seed: Int) {
        let instance = RandomInstance(seed: seed)
        let recommendation = Recommender(pool: instance.pool(), weights: Self.weights, panels: .defaults).recommend(for: instance.open)
        for seat in recommendation.seats {
            for listed in [seat.chosen].compactMap({ $0 }) + seat.alternates {
                let expert = instance.experts.first { $0.id == listed.expertID }!
                let excluded = mayNotSit(expert, seat: seat.requirement, instance: instance)
                #expect(!excluded, "seed \(seed): \(listed.expertID) in seat \(seat.seat) may not sit")
            }
        }
    }

    @Test(arguments: 1...60)
    func aPanelNeverRepeatsAPerson(seed: Int) {
        let instance = RandomInstance(seed: seed)
        let panel = Recommender(pool: instance.pool(), weights: Self.weights, panels: .defaults).recommend(for: instance.open).panel
        #expect(Set(panel).count == panel.count, "seed \(seed): \(panel)")
    }

    @Test(arguments: 1...30)
    func resultsAreDeterministicWhateverTheInputOrder(seed: Int) {
        var instance = RandomInstance(seed: seed)
        let first = Recommender(pool: instance.pool(), weights: Self.weights, panels: .defaults).recommend(for: instance.open)
        instance.experts.reverse()
        instance.assignments.reverse()
        let second = Recommender(pool: instance.pool(), weights: Self.weights, panels: .defaults).recommend(for: instance.open)
        #expect(first == second)
    }

    @Test func tiesAreBrokenByExpertID() {
        let twins = (1...3).map { Expert.fixture(id: Expert.ID("E-000\(4 - $0)"), name: "同\($0)") }
        let pool = ExpertPool(experts: twins, cases: [], assignments: [], areas: TestAreas.directory, settings: HardRuleSettings(), today: TestTime.today)
        let ranking = Recommender(pool: pool, weights: Self.weights, panels: .defaults).ranking(seat: 0, of: .fixture())
        #expect(ranking.map(\.expertID) == ["E-0001", "E-0002", "E-0003"])
        #expect(Set(ranking.map(\.score.total)).count == 1)
    }

    /// Raising one term's weight never lowers the rank of the expert who is best on that term.
    @Test(arguments: 1...40)
    func raisingAWeightNeverLowersTheBestOnThatTerm(seed: Int) {
        let instance = RandomInstance(seed: seed)
        let pool = instance.pool()
        let seats = PanelTable.defaults.seats(for: instance.open.type, instance.open.difficulty)
        for term in ScoreTermName.allCases {
            var raised = Self.weights
            raised.weights[term, default: 0] += 2
            for seat in seats.indices {
                let before = Recommender(pool: pool, weights: Self.weights, panels: .defaults).ranking(seat: seat, of: instance.open)
                guard let best = before.map({ $0.score[term] }).max(),
                    before.filter({ $0.score[term] == best }).count == 1,
                    let leader = before.first(where: { $0.score[term] == best })
                else { continue }
                let after = Recommender(pool: pool, weights: raised, panels: .defaults).ranking(seat: seat, of: instance.open)
                let rankAfter = after.first { $0.expertID == leader.expertID }!.rank
                #expect(rankAfter <= leader.rank, "seed \(seed), \(term), seat \(seat): \(leader.rank) → \(rankAfter)")
            }
        }
    }

    @Test(arguments: 1...30)
    func everyTermAndTotalLieInTheUnitInterval(seed: Int) {
        let instance = RandomInstance(seed: seed)
        let recommender = Recommender(pool: instance.pool(), weights: Self.weights, panels: .defaults)
        let seats = PanelTable.defaults.seats(for: instance.open.type, instance.open.difficulty)
        for seat in seats.indices {
            for expert in recommender.ranking(seat: seat, of: instance.open) {
                #expect((0...1).contains(expert.score.total))
                #expect(expert.score.terms.values.allSatisfy { (0...1).contains($0) })
            }
        }
    }
}

/// The hot path's rule check names the same first rule as the explained one, for every expert and seat.
@Suite struct RuleScreenAgreementTests {
    @Test(arguments: 1...40)
    func theScreenAndTheRulesAgree(seed: Int) {
        let instance = RandomInstance(seed: seed)
        let pool = instance.pool()
        // The first expert holds seat 0, so the one-seat and capacity exemptions are exercised too.
        let facts = CaseFacts(dispute: instance.open, pool: pool, seated: [0: 0])
        let seats = PanelTable.defaults.seats(for: instance.open.type, instance.open.difficulty)
        for (index, seat) in seats.enumerated() {
            for expert in pool.experts.indices {
                let explained = HardRules.firstExclusion(of: expert, for: seat, seatIndex: index, pool: pool, facts: facts)?.rule
                let screened = HardRules.firstExcludingRule(of: expert, in: SeatScreen(seat, index: index), pool: pool, facts: facts)
                #expect(explained == screened, "seed \(seed), expert \(expert), seat \(index)")
            }
        }
    }
}

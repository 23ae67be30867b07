import Domain
import Foundation
@testable import Matching
import TestSupport
import Testing

/// Recommended panels and batch plans can meet, and are the best that can: checked against brute force on
/// seeded worlds, and on hand-built cases whose answer and wording are known.
@Suite struct PanelsThatCanMeetTests {
    static let weights = DefaultWeights.profile(createdAt: .distantPast)

    // MARK: Agreement with brute force

    @Test(arguments: 1...300)
    func theRecommendedPanelIsTheBestPanelThatCanMeet(seed: Int) throws {
        let world = MeetingWorld(seed: seed)
        let recommender = world.recommender()
        let dispute = world.instance.open
        let seats = PanelTable.defaults.seats(for: dispute.type, dispute.difficulty)
        // One world in four has its lead seat already held.
        var holders: [Assignment] = []
        if seed % 4 == 0, let lead = recommender.ranking(seat: 0, of: dispute).first {
            holders = [Situation.seat(lead.expertID, on: dispute.id, role: seats[0].role)]
        }
        let open = seats.indices.filter { seat in !holders.contains { $0.seat == seat } }
        let rankings = open.map { recommender.ranking(seat: $0, of: dispute, holders: holders) }
        let naive = world.naive
        let base = holders.map { world.freeTime[$0.expertID]! }
        let best = BruteForcePanel(seats: rankings, base: base, freeTime: world.freeTime, meeting: naive)

        let recommendation = recommender.recommend(for: dispute, holders: holders, meeting: world.need)
        let outlook = try #require(recommendation.meeting)
        let chosen = open.map { recommendation.seats[$0].chosen?.expertID }
        #expect(outlook.exhaustive)

        guard naive.canMeet(base) else {
            // Nothing can meet: the panel regardless of time is kept, and the obstacle says who is never free.
            let obstacle: MeetingObstacle = naive.canMeet([])
                ? .holdersNeverFree(holders.map(\.expertID), horizonDays: 21) : .partiesNeverFree(horizonDays: 21, partyWindows: [])
            #expect(outlook.obstacles == [obstacle], "seed \(seed)")
            #expect(outlook.earliest == nil, "seed \(seed)")
            #expect(chosen.count { $0 != nil } == best.mostSeatsIgnoringTime, "seed \(seed)")
            return
        }
        #expect(chosen.map { $0 != nil } == best.filled, "seed \(seed): recommended \(chosen), brute force \(best.pick)")
        let total = open.compactMap { recommendation.seats[$0].chosen?.score.total }.reduce(0, +)
        #expect(abs(total - best.score) < 1e-9, "seed \(seed): recommended \(chosen) \(total), brute force \(best.pick) \(best.score)")

        let members = base + chosen.compactMap { $0 }.map { world.freeTime[$0]! }
        let earliest = naive.earliest(members)
        #expect(earliest != nil, "seed \(seed): \(chosen) cannot meet")
        // A panel of nobody (no seat held, none filled) meets at no time.
        let nobody = holders.isEmpty && chosen.allSatisfy { $0 == nil }
        #expect(outlook.earliest == (nobody ? nil : earliest.map { world.need.grid.date(day: $0.day, grain: $0.grain) }), "seed \(seed)")
        #expect(outlook.obstacles.isEmpty == (best.filledCount == best.mostSeatsIgnoringTime), "seed \(seed): \(outlook.obstacles)")

        let panel = Set(chosen.compactMap { $0 } + holders.map(\.expertID))
        for (k, seat) in open.enumerated() {
            let rest = base + chosen.enumerated().compactMap { $0.offset == k ? nil : $0.element }.map { world.freeTime[$0]! }
            // The best three off the panel who can meet with the rest, in ranking order.
            let meetingRest = rankings[k].filter { !panel.contains($0.expertID) && naive.canMeet(rest + [world.freeTime[$0.expertID]!]) }
            #expect(recommendation.seats[seat].alternates.map(\.expertID) == meetingRest.prefix(3).map(\.expertID),
                "seed \(seed), seat \(seat)")
        }
        for obstacle in outlook.obstacles {
            switch obstacle {
            case let .noneFree(seat, _, _, _, _, _):
                #expect(recommendation.seats[seat].chosen == nil, "seed \(seed): \(obstacle)")
            case let .meetsAfterHorizon(late, day, _):
                let whole = NaiveMeeting(places: world.places, length: world.need.length, days: world.need.grid.days)
                let first = try #require(whole.earliest(late.map { world.freeTime[$0]! }), "seed \(seed)")
                #expect(first.day >= 21 && TestTime.today.adding(days: first.day) == day, "seed \(seed): \(obstacle)")
            default:
                Issue.record("seed \(seed): \(obstacle) when the parties and holders can meet")
            }
        }
    }

    // MARK: Hand-built cases

    static let grid = TimeGrid(firstDay: TestTime.today, days: 21)

    /// Parties free in `windows` (any time when empty), at one room always open.
    static func need(partyWindows windows: [WeeklyWindow] = [], grid: TimeGrid = grid) -> MeetingNeed {
        let parties = windows.isEmpty ? FreeTime.always(days: grid.days) : FreeTime.weekly(windows, on: grid)
        return MeetingNeed(grid: grid, length: 8, horizonDays: 21, places: [parties], partyWindows: windows)
    }

    static func workdays(_ from: Int, _ to: Int) -> FreeTime { .weekly(TestTime.workdays(from: from, to: to), on: grid) }

    static func recommender(_ experts: [Expert], free: [Expert.ID: FreeTime], cases: [DisputeCase] = [],
        assignments: [Assignment] = []) -> Recommender
    {
        Recommender(pool: Situation.pool(experts, cases: cases, assignments: assignments), weights: .fixture(), panels: .defaults,
            freeTime: free)
    }

    /// A labour case's mediator free mornings, its best lawyer only afternoons.
    static let mornings: [Expert] = [
        .fixture(id: "E-0001", specialties: [Specialty(.labor, level: 5)]),
        .fixture(id: "E-0002", roles: [.lawyer], specialties: [Specialty(.labor, level: 5)]),
    ]
    static let morningFree: [Expert.ID: FreeTime] = ["E-0001": workdays(9, 12), "E-0002": workdays(14, 17)]

    @Test func aLowerRankedLawyerSitsWhenTheBestIsNeverFreeWithTheLead() throws {
        let experts = Self.mornings + [.fixture(id: "E-0003", roles: [.lawyer], specialties: [Specialty(.labor, level: 2)])]
        let recommender = Self.recommender(experts, free: Self.morningFree.merging(["E-0003": Self.workdays(9, 12)]) { $1 })
        let dispute = Situation.labourCase()
        #expect(recommender.ranking(seat: 1, of: dispute).map(\.expertID) == ["E-0002", "E-0003"])

        let recommendation = recommender.recommend(for: dispute, meeting: Self.need())
        #expect(recommendation.panel == ["E-0001", "E-0003"])
        #expect(recommendation.seats[1].chosen?.rank == 2)
        #expect(recommendation.seats[1].alternates.isEmpty)
        let outlook = try #require(recommendation.meeting)
        #expect(outlook.obstacles.isEmpty)
        #expect(outlook.earliest == TestTime.at(TestTime.today, hour: 9))
    }

    @Test func aSeatNobodyCanMeetForIsLeftEmptyAndSaysWithWhom() throws {
        let recommender = Self.recommender(Self.mornings, free: Self.morningFree)
        let recommendation = recommender.recommend(for: Situation.labourCase(), meeting: Self.need())
        #expect(recommendation.panel == ["E-0001"])
        let obstacles = try #require(recommendation.meeting).obstacles
        #expect(obstacles == [.noneFree(seat: 1, role: .lawyer, with: ["E-0001"], horizonDays: 21, partyWindows: [], nearest: nil)])
        #expect(obstacles.first?.text(in: .en) == "no eligible lawyer is free with E-0001 and the parties within 21 days")
        let chinese = try #require(obstacles.first?.text(in: .zh))
        #expect(englishWords(in: chinese).isEmpty && hasChinese(chinese), "\(chinese)")
    }

    @Test func partiesFreeOnlyInTheEveningWhenNoMediatorIsAreNamedAsTheObstacle() throws {
        let evenings = Weekday.allCases.filter(\.isWorkday).map {
            WeeklyWindow(weekday: $0, start: TimeOfDay(hour: 18, minute: 30)!, end: TimeOfDay(hour: 21)!)!
        }
        let experts: [Expert] = [.fixture(id: "E-0001"), .fixture(id: "E-0002")]
        let recommender = Self.recommender(experts, free: ["E-0001": Self.workdays(9, 17), "E-0002": Self.workdays(9, 12)])
        let recommendation = recommender.recommend(for: .fixture(), meeting: Self.need(partyWindows: evenings))
        #expect(recommendation.panel.isEmpty)
        let obstacles = try #require(recommendation.meeting).obstacles
        #expect(obstacles == [.noneFree(seat: 0, role: .mediator, with: [], horizonDays: 21, partyWindows: evenings, nearest: nil)])
        #expect(obstacles.first?.text(in: .en) == "the parties are free only Mon–Fri 18:30–21:00, when no eligible mediator is")
        let chinese = try #require(obstacles.first?.text(in: .zh))
        #expect(englishWords(in: chinese).isEmpty && hasChinese(chinese), "\(chinese)")
    }

    @Test func anExpertAtCapacityWhoWouldBeFreeIsTheNearMiss() throws {
        let full = Expert.fixture(id: "E-0005", roles: [.lawyer], specialties: [Specialty(.labor, level: 3)], capacity: 3)
        // Three open cases between other parties, so holding them is the one rule that keeps E-0005 off.
        let others = [CaseParty(.fixture(id: "P-0009", name: "赵六", identity: nil), role: .applicant)]
        let cases = (1...3).map { Situation.openCase($0, parties: others) }
        let free = Self.morningFree.merging(["E-0005": Self.workdays(9, 12)]) { $1 }
        let recommender = Self.recommender(Self.mornings + [full], free: free, cases: cases,
            assignments: cases.map { Situation.seat("E-0005", on: $0.id, role: .lawyer) })
        #expect(recommender.exclusions(of: "E-0005", seat: 1, of: Situation.labourCase()) == [.atCapacity(open: 3, limit: 3)])
        let recommendation = recommender.recommend(for: Situation.labourCase(), meeting: Self.need())
        #expect(recommendation.panel == ["E-0001"])
        let obstacles = try #require(recommendation.meeting).obstacles
        #expect(obstacles == [.noneFree(seat: 1, role: .lawyer, with: ["E-0001"], horizonDays: 21, partyWindows: [],
            nearest: NearMiss(expertID: "E-0005", exclusion: .atCapacity(open: 3, limit: 3)))])
        #expect(obstacles.first?.text(in: .en) == "no eligible lawyer is free with E-0001 and the parties within 21 days; "
            + "E-0005 would be, but they already hold 3 of 3 open cases")
    }

    @Test func aPanelFirstFreeAfterTheHorizonSaysWhen() throws {
        let long = TimeGrid(firstDay: TestTime.today, days: 42)
        // Free weekday mornings, but only from day 25, Friday 25 December, on.
        let mornings = FreeTime.weekly(TestTime.workdays(from: 9, to: 12), on: long)
        let late = FreeTime(words: mornings.words.enumerated().map { $0 >= 25 ? $1 : 0 })
        let recommendation = Self.recommender([.fixture(id: "E-0001")], free: ["E-0001": late])
            .recommend(for: .fixture(), meeting: Self.need(grid: long))
        #expect(recommendation.panel.isEmpty)
        let obstacles = try #require(recommendation.meeting).obstacles
        #expect(obstacles == [
            .noneFree(seat: 0, role: .mediator, with: [], horizonDays: 21, partyWindows: [], nearest: nil),
            .meetsAfterHorizon(panel: ["E-0001"], earliest: TestTime.day("2026-12-25"), horizonDays: 21),
        ])
        #expect(obstacles.last?.text(in: .en) == "the earliest time the best panel regardless of time (E-0001) can meet is 2026-12-25, "
            + "after the 21-day horizon")
    }

    @Test func whyNotNamesTheOneMemberTheBestCandidateIsNeverFreeWith() throws {
        // A difficult neighbour case: mediator all day, lawyer afternoons, the best psychologist only mornings.
        let experts: [Expert] = [
            .fixture(id: "E-0001"),
            .fixture(id: "E-0002", roles: [.lawyer]),
            .fixture(id: "E-0003", roles: [.psychologist], specialties: [Specialty(.neighbor, level: 5)]),
            .fixture(id: "E-0004", roles: [.psychologist], specialties: [Specialty(.neighbor, level: 1)]),
        ]
        let recommender = Self.recommender(experts, free: [
            "E-0001": Self.workdays(9, 17), "E-0002": Self.workdays(14, 17),
            "E-0003": Self.workdays(9, 12), "E-0004": Self.workdays(14, 17),
        ])
        let dispute = DisputeCase.fixture(difficulty: .difficult)
        let recommendation = recommender.recommend(for: dispute, meeting: Self.need())
        #expect(recommendation.panel == ["E-0001", "E-0002", "E-0004"])
        #expect(recommendation.meeting?.earliest == TestTime.at(TestTime.today, hour: 14))

        let answer = recommender.whyNot("E-0003", for: dispute, in: recommendation, meeting: Self.need())
        guard case let .cannotMeet(seat, candidate, with, days) = answer else {
            Issue.record("expected cannotMeet, got \(answer)")
            return
        }
        #expect(seat == 2 && candidate.expertID == "E-0003" && candidate.rank == 1 && with == ["E-0002"] && days == 21)
    }

    // MARK: Seat order and seats empty for want of people

    @Test func theLeadMediatorSeatIsFilledBeforeLaterSeats() {
        // A major neighbour case: the mediator and psychologist are free mornings, the lawyer and panelist
        // afternoons, so either seats {0, 3} or seats {1, 2} can meet; the lead seat should decide.
        let experts: [Expert] = [
            .fixture(id: "E-0001", specialties: [Specialty(.neighbor, level: 1)], credentials: [.retiredJudge]),
            .fixture(id: "E-0002", roles: [.lawyer], specialties: [Specialty(.neighbor, level: 5)]),
            .fixture(id: "E-0003", roles: [.panelist], specialties: [Specialty(.neighbor, level: 5)], credentials: [.retiredJudge]),
            .fixture(id: "E-0004", roles: [.psychologist], specialties: [Specialty(.neighbor, level: 1)]),
        ]
        let recommender = Self.recommender(experts, free: [
            "E-0001": Self.workdays(9, 12), "E-0002": Self.workdays(14, 17),
            "E-0003": Self.workdays(14, 17), "E-0004": Self.workdays(9, 12),
        ])
        let recommendation = recommender.recommend(for: .fixture(difficulty: .major), meeting: Self.need())
        #expect(recommendation.panel == ["E-0001", "E-0004"])
    }

    @Test func aSeatEmptyOnlyForWantOfPeopleIsNoMeetingObstacle() throws {
        // Everyone is always free. E-0002, the only lawyer and the only eligible psychologist, can take one seat;
        // E-0009's recent psychologist seats make E-0002 due some, so the time-blind panel seats them there.
        let experts: [Expert] = [
            .fixture(id: "E-0001"), .fixture(id: "E-0002", roles: [.lawyer, .psychologist]),
            .fixture(id: "E-0009", roles: [.psychologist]),
        ]
        let history = Situation.servedCases(4, by: "E-0009", from: 1, role: .psychologist)
        let recommender = Self.recommender(experts, free: experts.reduce(into: [:]) { $0[$1.id] = .always(days: 21) },
            cases: history.cases, assignments: history.assignments)
        let dispute = DisputeCase.fixture(difficulty: .difficult, vetoes: [PartyVeto(partyID: "P-0001", expertID: "E-0009")])
        #expect(recommender.recommend(for: dispute).seats.map(\.chosen?.expertID) == ["E-0001", nil, "E-0002"])
        let recommendation = recommender.recommend(for: dispute, meeting: Self.need())
        #expect(recommendation.seats.map(\.chosen?.expertID) == ["E-0001", "E-0002", nil])
        let outlook = try #require(recommendation.meeting)
        #expect(outlook.obstacles.isEmpty, "\(outlook.obstacles.map { $0.text(in: .en) })")
        #expect(outlook.canMeet)
    }

    // MARK: Batch plans

    @Test(arguments: 1...60)
    func everyBatchPanelCanMeetAndTheFlowBoundsThePlan(seed: Int) throws {
        let world = MeetingWorld(seed: seed, expertsPerRole: 6)
        var random = RandomInstance.Generator(state: UInt64(seed) &* 31 &+ 5)
        let queue = (0..<random.int(2...5)).map { index in
            var dispute = RandomInstance(seed: seed * 10 + index).open
            dispute.id = DisputeCase.ID("C-2026-0990\(index)")
            return dispute
        }
        var needs: [DisputeCase.ID: MeetingNeed] = [:]
        var places: [DisputeCase.ID: [FreeTime]] = [:]
        for dispute in queue {
            let (drawn, need) = MeetingWorld.need(&random)
            places[dispute.id] = drawn
            needs[dispute.id] = need
        }
        let recommender = world.recommender()
        let plan = BatchAssigner(recommender: recommender, candidatesPerSeat: 1_000).plan(queue: queue, meetings: needs)

        #expect(plan.objective >= plan.bound, "seed \(seed): objective \(plan.objective) below the bound \(plan.bound)")
        #expect(plan.swappedSeats >= plan.repairedCases)
        for dispute in queue {
            let need = needs[dispute.id]!
            let naive = NaiveMeeting(places: places[dispute.id]!, length: need.length, days: need.horizonDays)
            let placed = plan.placements.filter { $0.caseID == dispute.id }
            let members = placed.map { world.freeTime[$0.expertID]! }
            #expect(Set(placed.map(\.expertID)).count == placed.count, "seed \(seed), \(dispute.id)")
            guard naive.canMeet([]) else {
                #expect(placed.isEmpty, "seed \(seed), \(dispute.id): a panel for parties who are never free")
                continue
            }
            #expect(naive.canMeet(members), "seed \(seed), \(dispute.id): \(placed.map(\.expertID)) cannot meet")
            for empty in plan.emptySeats where empty.caseID == dispute.id {
                let ranking = recommender.ranking(seat: empty.seat, of: dispute)
                switch empty.cause {
                case let .cannotMeet(obstacle):
                    guard case let .noneFree(seat, role, _, _, _, _) = obstacle, seat == empty.seat, role == empty.role else {
                        Issue.record("seed \(seed), \(dispute.id): \(obstacle) for seat \(empty.seat)")
                        continue
                    }
                    let joining = ranking.filter { expert in
                        !placed.contains { $0.expertID == expert.expertID }
                            && naive.canMeet(members + [world.freeTime[expert.expertID]!])
                    }
                    #expect(joining.isEmpty, "seed \(seed), \(dispute.id) seat \(empty.seat): \(joining.map(\.expertID)) could meet")
                case let .outplaced(eligible):
                    #expect(eligible > 0 && !ranking.isEmpty, "seed \(seed), \(dispute.id) seat \(empty.seat)")
                case .noneHoldsRole, .allExcluded:
                    #expect(ranking.isEmpty, "seed \(seed), \(dispute.id) seat \(empty.seat): \(empty.reason)")
                }
            }
        }
    }
}

import Domain
import Foundation
import Matching
import Services
import Store
import TestSupport
import Testing

@Suite struct QueueAssignmentTests {
    static let today = XigangGenerator.defaultAsOf

    func database() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        var dataset = XigangFixtureTests.dataset
        dataset.weights = [DefaultWeights.profile(createdAt: Date(timeIntervalSince1970: 0))]
        dataset.panelRequirements = PanelTable.defaults.requirements
        try database.insertDataset(dataset, label: "test")
        return database
    }

    /// The default of eight candidates per seat loses nothing on the Xigang queue.
    @Test func theXigangPlanIsTheSameWithEveryEligibleExpertAsCandidate() throws {
        let assignment = QueueAssignment(database: try database())
        let narrow = try assignment.plan(today: Self.today)
        let wide = try assignment.plan(today: Self.today, candidatesPerSeat: 100_000)
        #expect(narrow.objective == wide.objective)
        #expect(narrow.placements == wide.placements)
        #expect(narrow.filledSeats > 100)
    }

    /// The case page's confirm offers the panel the page showed, even where the one-case batch plan, which
    /// weighs load convexly, would seat someone else; a panel that changed since is refused, storing nothing.
    @Test func confirmingOffersThePanelAsShownAndRefusesOneThatChanged() throws {
        let database = try database(), assignment = QueueAssignment(database: database), matching = MatchingService(database: database)
        var found: (DisputeCase, Recommendation)?
        for dispute in try assignment.queue(today: Self.today).prefix(60) {
            let recommendation = try matching.recommend(dispute.id, today: Self.today).recommendation
            let batch = try assignment.plan(cases: [dispute], today: Self.today)
            if Set(batch.placements.map(\.expertID)) != Set(recommendation.panel) {
                found = (dispute, recommendation)
                break
            }
        }
        let (dispute, recommendation) = try #require(found, "on the Xigang queue some one-case plan differs from the recommendation")
        let shown = Dictionary(uniqueKeysWithValues: recommendation.seats.compactMap { seat in seat.chosen.map { (seat.seat, $0.expertID) } })
        let now = TestTime.at(Self.today, hour: 9)

        var stale = shown
        stale[0] = "E-9999"
        let refusal = #expect(throws: QueueAssignment.PanelChanged.self) {
            try assignment.confirm(dispute.id, shown: stale, today: Self.today, at: now, by: "coordinator")
        }
        #expect(refusal == QueueAssignment.PanelChanged(caseID: dispute.id, seat: 0, now: shown[0]))
        #expect(try database.assignments(caseID: dispute.id).isEmpty)

        let offers = try assignment.confirm(dispute.id, shown: shown, today: Self.today, at: now, by: "coordinator")
        #expect(Dictionary(uniqueKeysWithValues: offers.map { ($0.seat, $0.expertID) }) == shown)
        #expect(offers.allSatisfy { $0.status == .offered && $0.weightsVersion == recommendation.weightsVersion })
        #expect(try database.dispute(dispute.id)?.status == (shown.count == recommendation.seats.count ? .assigned : .matching))
        #expect(throws: DomainError.conflict(record: "case \(dispute.id)", reason: "every seat is already offered or held")) {
            try assignment.confirm(dispute.id, shown: shown, today: Self.today, at: now, by: "coordinator")
        }
    }

    @Test func committingStoresOffersAndMovesTheCases() throws {
        let database = try database()
        let assignment = QueueAssignment(database: database)
        let plan = try assignment.plan(today: Self.today)
        let before = try database.counts()
        let stored = try assignment.commit(plan, at: TestTime.now)
        #expect(stored.count == plan.filledSeats)
        #expect(try database.counts().assignments == before.assignments + plan.filledSeats)
        #expect(stored.allSatisfy { $0.status == .offered && $0.weightsVersion == 1 && $0.id.rawValue.hasSuffix(":1") })
        #expect(try assignment.queue(today: Self.today).count == Set(plan.emptySeats.map(\.caseID)).count)
        let offered = try #require(stored.first)
        #expect(try database.dispute(offered.caseID)?.status == .assigned)
        // Nobody was pushed over capacity.
        let open = Set(try database.cases(.open).map(\.id))
        let load = Dictionary(grouping: try database.allAssignments().filter { $0.status.holdsSeat && open.contains($0.caseID) }, by: \.expertID)
        for expert in try database.experts() { #expect((load[expert.id]?.count ?? 0) <= expert.capacity, "\(expert.id)") }
    }

    @Test func aManualChoiceIsCheckedAgainstCapacityAndConflicts() throws {
        let database = try database()
        let highlights = try DemoHighlights(database: database, today: Self.today)
        let manual = ManualAssignment(database: database)
        let waiting = try #require(try database.cases(CaseFilter(statuses: [.intake])).first)
        let experts = try database.experts()
        let full = try #require(highlights.expertsAtCapacity.compactMap { id in experts.first { $0.id == id } }
            .first { $0.roles.contains(.mediator) && $0.leave(on: Self.today) == nil && $0.isActive })
        let refusal = #expect(throws: ManualAssignment.Refusal.self) {
            try manual.assign(full.id, seat: 0, of: waiting.id, reason: "knows the family", by: "coordinator", today: Self.today, at: TestTime.now)
        }
        #expect(refusal?.description.contains("they already hold \(full.capacity) of \(full.capacity) open cases") == true)
        #expect(try database.assignments(caseID: waiting.id).isEmpty)

        let vetoed = try #require(try database.cases(CaseFilter(statuses: [.intake, .matching])).first { !$0.vetoes.isEmpty })
        let veto = vetoed.vetoes[0]
        let vetoRefusal = #expect(throws: ManualAssignment.Refusal.self) {
            try manual.assign(veto.expertID, seat: 0, of: vetoed.id, reason: "local", by: "coordinator", today: Self.today, at: TestTime.now)
        }
        #expect(vetoRefusal?.description.contains("vetoed them") == true)
    }

    @Test func aManualChoiceReplacesTheSeatsHolder() throws {
        let database = try database()
        let found = try MatchingService(database: database).recommend(
            try #require(try database.cases(CaseFilter(statuses: [.intake])).first).id, today: Self.today)
        let (dispute, recommendation) = (found.dispute, found.recommendation)
        try QueueAssignment(database: database).commit(try QueueAssignment(database: database).plan(cases: [dispute], today: Self.today), at: TestTime.now)
        let alternate = try #require(recommendation.seats[0].alternates.first)
        let offer = try ManualAssignment(database: database).assign(
            alternate.expertID, seat: 0, of: dispute.id, reason: "speaks with the family", by: "王主任", today: Self.today, at: TestTime.now)
        #expect(offer.id.rawValue == "\(dispute.id):0:2")
        let seat = try database.assignments(caseID: dispute.id).filter { $0.seat == 0 }
        #expect(seat.map(\.status) == [.released, .offered])
        #expect(seat[0].reason?.contains("replaced by \(alternate.expertID)") == true)
        #expect(throws: DomainError.self) {
            try ManualAssignment(database: database).assign(alternate.expertID, seat: 0, of: dispute.id, reason: " ", by: "x", today: Self.today, at: TestTime.now)
        }
    }
}

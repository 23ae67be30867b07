import Domain
import Foundation
import Store
import Testing
import TestSupport

@Suite struct WeightsStoreTests {
    @Test func profileRoundTripsWithWeightsRulesAndNote() throws {
        let database = try AppDatabase.inMemory()
        let profile = WeightsProfile.fixture(
            version: 1, name: "区中心2026", weights: [.specialty: 3, .distance: 1.5, .fairness: 0.25, .strain: 0],
            rules: HardRuleSettings(conflictLookbackDays: 730, strainWindowDays: 30),
            createdBy: "admin", note: "首版")
        try database.insertWeightsProfile(profile)
        #expect(try database.weightsProfiles() == [profile])
        #expect(try database.activeWeightsProfile() == nil)
    }

    @Test func invalidProfileIsNeverStored() throws {
        let database = try AppDatabase.inMemory()
        #expect(throws: DomainError.self) { try database.insertWeightsProfile(.fixture(weights: [.load: -1])) }
        #expect(try database.weightsProfiles().isEmpty)
    }

    @Test func latestActivationWins() throws {
        let database = try AppDatabase.inMemory()
        let firstActivation = WeightsProfile.Activation(at: TestTime.now, by: "admin", reason: "go live")
        try database.insertWeightsProfile(.fixture(version: 1, activation: firstActivation))
        try database.insertWeightsProfile(.fixture(version: 2, name: "more distance", weights: [.distance: 2, .specialty: 1]))
        #expect(try database.activeWeightsProfile()?.version == 1)
        #expect(try database.activeWeightsProfile()?.activation == firstActivation)

        try database.activateWeights(version: 2, at: TestTime.now.addingTimeInterval(60), by: "admin", reason: "replay looked better")
        #expect(try database.activeWeightsProfile()?.version == 2)
        #expect(try database.weightsProfiles().map(\.version) == [2, 1])
        #expect(try database.weightsProfiles().filter { $0.activation != nil }.count == 1)

        try database.activateWeights(version: 1, at: TestTime.now.addingTimeInterval(120), by: "root", reason: "roll back")
        let active = try #require(try database.activeWeightsProfile())
        #expect(active.version == 1)
        #expect(active.activation == .init(at: TestTime.now.addingTimeInterval(120), by: "root", reason: "roll back"))
    }

    @Test func activatingAnUnknownVersionSaysSo() throws {
        let database = try AppDatabase.inMemory()
        let error = #expect(throws: DomainError.self) {
            try database.activateWeights(version: 9, at: TestTime.now, by: "admin", reason: "typo")
        }
        #expect(error == .notFound(kind: "weights profile", id: "v9"))
    }

    @Test func activationNeedsAReason() throws {
        let database = try AppDatabase.inMemory()
        try database.insertWeightsProfile(.fixture())
        let error = #expect(throws: (any Error).self) {
            try database.activateWeights(version: 1, at: TestTime.now, by: "admin", reason: " ")
        }
        #expect(isRefusal(error, "CHECK constraint failed"))
    }
}

@Suite struct PanelRequirementStoreTests {
    let requirements = [
        PanelRequirement(type: .demolition, difficulty: .major, seats: [
            SeatRequirement(.mediator, credentials: [.seniorMediator, .goldMedalMediator]), SeatRequirement(.lawyer),
            SeatRequirement(.panelist, credentials: [.retiredJudge]),
        ]),
        PanelRequirement(type: .marriageFamily, difficulty: .difficult, seats: [
            SeatRequirement(.mediator), SeatRequirement(.lawyer), SeatRequirement(.psychologist),
        ]),
        PanelRequirement(type: .marriageFamily, difficulty: .ordinary, seats: [SeatRequirement(.mediator)]),
    ]

    @Test func requirementsRoundTripWithSeatOrderAndCredentials() throws {
        let database = try AppDatabase.inMemory()
        try database.replacePanelRequirements(requirements)
        #expect(try database.panelRequirements() == requirements)
    }

    @Test func replacingDropsTheOldTable() throws {
        let database = try AppDatabase.inMemory()
        try database.replacePanelRequirements(requirements)
        try database.replacePanelRequirements([requirements[2]])
        #expect(try database.panelRequirements() == [requirements[2]])
    }

    @Test func invalidRequirementLeavesTheTableAsItWas() throws {
        let database = try AppDatabase.inMemory()
        try database.replacePanelRequirements(requirements)
        let headless = PanelRequirement(type: .labor, difficulty: .major, seats: [SeatRequirement(.lawyer)])
        #expect(throws: DomainError.self) { try database.replacePanelRequirements([headless]) }
        #expect(try database.panelRequirements() == requirements)
    }
}

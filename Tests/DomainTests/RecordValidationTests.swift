import Domain
import Foundation
import Testing

@Suite struct VenueValidationTests {
    let room = Venue(
        id: "V-JIUSAN", kind: .communityRoom, name: "九三社区调解室", areaID: "210203011001", address: "九三社区",
        coordinate: Coordinate(latitude: 38.9159, longitude: 121.6104), capacity: 8,
        openingHours: [WeeklyWindow("Mon 09:00-17:00")!])
    let online = Venue(
        id: "V-ONLINE", kind: .online, name: "线上调解室", areaID: "210203", address: "online", coordinate: nil,
        capacity: nil, openingHours: [])

    @Test func physicalRoomAndOnlineRoomAreValid() throws {
        try room.validate()
        try online.validate()
        #expect(online.isOnline && !room.isOnline)
    }

    @Test func physicalVenueNeedsCoordinatesAndASeat() {
        var venue = room
        venue.coordinate = nil
        #expect(invalidField(#expect(throws: DomainError.self) { try venue.validate() }) == "latitude")
        venue = room
        venue.capacity = 0
        #expect(invalidField(#expect(throws: DomainError.self) { try venue.validate() }) == "capacity")
        venue.capacity = nil
        #expect(invalidField(#expect(throws: DomainError.self) { try venue.validate() }) == "capacity")
    }

    @Test func onlineVenueHasNoCoordinatesAndNoSeatLimit() {
        var venue = online
        venue.capacity = 10
        #expect(invalidField(#expect(throws: DomainError.self) { try venue.validate() }) == "kind")
        venue = online
        venue.coordinate = Coordinate(latitude: 38.9, longitude: 121.6)
        #expect(invalidField(#expect(throws: DomainError.self) { try venue.validate() }) == "kind")
    }
}

@Suite struct WeightsProfileValidationTests {
    let profile = WeightsProfile(
        version: 3, name: "baseline", weights: [.specialty: 2, .distance: 1, .load: 0], createdAt: Date(timeIntervalSince1970: 0),
        createdBy: "admin")

    @Test func profileWithOnePositiveWeightIsValid() throws {
        try profile.validate()
        #expect(profile.weight(.specialty) == 2)
        #expect(profile.weight(.strain) == 0)
    }

    @Test(arguments: [-0.5, .infinity, .nan])
    func weightMustBeFiniteAndNotNegative(_ weight: Double) {
        var broken = profile
        broken.weights[.fairness] = weight
        let error = #expect(throws: DomainError.self) { try broken.validate() }
        #expect(invalidField(error) == "fairness")
        #expect(error?.description.contains("weights profile v3") == true)
    }

    @Test func profileNeedsAPositiveWeight() {
        var broken = profile
        broken.weights = [.specialty: 0, .distance: 0]
        #expect(invalidField(#expect(throws: DomainError.self) { try broken.validate() }) == "weights")
        broken.weights = [:]
        #expect(invalidField(#expect(throws: DomainError.self) { try broken.validate() }) == "weights")
    }

    @Test func conflictLookbackCannotBeNegative() {
        var broken = profile
        broken.rules.conflictLookbackDays = -1
        #expect(invalidField(#expect(throws: DomainError.self) { try broken.validate() }) == "conflict_lookback_days")
    }

    @Test func termNamesSortInDeclarationOrder() {
        #expect(ScoreTermName.allCases.sorted() == ScoreTermName.allCases)
        #expect(ScoreTermName.specialty < .communityAdviser)
    }
}

@Suite struct UserValidationTests {
    static func user(_ role: User.Role, expertID: Expert.ID?) -> User {
        User(id: "U-0001", username: "wangjg", displayName: "王建国", role: role, expertID: expertID,
            passwordHash: "$2b$12$hash", createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test(arguments: [
        (User.Role.expert, Expert.ID?("E-0112")), (.coordinator, nil), (.administrator, nil),
    ])
    func expertUserIsLinkedToAnExpertAndOthersAreNot(_ role: User.Role, _ expertID: Expert.ID?) throws {
        try Self.user(role, expertID: expertID).validate()
    }

    @Test(arguments: [(User.Role.expert, Expert.ID?.none), (.coordinator, "E-0112"), (.administrator, "E-0112")])
    func mismatchedExpertLinkIsRefused(_ role: User.Role, _ expertID: Expert.ID?) {
        let error = #expect(throws: DomainError.self) { try Self.user(role, expertID: expertID).validate() }
        #expect(invalidField(error) == "expert_id")
        #expect(error?.description.contains("user wangjg") == true)
    }
}

@Suite struct SessionAndPanelValidationTests {
    @Test func sessionMustEndAfterItStartsAndSeatSomeone() throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var session = Session(id: "S-1", caseID: "C-1", venueID: "V-1", startsAt: start,
            endsAt: start.addingTimeInterval(5_400), panel: ["E-0001"])
        try session.validate()
        session.endsAt = start
        #expect(invalidField(#expect(throws: DomainError.self) { try session.validate() }) == "ends_at")
        session.endsAt = start.addingTimeInterval(60)
        session.panel = []
        #expect(invalidField(#expect(throws: DomainError.self) { try session.validate() }) == "panel")
    }

    @Test func panelStartsWithTheLeadMediator() throws {
        try PanelRequirement(type: .marriageFamily, difficulty: .difficult,
            seats: [SeatRequirement(.mediator), SeatRequirement(.lawyer), SeatRequirement(.psychologist)]).validate()
        let headless = PanelRequirement(type: .demolition, difficulty: .major, seats: [SeatRequirement(.lawyer)])
        #expect(invalidField(#expect(throws: DomainError.self) { try headless.validate() }) == "seats")
        let empty = PanelRequirement(type: .demolition, difficulty: .major, seats: [])
        #expect(invalidField(#expect(throws: DomainError.self) { try empty.validate() }) == "seats")
    }
}

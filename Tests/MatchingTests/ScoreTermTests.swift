import Domain
import Foundation
@testable import Matching
import TestSupport
import Testing

/// One score term, one test: each term's documented shape on a tiny situation, and its range [0, 1].
@Suite struct ScoreTermTests {
    // MARK: Specialty

    @Test func specialtyIsTheLevelOutOfFiveAndZeroOutsideTheField() {
        #expect(SpecialtyTerm.value(level: 5) == 1)
        #expect(SpecialtyTerm.value(level: 3) == 0.6)
        #expect(SpecialtyTerm.value(level: nil) == 0)
        let pool = Situation.pool([.fixture(specialties: [Specialty(.neighbor, level: 5)])])
        #expect(Situation.term(.specialty, of: "E-0001", in: .fixture(type: .neighbor), pool: pool) == 1)
        #expect(Situation.term(.specialty, of: "E-0001", in: .fixture(type: .labor), pool: pool) == 0)
    }

    @Test(arguments: -2...8)
    func specialtyStaysInTheUnitInterval(level: Int) {
        #expect((0...1).contains(SpecialtyTerm.value(level: level)))
    }

    // MARK: Load

    @Test func loadIsTheShareOfCapacityStillFree() {
        #expect(LoadTerm.value(open: 0, capacity: 5) == 1)
        #expect(LoadTerm.value(open: 2, capacity: 4) == 0.5)
        #expect(LoadTerm.value(open: 5, capacity: 5) == 0)
        #expect(LoadTerm.value(open: 7, capacity: 5) == 0)
        #expect(LoadTerm.value(open: 0, capacity: 0) == 0)
    }

    @Test func loadCountsTheExpertsOpenSeatsInThePool() {
        let cases = [Situation.openCase(1), Situation.openCase(2)]
        let pool = Situation.pool([.fixture(capacity: 4)], cases: cases,
            assignments: cases.map { Situation.seat("E-0001", on: $0.id) })
        #expect(Situation.term(.load, of: "E-0001", pool: pool) == 0.5)
    }

    // MARK: Distance

    static func area(_ id: Area.ID) -> Area { TestAreas.directory[id]! }

    @Test func distanceIsOneAtHomeAndThreeQuartersWithinTheSubdistrict() {
        let areas = TestAreas.directory
        #expect(DistanceTerm.value(from: Self.area(TestAreas.jiusan), to: Self.area(TestAreas.jiusan), areas: areas) == 1)
        #expect(DistanceTerm.value(from: Self.area(TestAreas.jiusan), to: Self.area(TestAreas.gengsheng), areas: areas) == 0.75)
    }

    @Test func distanceToAnotherSubdistrictIsBelowAHalfAndFallsWithKilometres() {
        let areas = TestAreas.directory
        let jiusan = Self.area(TestAreas.jiusan), tianchi = Self.area(TestAreas.tianchi), yingchun = Self.area(TestAreas.yingchun)
        let near = DistanceTerm.value(from: jiusan, to: tianchi, areas: areas)
        let far = DistanceTerm.value(from: jiusan, to: yingchun, areas: areas)
        #expect(jiusan.coordinate.kilometres(to: tianchi.coordinate) < jiusan.coordinate.kilometres(to: yingchun.coordinate))
        #expect(0 < far && far < near && near < 0.5)
        let kilometres = jiusan.coordinate.kilometres(to: yingchun.coordinate)
        #expect(abs(far - 0.5 * exp(-kilometres / 4)) < 1e-12)
    }

    @Test func distanceInThePoolRunsFromTheExpertsHomeToTheCasesCommunity() {
        let pool = Situation.pool([
            .fixture(id: "E-0001", homeCommunityID: TestAreas.jiusan),
            .fixture(id: "E-0002", homeCommunityID: TestAreas.gengsheng),
            .fixture(id: "E-0003", homeCommunityID: TestAreas.yingchun),
            .fixture(id: "E-0004", homeCommunityID: "210203099999"),
        ])
        let dispute = DisputeCase.fixture(communityID: TestAreas.jiusan)
        #expect(Situation.term(.distance, of: "E-0001", in: dispute, pool: pool) == 1)
        #expect(Situation.term(.distance, of: "E-0002", in: dispute, pool: pool) == 0.75)
        #expect(Situation.term(.distance, of: "E-0003", in: dispute, pool: pool) < 0.5)
        // A home outside the area tree scores nothing rather than guessing.
        #expect(Situation.term(.distance, of: "E-0004", in: dispute, pool: pool) == 0)
    }

    // MARK: Language

    @Test func languageIsOneForTheCasesLanguageAndMandarinServesTheDialectAtSixTenths() {
        #expect(LanguageTerm.value(speaks: [.mandarin], needed: .mandarin) == 1)
        #expect(LanguageTerm.value(speaks: [.mandarin, .dalianDialect], needed: .dalianDialect) == 1)
        #expect(LanguageTerm.value(speaks: [.mandarin], needed: .dalianDialect) == 0.6)
        #expect(LanguageTerm.value(speaks: [.mandarin], needed: .korean) == 0)
        #expect(LanguageTerm.value(speaks: [.dalianDialect], needed: .mandarin) == 0)
    }

    // MARK: Continuity

    @Test func continuityIsZeroWithNoPartyServedElseSixTenthsPlusFourTenthsOfTheShare() {
        #expect(ContinuityTerm.value(servedParties: 0, of: 2) == 0)
        #expect(abs(ContinuityTerm.value(servedParties: 1, of: 2) - 0.8) < 1e-12)
        #expect(abs(ContinuityTerm.value(servedParties: 1, of: 4) - 0.7) < 1e-12)
        #expect(ContinuityTerm.value(servedParties: 2, of: 2) == 1)
        #expect(ContinuityTerm.value(servedParties: 3, of: 2) == 1)
        #expect(ContinuityTerm.value(servedParties: 1, of: 0) == 0)
    }

    // MARK: Availability

    @Test func availabilityCountsFreeHoursOverFourteenDaysLessLeave() throws {
        try #require(TestTime.today.weekday == .monday)
        let mondayMornings = [TestTime.window("Mon 09:00-12:00")]
        // Two Mondays (30 Nov, 7 Dec) fall in the 14 days from today: 6 hours out of 28.
        let free = Expert.fixture(availability: mondayMornings)
        #expect(AvailabilityTerm.freeHours(free, from: TestTime.today) == 6)
        #expect(abs(AvailabilityTerm.value(free, from: TestTime.today) - 6.0 / 28) < 1e-12)
        let away = Expert.fixture(availability: mondayMornings,
            leave: [LeavePeriod(from: TestTime.day("2026-12-07"), through: TestTime.day("2026-12-07"))])
        #expect(AvailabilityTerm.freeHours(away, from: TestTime.today) == 3)
    }

    @Test func availabilityIsCappedAtOneAndZeroForAWholeFortnightAway() {
        // Workdays 09:00–17:00: 80 free hours, well above 28.
        #expect(AvailabilityTerm.freeHours(.fixture(), from: TestTime.today) == 80)
        #expect(AvailabilityTerm.value(.fixture(), from: TestTime.today) == 1)
        let away = Expert.fixture(leave: [LeavePeriod(from: TestTime.day("2026-11-30"), through: TestTime.day("2026-12-13"))])
        #expect(AvailabilityTerm.value(away, from: TestTime.today) == 0)
        #expect(AvailabilityTerm.value(.fixture(availability: []), from: TestTime.today) == 0)
    }

    // MARK: Strain

    @Test func strainIsOneWithNoneAndHalvesAtTwo() {
        #expect(StrainTerm.value(strain: 0) == 1)
        #expect(StrainTerm.value(strain: 2) == 0.5)
        #expect(StrainTerm.value(strain: 6) == 0.25)
        #expect(StrainTerm.value(strain: -1) == 1)
    }

    // MARK: Community adviser

    @Test func theCommunityAdviserIsPreferredOnlyForALawyersSeatInTheirCommunity() {
        let jiusan = TestAreas.jiusan
        #expect(CommunityAdviserTerm.value(advises: jiusan, caseCommunity: jiusan, seat: .lawyer) == 1)
        #expect(CommunityAdviserTerm.value(advises: jiusan, caseCommunity: jiusan, seat: .mediator) == 0)
        #expect(CommunityAdviserTerm.value(advises: TestAreas.tianchi, caseCommunity: jiusan, seat: .lawyer) == 0)
        #expect(CommunityAdviserTerm.value(advises: nil, caseCommunity: jiusan, seat: .lawyer) == 0)
        let pool = Situation.pool([.fixture(roles: [.mediator, .lawyer], advisesCommunityID: jiusan)])
        #expect(Situation.term(.communityAdviser, of: "E-0001", role: .lawyer, pool: pool) == 1)
        #expect(Situation.term(.communityAdviser, of: "E-0001", role: .mediator, pool: pool) == 0)
    }

    // MARK: Range

    @Test(arguments: [0, 1, 3, 5, 9])
    func theOpenSeatTermsStayInTheUnitInterval(open: Int) {
        for capacity in 0...6 { #expect((0...1).contains(LoadTerm.value(open: open, capacity: capacity))) }
        for parties in 0...4 { #expect((0...1).contains(ContinuityTerm.value(servedParties: open, of: parties))) }
        #expect((0...1).contains(StrainTerm.value(strain: Double(open))))
    }
}

import Domain
import Matching
import TestSupport
import Testing

/// The seats a case needs by dispute type and difficulty, and the default table argued from DOMAIN.md.
@Suite struct PanelTableTests {
    static let rows = DisputeType.allCases.flatMap { type in Difficulty.allCases.map { (type, $0) } }

    @Test func everyTypeAndDifficultyHasAValidRowLedByAMediator() throws {
        let table = PanelTable.defaults
        #expect(table.requirements.count == DisputeType.allCases.count * Difficulty.allCases.count)
        for (type, difficulty) in Self.rows {
            #expect(table.seats(for: type, difficulty).first?.role == .mediator, "\(type) \(difficulty)")
        }
        for requirement in table.requirements { try requirement.validate() }
    }

    @Test func anOrdinaryNeighbourDisputeHasALoneMediator() {
        #expect(PanelTable.defaults.seats(for: .neighbor, .ordinary) == [SeatRequirement(.mediator)])
    }

    @Test func anOrdinaryLabourDisputeAddsALawyer() {
        #expect(PanelTable.defaults.seats(for: .labor, .ordinary) == [SeatRequirement(.mediator), SeatRequirement(.lawyer)])
    }

    @Test func aDifficultFamilyDisputeAddsAPsychologist() {
        #expect(PanelTable.defaults.seats(for: .marriageFamily, .difficult)
            == [SeatRequirement(.mediator), SeatRequirement(.lawyer), SeatRequirement(.psychologist)])
    }

    @Test func aDifficultTechnicalDisputeAddsAnExpertPoolMember() {
        #expect(PanelTable.defaults.seats(for: .medical, .difficult)
            == [SeatRequirement(.mediator), SeatRequirement(.lawyer), SeatRequirement(.panelist)])
    }

    @Test(arguments: DisputeType.allCases)
    func aMajorCaseHasASeniorPanelistSeat(type: DisputeType) {
        let seats = PanelTable.defaults.seats(for: type, .major)
        let senior: Set<Credential> = [.retiredJudge, .goldMedalMediator, .provincialMeritoriousMediator]
        #expect(seats.contains(SeatRequirement(.panelist, credentials: senior)))
        #expect(seats.first == SeatRequirement(.mediator, credentials: senior.union([.seniorMediator])))
        #expect((3...5).contains(seats.count))
    }

    @Test func aRowTheTableLacksFallsBackToALoneMediator() {
        let table = PanelTable([PanelRequirement(type: .labor, difficulty: .ordinary, seats: [SeatRequirement(.mediator)])])
        #expect(table.seats(for: .medical, .major) == [SeatRequirement(.mediator)])
        #expect(PanelTable([]).seats(for: .labor, .difficult) == [SeatRequirement(.mediator)])
    }

    @Test func anEditedTableKeepsTheLastRowForAKeyAndListsRowsInOrder() {
        let table = PanelTable([
            PanelRequirement(type: .neighbor, difficulty: .major, seats: [SeatRequirement(.mediator)]),
            PanelRequirement(type: .labor, difficulty: .ordinary, seats: [SeatRequirement(.mediator)]),
            PanelRequirement(type: .labor, difficulty: .ordinary, seats: [SeatRequirement(.mediator), SeatRequirement(.lawyer)]),
        ])
        #expect(table.seats(for: .labor, .ordinary).count == 2)
        #expect(table.requirements.map(\.type) == [.labor, .neighbor])
    }
}

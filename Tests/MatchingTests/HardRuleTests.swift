import Domain
@testable import Matching
import TestSupport
import Testing

/// Each hard rule fed a tiny situation: who it keeps off a seat, with which reason, and who it lets sit.
@Suite struct HardRuleTests {
    // MARK: Role

    @Test func aSeatNeedsARoleTheExpertHoldsAndTheReasonListsTheRolesHeld() {
        let pool = Situation.pool([.fixture(roles: [.psychologist, .lawyer])])
        let exclusion = Situation.exclusion(RoleRule.self, of: "E-0001", pool: pool)
        #expect(exclusion == .lacksRole(required: .mediator, holds: [.lawyer, .psychologist]))
        #expect(exclusion?.rule == .role)
        #expect(exclusion?.description == "the seat needs a mediator and they are lawyer and psychologist")
    }

    @Test func anExpertHoldingTheSeatsRoleAmongOthersMaySit() {
        let pool = Situation.pool([.fixture(roles: [.lawyer, .mediator])])
        #expect(Situation.exclusion(RoleRule.self, of: "E-0001", pool: pool) == nil)
    }

    // MARK: Active and present

    @Test func anInactiveExpertIsExcluded() {
        let pool = Situation.pool([.fixture(isActive: false)])
        let exclusion = Situation.exclusion(ActiveAndPresentRule.self, of: "E-0001", pool: pool)
        #expect(exclusion == .inactive)
        #expect(exclusion?.rule == .activeAndPresent)
        #expect(exclusion?.description == "they are marked inactive")
    }

    @Test func anExpertOnLeaveCoveringTodayIsExcludedWithThePeriod() {
        let leave = LeavePeriod(from: TestTime.day("2026-11-25"), through: TestTime.day("2026-12-05"))
        let pool = Situation.pool([.fixture(leave: [leave])])
        let exclusion = Situation.exclusion(ActiveAndPresentRule.self, of: "E-0001", pool: pool)
        #expect(exclusion == .onLeave(from: TestTime.day("2026-11-25"), through: TestTime.day("2026-12-05")))
        #expect(exclusion?.rule == .activeAndPresent)
        #expect(exclusion?.description == "they are on leave from 2026-11-25 through 2026-12-05")
    }

    @Test func leaveEndingYesterdayOrStartingTomorrowDoesNotExclude() {
        let ended = LeavePeriod(from: TestTime.day("2026-11-20"), through: TestTime.day("2026-11-29"))
        let coming = LeavePeriod(from: TestTime.day("2026-12-01"), through: TestTime.day("2026-12-09"))
        let pool = Situation.pool([.fixture(leave: [ended, coming])])
        #expect(Situation.exclusion(ActiveAndPresentRule.self, of: "E-0001", pool: pool) == nil)
    }

    // MARK: Capacity

    @Test func offeredAndAcceptedSeatsOnOpenCasesFillCapacity() {
        let cases = (1...5).map { Situation.openCase($0) }
        let seats = cases.enumerated().map { Situation.seat("E-0001", on: $1.id, status: $0 < 3 ? .accepted : .offered) }
        let pool = Situation.pool([.fixture(capacity: 5)], cases: cases, assignments: seats)
        let exclusion = Situation.exclusion(CapacityRule.self, of: "E-0001", pool: pool)
        #expect(exclusion == .atCapacity(open: 5, limit: 5))
        #expect(exclusion?.rule == .capacity)
        #expect(exclusion?.description == "they already hold 5 of 5 open cases")
    }

    @Test func seatsOnClosedCasesAndSeatsGivenUpDoNotCount() {
        let closed = Situation.closedCase(1)
        let open = [Situation.openCase(2), Situation.openCase(3), Situation.openCase(4)]
        let seats = [Situation.seat("E-0001", on: closed.id)]
            + zip(open, [Assignment.Status.declined, .released, .expired]).map { Situation.seat("E-0001", on: $0.id, status: $1) }
        let pool = Situation.pool([.fixture(capacity: 1)], cases: [closed] + open, assignments: seats)
        #expect(pool.histories[0].openCases == 0)
        #expect(Situation.exclusion(CapacityRule.self, of: "E-0001", pool: pool) == nil)
    }

    @Test func aSeatAlreadyHeldOnThisCaseDoesNotExcludeAtFullCapacity() {
        let dispute = DisputeCase.fixture()
        let pool = Situation.pool([.fixture(capacity: 1)], cases: [dispute],
            assignments: [Situation.seat("E-0001", on: dispute.id, status: .offered)])
        #expect(pool.histories[0].openCases == 1)
        #expect(Situation.exclusion(CapacityRule.self, of: "E-0001", in: dispute, pool: pool, seated: ["E-0001": 0]) == nil)
        #expect(Situation.exclusion(CapacityRule.self, of: "E-0001", in: dispute, pool: pool) == .atCapacity(open: 1, limit: 1))
    }

    @Test func anExpertWithCapacityZeroTakesNoCase() {
        let pool = Situation.pool([.fixture(capacity: 0)])
        #expect(Situation.exclusion(CapacityRule.self, of: "E-0001", pool: pool) == .atCapacity(open: 0, limit: 0))
    }

    // MARK: Credential

    @Test func aSeatRequiringCredentialsExcludesAnExpertWithNoneOfThem() {
        let pool = Situation.pool([.fixture(credentials: [.seniorMediator])])
        let seat = SeatRequirement(.mediator, credentials: [.retiredJudge, .goldMedalMediator])
        let exclusion = Situation.exclusion(CredentialRule.self, of: "E-0001", seat: seat, pool: pool)
        #expect(exclusion == .missingCredential(required: [.goldMedalMediator, .retiredJudge]))
        #expect(exclusion?.rule == .credential)
        #expect(exclusion?.description == "the seat needs one of gold_medal_mediator, retired_judge")
    }

    @Test func oneOfTheRequiredCredentialsIsEnoughAndAnOpenSeatNeedsNone() {
        let pool = Situation.pool([.fixture(credentials: [.retiredJudge])])
        let senior = SeatRequirement(.mediator, credentials: [.retiredJudge, .goldMedalMediator])
        #expect(Situation.exclusion(CredentialRule.self, of: "E-0001", seat: senior, pool: pool) == nil)
        let bare = Situation.pool([.fixture(credentials: [])])
        #expect(Situation.exclusion(CredentialRule.self, of: "E-0001", pool: bare) == nil)
    }

    // MARK: Party veto

    @Test func aVetoedExpertIsExcludedNamingTheParty() {
        let pool = Situation.pool([.fixture(), .fixture(id: "E-0002")])
        let dispute = DisputeCase.fixture(vetoes: [PartyVeto(partyID: "P-0002", expertID: "E-0001")])
        let exclusion = Situation.exclusion(PartyVetoRule.self, of: "E-0001", in: dispute, pool: pool)
        #expect(exclusion == .vetoed(by: "P-0002", partyName: "李娜"))
        #expect(exclusion?.rule == .partyVeto)
        #expect(exclusion?.description == "party P-0002 李娜 vetoed them")
        #expect(Situation.exclusion(PartyVetoRule.self, of: "E-0002", in: dispute, pool: pool) == nil)
    }

    // MARK: One seat per case

    @Test func anExpertHoldingOneSeatMayNotTakeAnotherOfTheSameCase() {
        let pool = Situation.pool([.fixture(roles: [.mediator, .lawyer])])
        let exclusion = Situation.exclusion(OneSeatPerCaseRule.self, of: "E-0001", seat: SeatRequirement(.lawyer),
            seatIndex: 1, pool: pool, seated: ["E-0001": 0])
        #expect(exclusion == .alreadySeated(seat: 0))
        #expect(exclusion?.rule == .oneSeatPerCase)
        #expect(exclusion?.description == "they already hold seat 0 of this case")
    }

    @Test func theSeatAnExpertHoldsIsStillTheirs() {
        let pool = Situation.pool([.fixture()])
        #expect(Situation.exclusion(OneSeatPerCaseRule.self, of: "E-0001", pool: pool, seated: ["E-0001": 0]) == nil)
    }

    // MARK: Declined offer

    @Test func anExpertWhoDeclinedTheCaseIsNotAskedAgainWithTheirReason() {
        let pool = Situation.pool([.fixture(), .fixture(id: "E-0002")])
        let recommender = Recommender(pool: pool, weights: .fixture(), panels: .defaults)
        let declined = Assignment(id: "C-2026-00001:0:1", caseID: "C-2026-00001", seat: 0, role: .mediator, expertID: "E-0001",
            status: .declined, offeredAt: TestTime.now, respondedAt: TestTime.now, reason: "I know the family")
        let facts = CaseFacts(dispute: .fixture(), pool: pool, declined: recommender.declinedExperts([declined]))
        let seat = SeatRequirement(.mediator)
        let exclusion = DeclinedOfferRule.exclusion(of: pool.index["E-0001"]!, for: seat, seatIndex: 0, pool: pool, facts: facts)
        #expect(exclusion == .declinedOffer(seat: 0, reason: "I know the family"))
        #expect(exclusion?.rule == .declinedOffer)
        #expect(exclusion?.description == "they declined seat 0 of this case (I know the family)")
        #expect(DeclinedOfferRule.exclusion(of: pool.index["E-0002"]!, for: seat, seatIndex: 0, pool: pool, facts: facts) == nil)
        #expect(HardRules.firstExcludingRule(of: pool.index["E-0001"]!, in: SeatScreen(seat, index: 0), pool: pool, facts: facts) == .declinedOffer)
    }

    // MARK: All rules together

    @Test func everyRuleNamesItselfAndTheyAreCheckedInTheDeclaredOrder() {
        #expect(HardRules.all.map { $0.name } == HardRuleName.allCases)
    }

    @Test func theFirstExclusionIsTheEarliestRuleAndAllExclusionsListsEveryOne() {
        let dispute = DisputeCase.fixture(vetoes: [PartyVeto(partyID: "P-0001", expertID: "E-0001")])
        let pool = Situation.pool([.fixture(capacity: 0, isActive: false)])
        let facts = Situation.facts(of: dispute, pool: pool)
        let seat = SeatRequirement(.lawyer)
        #expect(HardRules.firstExclusion(of: 0, for: seat, seatIndex: 0, pool: pool, facts: facts)?.rule == .role)
        #expect(HardRules.allExclusions(of: 0, for: seat, seatIndex: 0, pool: pool, facts: facts).map(\.rule)
            == [.role, .activeAndPresent, .capacity, .partyVeto])
    }
}

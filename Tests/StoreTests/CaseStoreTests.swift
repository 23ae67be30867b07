import Domain
import Store
import Testing
import TestSupport

@Suite struct CaseStoreTests {
    func database() throws -> AppDatabase {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture(), .fixture(id: "E-0002", name: "李明")])
        return database
    }

    @Test func caseWithEveryFieldSetRoundTrips() throws {
        let database = try database()
        let dispute = fullyDescribedCase()
        try dispute.validate()
        try database.insertCases([dispute])
        #expect(try database.dispute("C-2026-00042") == dispute)
    }

    @Test func closedCaseKeepsOutcomeSatisfactionAndClosingDay() throws {
        let database = try database()
        let closed = DisputeCase.closedFixture(outcome: .referredToCourt, satisfaction: .dissatisfied)
        try database.insertCases([closed])
        let stored = try #require(try database.dispute(closed.id))
        #expect(stored == closed)
        #expect(stored.closedOn == TestTime.day("2026-11-29"))
    }

    @Test func unknownCaseIsNil() throws {
        #expect(try database().dispute("C-2026-99999") == nil)
    }

    @Test func returningPartyKeepsItsIDAcrossCases() throws {
        let database = try database()
        let first = DisputeCase.fixture(id: "C-2026-00001")
        let neighbour = Party.fixture(id: "P-0007", name: "孙丽", identity: nil)
        let second = DisputeCase.fixture(
            id: "C-2026-00002", parties: [CaseParty(.fixture(), role: .respondent), CaseParty(neighbour, role: .applicant)])
        try database.insertCases([first, second])
        #expect(try database.counts().parties == 3)
        let stored = try #require(try database.dispute("C-2026-00002"))
        #expect(stored.parties.map(\.party.id) == ["P-0001", "P-0007"])
        #expect(stored.parties.first?.role == .respondent)
        #expect(try database.dispute("C-2026-00001")?.parties.first?.party == Party.fixture())
        #expect(try database.party("P-0007") == neighbour)
        let next = try database.recordIntake(year: 2026, newParties: 1, returningParties: [], audit: nil) { numbers in
            .fixture(id: numbers.caseID, parties: [CaseParty(.fixture(id: numbers.newPartyIDs[0], name: "周敏"), role: .applicant)])
        }
        #expect(next.parties.map(\.party.id) == ["P-000008"])
    }

    @Test func returningPartyWithAnotherIdentityNumberIsRefused() throws {
        let database = try database()
        try database.insertCases([.fixture(id: "C-2026-00001")])
        let stored = try #require(try database.party(Party.fixture().id))
        let namesake = Party.fixture(identity: MaskedIdentityNumber("110102199001011234"))
        try #require(namesake.identity != nil && namesake.identity != stored.identity)
        let error = #expect(throws: DomainError.self) {
            try database.insertCases([.fixture(id: "C-2026-00002", parties: [CaseParty(namesake, role: .applicant)])])
        }
        #expect(error?.description.contains("identity number") == true)
        #expect(try database.party(stored.id) == stored)
        #expect(try database.dispute("C-2026-00002") == nil)
    }

    @Test func aNamesakeTakenInIsANewPartyAndBothKeepTheirIdentityNumbers() throws {
        let database = try database()
        try database.insertCases([.fixture(id: "C-2026-00001")])
        let stored = try #require(try database.party(Party.fixture().id))
        let identity = try #require(MaskedIdentityNumber("110102199001011234"))
        let dispute = try database.recordIntake(year: 2026, newParties: 1, returningParties: [], audit: nil) { numbers in
            .fixture(id: numbers.caseID, parties: [
                CaseParty(.fixture(id: numbers.newPartyIDs[0], name: stored.name, identity: identity), role: .applicant),
            ])
        }
        let namesake = try #require(dispute.parties.first?.party)
        #expect(namesake.id != stored.id)
        #expect(try database.party(namesake.id)?.identity == identity)
        #expect(try database.party(stored.id) == stored)
    }

    @Test func updateReplacesFieldsPartiesAndVetoes() throws {
        let database = try database()
        try database.insertCases([fullyDescribedCase()])
        var dispute = fullyDescribedCase()
        dispute.parties.removeLast()
        dispute.vetoes = [PartyVeto(partyID: "P-0002", expertID: "E-0002")]
        dispute.status = .closed
        dispute.outcome = .settled
        dispute.satisfaction = .basicallySatisfied
        dispute.closedOn = TestTime.today
        try database.updateCase(dispute)
        #expect(try database.dispute(dispute.id) == dispute)
        #expect(try database.counts().closedCases == 1)
    }

    @Test func updatingAnUnknownCaseSaysSo() throws {
        let error = #expect(throws: DomainError.self) { try database().updateCase(.fixture(id: "C-2026-04040")) }
        #expect(error == .notFound(kind: "case", id: "C-2026-04040"))
    }

    @Test func listsCasesByStatusTypeAndCommunityNewestFirst() throws {
        let database = try database()
        try database.insertCases([
            .fixture(id: "C-2026-00001", openedOn: TestTime.day("2026-11-01")),
            .fixture(id: "C-2026-00002", type: .labor, communityID: TestAreas.tianchi, openedOn: TestTime.day("2026-11-20")),
            .closedFixture(id: "C-2026-00003", daysAgo: 20),
        ])
        #expect(try database.cases().map(\.id) == ["C-2026-00002", "C-2026-00003", "C-2026-00001"])
        #expect(try database.cases(.open).map(\.id) == ["C-2026-00002", "C-2026-00001"])
        #expect(try database.cases(.closed).map(\.id) == ["C-2026-00003"])
        #expect(try database.cases(CaseFilter(type: .labor)).map(\.id) == ["C-2026-00002"])
        #expect(try database.cases(CaseFilter(communityID: TestAreas.jiusan, limit: 1)).map(\.id) == ["C-2026-00003"])
        #expect(try database.cases(CaseFilter(statuses: [.intake], type: .neighbor)).map(\.id) == ["C-2026-00001"])
    }

    @Test func intakeNumbersFollowTheHighestCaseOfTheirYear() throws {
        let database = try database()
        func next(_ year: Int) throws -> DisputeCase.ID {
            try database.recordIntake(year: year, newParties: 0, returningParties: [Party.fixture().id], audit: nil) { numbers in
                .fixture(id: numbers.caseID, parties: [CaseParty(numbers.returningParties[Party.fixture().id]!, role: .applicant)])
            }.id
        }
        try database.insertCases([
            .fixture(id: "C-2026-00007"), .fixture(id: "C-2026-00012"),
            .fixture(id: "C-2025-00099", openedOn: TestTime.day("2025-12-30")),
        ])
        #expect(try next(2026) == "C-2026-00013")
        #expect(try next(2025) == "C-2025-00100")
        #expect(try next(2024) == "C-2024-00001")
    }

    @Test func casesArriveWithTheAssignmentsOfTheirPanels() throws {
        let database = try database()
        let closed = DisputeCase.closedFixture(id: "C-2026-00005")
        try database.insertCases([closed], assignments: [
            .fixture(id: "C-2026-00005:0:1", caseID: closed.id, expertID: "E-0001", status: .released, reason: "case closed"),
        ])
        #expect(try database.assignments(caseID: closed.id).map(\.expertID) == ["E-0001"])
    }
}

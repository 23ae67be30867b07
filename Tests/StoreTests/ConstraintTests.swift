import Domain
import Store
import Testing
import TestSupport

/// SQLite guards the invariants even when a caller skips the domain's checks.
@Suite struct ConstraintTests {
    @Test func foreignKeyRefusesAnExpertFromAnUnknownCommunity() throws {
        let database = try AppDatabase.seededForTests()
        let error = #expect(throws: (any Error).self) {
            try database.insertExperts([.fixture(homeCommunityID: "210203099001")])
        }
        #expect(isRefusal(error, "FOREIGN KEY constraint failed"))
        #expect(try database.experts().isEmpty)
    }

    @Test func foreignKeyRefusesAVetoBySomeoneWhoIsNotAParty() throws {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture()])
        let error = #expect(throws: (any Error).self) {
            try database.insertCases([.fixture(vetoes: [PartyVeto(partyID: "P-0999", expertID: "E-0001")])])
        }
        #expect(isRefusal(error, "FOREIGN KEY constraint failed"))
    }

    @Test func seatHasOneLiveHolder() throws {
        let database = try databaseWithOneCase()
        try database.insertAssignments([.fixture(id: "C-2026-00001:0:1", seat: 0, expertID: "E-0001", status: .accepted)])
        let error = #expect(throws: (any Error).self) {
            try database.insertAssignments([.fixture(id: "C-2026-00001:0:2", seat: 0, expertID: "E-0002", status: .offered)])
        }
        #expect(isRefusal(error, "UNIQUE constraint failed"))
    }

    @Test func expertHoldsOneLiveSeatOfACase() throws {
        let database = try databaseWithOneCase()
        try database.insertAssignments([.fixture(id: "C-2026-00001:0:1", seat: 0, expertID: "E-0001")])
        let error = #expect(throws: (any Error).self) {
            try database.insertAssignments([.fixture(id: "C-2026-00001:1:1", seat: 1, role: .lawyer, expertID: "E-0001")])
        }
        #expect(isRefusal(error, "UNIQUE constraint failed"))
    }

    @Test func scoreOutsideZeroToOneIsRefused() throws {
        let database = try databaseWithOneCase()
        let error = #expect(throws: (any Error).self) { try database.insertAssignments([.fixture(score: 1.5)]) }
        #expect(isRefusal(error, "CHECK constraint failed"))
    }

    @Test func checkRefusesAClosedCaseWithoutOutcome() throws {
        let database = try AppDatabase.seededForTests()
        let unfinished = DisputeCase.fixture(status: .closed, closedOn: TestTime.today)
        let error = #expect(throws: (any Error).self) { try database.insertCases([unfinished]) }
        #expect(isRefusal(error, "CHECK constraint failed"))
        #expect(try database.counts().parties == 0)
    }

    @Test func checkRefusesTamperingThatErasesAnOutcome() throws {
        let database = try AppDatabase.seededForTests()
        try database.insertCases([.closedFixture(id: "C-2026-00002")])
        let error = #expect(throws: (any Error).self) {
            try database.executeForTesting("UPDATE dispute_case SET outcome = NULL WHERE id = 'C-2026-00002'")
        }
        #expect(isRefusal(error, "CHECK constraint failed"))
        #expect(try database.dispute("C-2026-00002")?.outcome == .settled)
    }

    @Test func checkRefusesAPoliceReferralWithoutItsNumber() throws {
        let database = try AppDatabase.seededForTests()
        let error = #expect(throws: (any Error).self) { try database.insertCases([.fixture(source: .policeReferral)]) }
        #expect(isRefusal(error, "CHECK constraint failed"))
    }

    @Test func checkRefusesAnOnlineVenueWithASeatLimit() throws {
        let database = try AppDatabase.seededForTests()
        var venue = Venue.onlineRoom()
        venue.capacity = 50
        let error = #expect(throws: (any Error).self) { try database.insertVenues([venue]) }
        #expect(isRefusal(error, "CHECK constraint failed"))
    }

    @Test func failedBatchOfExpertsStoresNone() throws {
        let database = try AppDatabase.seededForTests()
        #expect(throws: (any Error).self) {
            try database.insertExperts([.fixture(id: "E-0001"), .fixture(id: "E-0002"), .fixture(id: "E-0001")])
        }
        #expect(try database.experts().isEmpty)
    }

    @Test func failedBatchOfCasesAndAssignmentsStoresNothing() throws {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture()])
        let before = try database.counts()
        #expect(throws: (any Error).self) {
            try database.insertCases([.fixture(id: "C-2026-00001"), .fixture(id: "C-2026-00002")],
                assignments: [.fixture(caseID: "C-2026-00002", expertID: "E-0404")])
        }
        #expect(try database.counts() == before)
        #expect(try database.cases().isEmpty)
    }

    @Test func failedDatasetLeavesTheDatabaseUntouched() throws {
        let database = try AppDatabase.inMemory()
        let dataset = Dataset(
            areas: TestAreas.all, venues: [.fixture()], experts: [.fixture()], cases: [.fixture()],
            assignments: [.fixture(expertID: "E-0404")], weights: [.fixture()])
        #expect(throws: (any Error).self) { try database.insertDataset(dataset, label: "broken") }
        #expect(try database.isEmpty())
        #expect(try database.meta("dataset") == nil)
        #expect(try database.weightsProfiles().isEmpty)
    }

    @Test func wholeDatasetLoadsInOneGo() throws {
        let database = try AppDatabase.inMemory()
        let dataset = Dataset(
            areas: TestAreas.all, venues: [.fixture(), .onlineRoom()], experts: [.fixture()], cases: [.fixture()],
            assignments: [.fixture()], weights: [.fixture()])
        try database.insertDataset(dataset, label: "tiny")
        #expect(try database.meta("dataset") == "tiny")
        #expect(try database.counts().venues == 2)
        #expect(try database.allAssignments() == [.fixture()])
    }
}

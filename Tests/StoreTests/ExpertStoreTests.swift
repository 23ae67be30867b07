import Domain
import Store
import Testing
import TestSupport

@Suite struct ExpertStoreTests {
    @Test func expertWithEveryFieldSetRoundTrips() throws {
        let database = try AppDatabase.seededForTests()
        let expert = fullyDescribedExpert()
        try database.insertExperts([expert, .fixture()])
        #expect(try database.expert("E-0112") == expert)
        #expect(try database.experts() == [.fixture(), expert])
    }

    @Test func expertWithFewestFieldsRoundTrips() throws {
        let database = try AppDatabase.seededForTests()
        let bare = Expert(id: "E-0009", name: "周", roles: [.psychologist], languages: [], homeCommunityID: TestAreas.yingchun,
            capacity: 0, joinedOn: TestTime.today)
        try database.insertExperts([bare])
        #expect(try database.expert("E-0009") == bare)
    }

    @Test func unknownExpertIsNil() throws {
        #expect(try AppDatabase.seededForTests().expert("E-9999") == nil)
    }

    @Test func updateReplacesEveryField() throws {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([fullyDescribedExpert()])
        var changed = Expert.fixture(id: "E-0112", name: "刘淑珍", homeCommunityID: TestAreas.gengsheng)
        changed.capacity = 2
        try database.updateExpert(changed)
        #expect(try database.expert("E-0112") == changed)
    }

    @Test func updatingAnExpertWhoHoldsSeatsKeepsTheirHistory() throws {
        let database = try databaseWithOneCase()
        try database.insertAssignments([.fixture(expertID: "E-0001", status: .accepted)])
        try database.saveSession(.fixture(panel: ["E-0001"]))
        try database.insertUser(.fixture(id: "U-0002", username: "wangjg", role: .expert, expertID: "E-0001"))
        var onLeave = Expert.fixture()
        onLeave.leave = [LeavePeriod(from: TestTime.today, through: TestTime.today.adding(days: 7))]
        try database.updateExpert(onLeave)
        #expect(try database.expert("E-0001") == onLeave)
        #expect(try database.assignments(expertID: "E-0001").count == 1)
        #expect(try database.sessions(expertID: "E-0001").count == 1)
    }

    @Test func updatingAnUnknownExpertSaysSo() throws {
        let database = try AppDatabase.seededForTests()
        let error = #expect(throws: DomainError.self) { try database.updateExpert(.fixture(id: "E-4040")) }
        #expect(error == .notFound(kind: "expert", id: "E-4040"))
    }

    @Test func communityHasAtMostOneLegalAdviser() throws {
        let database = try AppDatabase.seededForTests()
        let error = #expect(throws: (any Error).self) {
            try database.insertExperts([
                .fixture(id: "E-0001", roles: [.lawyer], advisesCommunityID: TestAreas.jiusan),
                .fixture(id: "E-0002", roles: [.lawyer], advisesCommunityID: TestAreas.jiusan),
            ])
        }
        #expect(isRefusal(error, "UNIQUE constraint failed"))
    }
}

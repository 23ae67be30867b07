import Domain
import Foundation
import Store
import Testing
import TestSupport

@Suite struct SessionStoreTests {
    @Test func sessionKeepsItsPanelInOrder() throws {
        let database = try databaseWithOneCase()
        let session = Session.fixture(status: .confirmed, panel: ["E-0003", "E-0001", "E-0002"], revision: 2)
        try database.saveSession(session)
        #expect(try database.sessions(caseID: "C-2026-00001") == [session])
        #expect(try database.sessions(expertID: "E-0002") == [session])
    }

    @Test func savingAgainUpdatesTheSessionAndItsPanel() throws {
        let database = try databaseWithOneCase()
        try database.insertVenues([.onlineRoom()])
        var session = Session.fixture(panel: ["E-0001", "E-0002"])
        try database.saveSession(session)
        session.venueID = "V-ONLINE"
        session.startsAt = session.startsAt.addingTimeInterval(86_400)
        session.endsAt = session.endsAt.addingTimeInterval(86_400 + 1_800)
        session.status = .confirmed
        session.panel = ["E-0003", "E-0001"]
        session.revision = 1
        try database.saveSession(session)
        #expect(try database.sessions(caseID: "C-2026-00001") == [session])
        #expect(try database.sessions(expertID: "E-0002").isEmpty)
        #expect(try database.counts().sessions == 1)
    }

    @Test func sessionsOverlappingARangeAreFoundEarliestFirst() throws {
        let database = try databaseWithOneCase()
        let day = TestTime.today.adding(days: 2)
        let morning = Session.fixture(id: "S-1", startsAt: TestTime.at(day, hour: 9), minutes: 120)
        let afternoon = Session.fixture(id: "S-2", startsAt: TestTime.at(day, hour: 14), minutes: 60)
        let nextDay = Session.fixture(id: "S-3", startsAt: TestTime.at(day.adding(days: 1), hour: 9))
        try database.saveSession(nextDay)
        try database.saveSession(afternoon)
        try database.saveSession(morning)
        let overlapping = try database.sessions(from: TestTime.at(day, hour: 10), to: TestTime.at(day, hour: 14, minute: 30))
        #expect(overlapping.map(\.id) == ["S-1", "S-2"])
        #expect(try database.sessions(from: TestTime.at(day, hour: 11), to: TestTime.at(day, hour: 14)).map(\.id) == [])
        #expect(try database.sessions(expertID: "E-0001").map(\.id) == ["S-1", "S-2", "S-3"])
    }

    @Test func sessionMustEndAfterItStarts() throws {
        let database = try databaseWithOneCase()
        let error = #expect(throws: (any Error).self) { try database.saveSession(.fixture(minutes: 0)) }
        #expect(isRefusal(error, "CHECK constraint failed"))
    }
}

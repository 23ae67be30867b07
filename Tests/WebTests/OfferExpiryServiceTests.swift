import Domain
import Foundation
import Logging
import ServiceLifecycle
import Services
import Store
import TestSupport
import Testing
import Web

@Suite struct OfferExpiryServiceTests {
    /// A database with one expert, one case and one open offer made at `TestTime.now`.
    static func databaseWithOneOffer() throws -> AppDatabase {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture()])
        try database.insertCases([.fixture()])
        try database.recordOffers([Assignment(id: "", caseID: DisputeCase.fixture().id, seat: 0, role: .mediator, expertID: "E-0001",
            offeredAt: TestTime.now)], caseStatuses: [:], audit: AuditContext(at: TestTime.now, actor: "test"))
        return database
    }

    @Test func aRoundExpiresTheOffersThatAreDue() throws {
        let database = try Self.databaseWithOneOffer()
        let service = OfferExpiryService(database: database, answerWithin: 3600) { (TestTime.now.addingTimeInterval(7200), TestTime.today) }
        let outcomes = try service.round()
        #expect(outcomes.map(\.answered.status) == [.expired])
        #expect(try database.openOffers().isEmpty)
    }

    @Test func itStopsOnGracefulShutdown() async throws {
        let database = try Self.databaseWithOneOffer()
        let service = OfferExpiryService(database: database, answerWithin: 3600, interval: .seconds(3600)) { (TestTime.now, TestTime.today) }
        let group = ServiceGroup(configuration: .init(services: [service], logger: Logger(label: "test")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await Task.sleep(for: .milliseconds(100))
            await group.triggerGracefulShutdown()
            try await tasks.next()
        }
        #expect(try database.openOffers().count == 1, "nothing was due")
    }
}

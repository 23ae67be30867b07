import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing

@Suite struct OfferDeskTests {
    static let now = SchedulingServiceTests.now

    @Test func aDeclinedSeatAndOnlyItGoesToTheNextBestExpertNotTheDecliner() throws {
        let database = try SchedulingServiceTests.assigned()
        let offer = try #require(try database.openOffers().first { $0.seat == 0 })
        let before = try database.assignments(caseID: offer.caseID)
        let outcome = try OfferDesk(database: database).decline(offer.id, reason: "I know the family", as: offer.expertID,
            at: Self.now, today: TestTime.today, by: offer.expertID.rawValue)
        #expect(outcome.answered.status == .declined)
        let refill = try #require(outcome.refill)
        #expect(refill.seat == offer.seat && refill.expertID != offer.expertID && refill.status == .offered)
        #expect(refill.id.rawValue == "\(offer.caseID):\(offer.seat):2")
        let after = try database.assignments(caseID: offer.caseID)
        #expect(after.count == before.count + 1)
        for other in before where other.id != offer.id { #expect(after.contains(other), "\(other.id) changed") }
        let actions = try database.auditEvents().suffix(2).map(\.action)
        #expect(actions == ["assignment.decline", "assignment.offer"])
        // Declining again, or answering someone else's offer, is refused.
        #expect(throws: DomainError.self) {
            try OfferDesk(database: database).decline(offer.id, reason: "again", at: Self.now, today: TestTime.today, by: "x")
        }
        let wrong = #expect(throws: DomainError.self) {
            try OfferDesk(database: database).accept(refill.id, as: offer.expertID, at: Self.now, by: offer.expertID.rawValue)
        }
        #expect(wrong?.description.contains("it was made to another expert") == true)
        _ = try OfferDesk(database: database).accept(refill.id, as: refill.expertID, at: Self.now, by: refill.expertID.rawValue)
        #expect(try database.assignment(refill.id)?.status == .accepted)
    }

    @Test func offersLeftUnansweredExpireAndTheirSeatsAreRefilled() throws {
        let database = try SchedulingServiceTests.assigned()
        let desk = OfferDesk(database: database, answerWithin: 3600)
        // Everyone answers but two.
        let open = try database.openOffers()
        for offer in open.dropFirst(2) { _ = try desk.accept(offer.id, at: Self.now, by: "test") }
        #expect(try desk.expireUnanswered(at: Self.now.addingTimeInterval(1800), today: TestTime.today).isEmpty, "not yet due")
        let outcomes = try desk.expireUnanswered(at: Self.now.addingTimeInterval(7200), today: TestTime.today)
        #expect(outcomes.map(\.answered.id) == Array(open.prefix(2)).sorted { ($0.offeredAt, $0.id) < ($1.offeredAt, $1.id) }.map(\.id))
        for outcome in outcomes {
            #expect(outcome.answered.status == .expired)
            #expect(outcome.refill.map { $0.expertID != outcome.answered.expertID } ?? (outcome.emptySeat != nil))
        }
        #expect(try database.verifyAuditChain().isIntact)
        #expect(try database.auditRecordMismatches() == [])
    }
}

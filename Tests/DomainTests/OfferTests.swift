import Domain
import Foundation
import Testing

@Suite struct OfferTests {
    static let offeredAt = Date(timeIntervalSince1970: 1_796_000_000)
    static let offer = Assignment(id: "C-2026-00001:0:1", caseID: "C-2026-00001", seat: 0, role: .mediator, expertID: "E-0001",
        offeredAt: offeredAt)

    @Test func anOpenOfferIsAcceptedDeclinedWithAReasonOrExpired() throws {
        let later = Self.offeredAt.addingTimeInterval(3600)
        #expect(try Self.offer.accepted(at: later).status == .accepted)
        let declined = try Self.offer.declined(at: later, reason: "travelling")
        #expect(declined.status == .declined && declined.reason == "travelling" && declined.respondedAt == later)
        #expect(try Self.offer.expired(at: later).status == .expired)
    }

    @Test func declineNeedsAReasonAndAnAnsweredOfferCannotBeAnsweredAgain() throws {
        let later = Self.offeredAt.addingTimeInterval(60)
        #expect(throws: DomainError.invalid(record: "offer C-2026-00001:0:1", field: "reason", reason: "declining needs a reason")) {
            try Self.offer.declined(at: later, reason: "  ")
        }
        let accepted = try Self.offer.accepted(at: later)
        let again = #expect(throws: DomainError.self) { try accepted.declined(at: later, reason: "changed my mind") }
        #expect(again?.description == "Offer C-2026-00001:0:1 cannot be changed: it is already accepted.")
    }

    @Test func anOfferIsUnansweredOnlyOnceItsTimeHasPassed() throws {
        let day: TimeInterval = 86_400
        #expect(!Self.offer.isUnanswered(at: Self.offeredAt.addingTimeInterval(day), after: 2 * day))
        #expect(Self.offer.isUnanswered(at: Self.offeredAt.addingTimeInterval(2 * day), after: 2 * day))
        #expect(!(try Self.offer.accepted(at: Self.offeredAt)).isUnanswered(at: Self.offeredAt.addingTimeInterval(3 * day), after: 2 * day))
    }
}

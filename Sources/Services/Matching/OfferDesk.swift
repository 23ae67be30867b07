import Domain
import Foundation
import Matching
import Store

/// Experts' answers to their offers, and the expiry of offers left unanswered. A declined or expired seat,
/// and only that seat, is offered at once to the next-best eligible expert (whoever declined the case is not
/// asked again); when nobody is eligible the seat stays open and the case goes back to matching.
public struct OfferDesk: Sendable {
    public let database: AppDatabase
    /// How long an offer waits for an answer.
    public let answerWithin: TimeInterval

    public static let defaultAnswerWithin: TimeInterval = 48 * 3600

    public init(database: AppDatabase, answerWithin: TimeInterval = OfferDesk.defaultAnswerWithin) {
        self.database = database
        self.answerWithin = answerWithin
    }

    /// What answering an offer did: the answer stored, and the refill of its seat when it was freed.
    public struct Outcome: Sendable, Encodable {
        public var answered: Assignment
        public var refill: Assignment?
        /// Why the freed seat stays empty, when it does.
        public var emptySeat: String?
    }

    /// The expert accepts; `expertID`, when given, must be the offer's expert (experts answer only their own).
    public func accept(_ id: Assignment.ID, as expertID: Expert.ID? = nil, at now: Date, by actor: String) throws -> Outcome {
        let offer = try load(id, as: expertID)
        let accepted = try offer.accepted(at: now)
        try database.recordAnswer(accepted, audit: AuditContext(at: now, actor: actor, reason: "accepted"))
        return Outcome(answered: accepted)
    }

    /// The expert declines with a reason; the seat is offered to the next-best eligible expert.
    public func decline(_ id: Assignment.ID, reason: String, as expertID: Expert.ID? = nil, at now: Date, today: CalendarDay, by actor: String)
        throws -> Outcome
    {
        let offer = try load(id, as: expertID)
        return try refilling(try offer.declined(at: now, reason: reason), at: now, today: today, by: actor, note: "declined: \(reason)")
    }

    /// Expires every offer unanswered for longer than `answerWithin`, refilling each seat.
    public func expireUnanswered(at now: Date, today: CalendarDay, by actor: String = "offer expiry") throws -> [Outcome] {
        let stale = try database.openOffers().filter { $0.isUnanswered(at: now, after: answerWithin) }
        return try stale.sorted { ($0.offeredAt, $0.id) < ($1.offeredAt, $1.id) }.map { offer in
            try refilling(try offer.expired(at: now), at: now, today: today, by: actor, note: "expired unanswered")
        }
    }

    /// Stores `answered` with the best refill of its seat in one transaction.
    private func refilling(_ answered: Assignment, at now: Date, today: CalendarDay, by actor: String, note: String) throws -> Outcome {
        guard let dispute = try database.dispute(answered.caseID) else { throw DomainError.notFound(kind: "case", id: answered.caseID.rawValue) }
        var holders = try database.assignments(caseID: answered.caseID)
        if let index = holders.firstIndex(where: { $0.id == answered.id }) { holders[index] = answered }
        let (assigner, meetings) = try MatchingService(database: database).assigner(for: [dispute], today: today, now: now)
        let plan = assigner.plan(queue: [dispute], holders: [dispute.id: holders], meetings: meetings)
        let refill = plan.placements.first { $0.seat == answered.seat }.map { placement in
            Assignment(id: "", caseID: dispute.id, seat: placement.seat, role: placement.role, expertID: placement.expertID, status: .offered,
                score: placement.score.total, breakdown: placement.score.byName, weightsVersion: plan.weightsVersion, offeredAt: now,
                reason: "refill after \(answered.expertID) \(note)")
        }
        let emptySeat = refill == nil
            ? plan.emptySeats.first { $0.seat == answered.seat }.map { "\($0.reason); to fill it, \($0.relaxation)" } ?? "no eligible expert"
            : nil
        var statuses: [DisputeCase.ID: CaseStatus] = [:]
        if refill == nil && dispute.status == .assigned { statuses[dispute.id] = .matching }
        let stored = try database.recordAnswer(answered, refills: refill.map { [$0] } ?? [], caseStatuses: statuses,
            audit: AuditContext(at: now, actor: actor, reason: note))
        return Outcome(answered: answered, refill: stored.first, emptySeat: emptySeat)
    }

    private func load(_ id: Assignment.ID, as expertID: Expert.ID?) throws -> Assignment {
        guard let offer = try database.assignment(id) else {
            throw DomainError.notFound(kind: "offer", id: id.rawValue)
        }
        if let expertID, offer.expertID != expertID {
            throw DomainError.conflict(record: "offer \(id)", reason: "it was made to another expert")
        }
        return offer
    }
}

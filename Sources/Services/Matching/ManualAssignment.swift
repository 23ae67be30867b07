import Domain
import Foundation
import Matching
import Store

/// A coordinator's own choice for a seat, checked against the same hard rules as the matcher.
public struct ManualAssignment: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The choice was refused; the sentence names the expert, the seat and every rule in the way.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Offers seat `seat` of a case to `expertID`, releasing its current holder; refused when any hard rule
    /// (capacity, conflict of interest, leave, veto, role, credential, one seat per case) keeps them off.
    public func assign(_ expertID: Expert.ID, seat: Int, of caseID: DisputeCase.ID, reason: String, by actor: String,
        today: CalendarDay, at now: Date) throws -> Assignment
    {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.invalid(record: "the override of case \(caseID)", field: "reason", reason: "a manual choice needs a reason")
        }
        guard let dispute = try database.dispute(caseID) else { throw DomainError.notFound(kind: "case", id: caseID.rawValue) }
        guard dispute.isOpen else { throw Refusal(description: "Case \(caseID) is closed; its panel can no longer change.") }
        let service = MatchingService(database: database)
        let recommender = try service.recommender(today: today)
        let holders = try database.assignments(caseID: caseID)
        guard let exclusions = recommender.exclusions(of: expertID, seat: seat, of: dispute, holders: holders) else {
            let seats = try service.panelTable().seats(for: dispute.type, dispute.difficulty).count
            if recommender.pool.expert(expertID) == nil { throw DomainError.notFound(kind: "expert", id: expertID.rawValue) }
            throw Refusal(description: "Case \(caseID) has seats 0 to \(seats - 1); there is no seat \(seat).")
        }
        guard exclusions.isEmpty else {
            throw Refusal(description: "\(expertID) cannot take seat \(seat) of case \(caseID): "
                + exclusions.map(\.description).joined(separator: "; ") + ".")
        }
        let requirement = try service.panelTable().seats(for: dispute.type, dispute.difficulty)[seat]
        let released = holders.filter { $0.seat == seat && $0.status.holdsSeat }.map { holder in
            var holder = holder
            holder.respondedAt = now
            holder.reason = "replaced by \(expertID) (by \(actor)): \(reason)"
            return holder
        }
        let offer = Assignment(
            id: "", caseID: caseID, seat: seat, role: requirement.role, expertID: expertID, status: .offered,
            weightsVersion: recommender.weights.version, offeredAt: now, reason: "manual choice by \(actor): \(reason)")
        let status: CaseStatus = dispute.status == .intake ? .matching : dispute.status
        return try database.recordOffers([offer], caseStatuses: [caseID: status], releasing: released,
            audit: AuditContext(at: now, actor: actor, reason: reason))[0]
    }
}

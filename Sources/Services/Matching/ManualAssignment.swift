import Domain
import Foundation
import Matching
import Store

/// A coordinator's own choice for a seat, checked against the same hard rules as the matcher.
public struct ManualAssignment: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Why a coordinator's choice cannot take the seat: the case is closed, there is no such seat, or hard rules
    /// keep the expert off (every one of them is named).
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible, Explained {
        case caseClosed(DisputeCase.ID)
        case noSuchSeat(Int, of: DisputeCase.ID, seats: Int)
        case excluded(Expert.ID, seat: Int, of: DisputeCase.ID, [Exclusion])

        public func text(in language: TextLanguage) -> String {
            switch self {
            case let .caseClosed(caseID):
                language.pick(zh: "案件\(caseID)已结案，调解小组不能再变更。", en: "Case \(caseID) is closed; its panel can no longer change.")
            case let .noSuchSeat(seat, caseID, seats):
                language.pick(zh: "案件\(caseID)的席位为0至\(seats - 1)，没有第\(seat)席。",
                    en: "Case \(caseID) has seats 0 to \(seats - 1); there is no seat \(seat).")
            case let .excluded(expertID, seat, caseID, exclusions):
                language.pick(zh: "\(expertID)不能担任案件\(caseID)第\(seat)席：" + exclusions.map { $0.text(in: .zh) }.joined(separator: "；") + "。",
                    en: "\(expertID) cannot take seat \(seat) of case \(caseID): " + exclusions.map(\.description).joined(separator: "; ") + ".")
            }
        }

        public var description: String { text(in: .en) }
    }

    /// Offers seat `seat` of a case to `expertID`, releasing its current holder; refused when any hard rule
    /// (capacity, conflict of interest, leave, veto, role, credential, one seat per case) keeps them off.
    public func assign(_ expertID: Expert.ID, seat: Int, of caseID: DisputeCase.ID, reason: String, by actor: String,
        today: CalendarDay, at now: Date) throws -> Assignment
    {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.invalid(record: "the override of case \(caseID)", field: "reason", reason: "a manual choice needs a reason")
        }
        try FieldBounds.checkText(reason, multiline: true, record: "the override of case \(caseID)", field: "reason")
        guard let dispute = try database.dispute(caseID) else { throw DomainError.notFound(kind: "case", id: caseID.rawValue) }
        guard dispute.isOpen else { throw Refusal.caseClosed(caseID) }
        let service = MatchingService(database: database)
        let recommender = try service.recommender(today: today)
        let holders = try database.assignments(caseID: caseID)
        guard let exclusions = recommender.exclusions(of: expertID, seat: seat, of: dispute, holders: holders) else {
            let seats = try service.panelTable().seats(for: dispute.type, dispute.difficulty).count
            if recommender.pool.expert(expertID) == nil { throw DomainError.notFound(kind: "expert", id: expertID.rawValue) }
            throw Refusal.noSuchSeat(seat, of: caseID, seats: seats)
        }
        guard exclusions.isEmpty else {
            throw Refusal.excluded(expertID, seat: seat, of: caseID, exclusions)
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

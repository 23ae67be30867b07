import Domain
import Foundation
import Matching
import Store

/// Assigns the waiting queue, or one case, as offers: the batch plan of `BatchAssigner`, stored in one
/// transaction.
public struct QueueAssignment: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The cases waiting for a panel: open, at intake or matching, most urgent first.
    public func queue(today: CalendarDay) throws -> [DisputeCase] {
        try database.cases(CaseFilter(statuses: [.intake, .matching])).sorted {
            (-BatchAssigner.priority(of: $0, on: today), $0.id) < (-BatchAssigner.priority(of: $1, on: today), $1.id)
        }
    }

    /// The optimal plan for `cases` (the whole queue when nil), without storing anything.
    public func plan(
        cases: [DisputeCase]? = nil, today: CalendarDay, candidatesPerSeat: Int = 8,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> BatchPlan {
        let recommender = try MatchingService(database: database).recommender(today: today)
        let queue = try cases ?? queue(today: today)
        var holders: [DisputeCase.ID: [Assignment]] = [:]
        for dispute in queue { holders[dispute.id] = try database.assignments(caseID: dispute.id) }
        return BatchAssigner(recommender: recommender, candidatesPerSeat: candidatesPerSeat)
            .plan(queue: queue, holders: holders, progress: progress)
    }

    /// Stores a plan's placements as offers, in one transaction; a case whose every seat is now held
    /// becomes assigned, the others stay in matching.
    @discardableResult
    public func commit(_ plan: BatchPlan, at now: Date, by actor: String = "batch assignment") throws -> [Assignment] {
        let panels = try MatchingService(database: database).panelTable()
        var offers: [Assignment] = []
        var statuses: [DisputeCase.ID: CaseStatus] = [:]
        for (caseID, placements) in Dictionary(grouping: plan.placements, by: \.caseID) {
            guard let dispute = try database.dispute(caseID) else { throw DomainError.notFound(kind: "case", id: caseID.rawValue) }
            let live = try database.assignments(caseID: caseID).filter { $0.status.holdsSeat }.map(\.seat)
            let seats = panels.seats(for: dispute.type, dispute.difficulty).count
            statuses[caseID] = Set(live + placements.map(\.seat)).count >= seats ? .assigned : .matching
            for placement in placements {
                offers.append(Assignment(
                    id: "", caseID: caseID, seat: placement.seat, role: placement.role, expertID: placement.expertID,
                    status: .offered, score: placement.score.total, breakdown: placement.score.byName,
                    weightsVersion: plan.weightsVersion, offeredAt: now))
            }
        }
        for caseID in Set(plan.emptySeats.map(\.caseID)) where statuses[caseID] == nil { statuses[caseID] = .matching }
        return try database.recordOffers(offers.sorted { ($0.caseID, $0.seat) < ($1.caseID, $1.seat) }, caseStatuses: statuses,
            audit: AuditContext(at: now, actor: actor, reason: "batch assignment of the queue, weights v\(plan.weightsVersion)"))
    }
}

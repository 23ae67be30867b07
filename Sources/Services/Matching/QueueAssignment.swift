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

    /// The optimal plan for `cases` (the whole queue when nil), without storing anything: every panel one that
    /// can meet with its parties within the scheduling horizon from `now`, wherever one can.
    public func plan(
        cases: [DisputeCase]? = nil, today: CalendarDay, now: Date? = nil, candidatesPerSeat: Int = 8,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> BatchPlan {
        let queue = try cases ?? queue(today: today)
        let (assigner, meetings) = try MatchingService(database: database).assigner(for: queue, today: today, now: now,
            candidatesPerSeat: candidatesPerSeat)
        var holders: [DisputeCase.ID: [Assignment]] = [:]
        for dispute in queue { holders[dispute.id] = try database.assignments(caseID: dispute.id) }
        return assigner.plan(queue: queue, holders: holders, meetings: meetings, progress: progress)
    }

    /// Stores a plan's placements as offers, in one transaction; a case whose every seat is now held
    /// becomes assigned, the others stay in matching.
    @discardableResult
    public func commit(_ plan: BatchPlan, at now: Date, by actor: String = "batch assignment") throws -> [Assignment] {
        try store(plan.placements, leavingEmpty: Set(plan.emptySeats.map(\.caseID)), weightsVersion: plan.weightsVersion, at: now, by: actor,
            reason: "batch assignment of the queue, weights v\(plan.weightsVersion)")
    }

    /// Why the panel a coordinator confirms is no longer the one recommended.
    public struct PanelChanged: Error, Equatable, Sendable, Explained {
        public var caseID: DisputeCase.ID
        public var seat: Int
        /// The expert the recommendation now chooses for the seat; nil when no one eligible is left.
        public var now: Expert.ID?

        public init(caseID: DisputeCase.ID, seat: Int, now: Expert.ID?) {
            self.caseID = caseID
            self.seat = seat
            self.now = now
        }

        public func text(in language: TextLanguage) -> String {
            let choice = now.map { language.pick(zh: "现推荐\($0)", en: "it now goes to \($0)") }
                ?? language.pick(zh: "现已无合格人选", en: "no one eligible is left for it")
            return language.pick(zh: "案件\(caseID)的推荐小组在页面显示后有变化（第\(seat)席\(choice)）；请核对后再确认。",
                en: "The recommended panel of case \(caseID) changed after the page was shown (seat \(seat): \(choice)); look again and confirm.")
        }
    }

    /// Offers the panel the coordinator saw: each open seat of `caseID` to the expert the recommendation
    /// chooses, provided it is the one `shown` names for that seat. A recommendation that changed since the
    /// page was drawn is refused, so no one is offered a seat the coordinator did not see.
    @discardableResult
    public func confirm(_ caseID: DisputeCase.ID, shown: [Int: Expert.ID], today: CalendarDay, at now: Date, by actor: String) throws
        -> [Assignment]
    {
        let found = try MatchingService(database: database).recommend(caseID, today: today, now: now)
        let (dispute, recommendation) = (found.dispute, found.recommendation)
        guard dispute.isOpen else { throw DomainError.illegalTransition(caseID: caseID.rawValue, from: dispute.status.rawValue, to: "assigned") }
        let open = recommendation.seats.filter { !$0.isHeld }
        guard !open.isEmpty else {
            throw DomainError.conflict(record: "case \(caseID)", reason: "every seat is already offered or held")
        }
        for seat in open where seat.chosen?.expertID != shown[seat.seat] {
            throw PanelChanged(caseID: caseID, seat: seat.seat, now: seat.chosen?.expertID)
        }
        let placements = open.compactMap { seat in
            seat.chosen.map {
                BatchPlan.Placement(caseID: caseID, seat: seat.seat, role: seat.requirement.role, expertID: $0.expertID, expertName: $0.name,
                    score: $0.score)
            }
        }
        return try store(placements, leavingEmpty: placements.count < open.count ? [caseID] : [],
            weightsVersion: recommendation.weightsVersion, at: now, by: actor,
            reason: "the recommended panel, confirmed as shown, weights v\(recommendation.weightsVersion)")
    }

    /// Stores placements as offers in one transaction; a case whose every seat is now held becomes assigned,
    /// the others (and those in `leavingEmpty`) stay in matching.
    private func store(_ placements: [BatchPlan.Placement], leavingEmpty: Set<DisputeCase.ID>, weightsVersion: Int, at now: Date,
        by actor: String, reason: String) throws -> [Assignment]
    {
        let panels = try MatchingService(database: database).panelTable()
        var offers: [Assignment] = []
        var statuses: [DisputeCase.ID: CaseStatus] = [:]
        for (caseID, placements) in Dictionary(grouping: placements, by: \.caseID) {
            guard let dispute = try database.dispute(caseID) else { throw DomainError.notFound(kind: "case", id: caseID.rawValue) }
            let live = try database.assignments(caseID: caseID).filter { $0.status.holdsSeat }.map(\.seat)
            let seats = panels.seats(for: dispute.type, dispute.difficulty).count
            statuses[caseID] = Set(live + placements.map(\.seat)).count >= seats ? .assigned : .matching
            for placement in placements {
                offers.append(Assignment(
                    id: "", caseID: caseID, seat: placement.seat, role: placement.role, expertID: placement.expertID,
                    status: .offered, score: placement.score.total, breakdown: placement.score.byName,
                    weightsVersion: weightsVersion, offeredAt: now))
            }
        }
        for caseID in leavingEmpty where statuses[caseID] == nil { statuses[caseID] = .matching }
        return try database.recordOffers(offers.sorted { ($0.caseID, $0.seat) < ($1.caseID, $1.seat) }, caseStatuses: statuses,
            audit: AuditContext(at: now, actor: actor, reason: reason))
    }
}

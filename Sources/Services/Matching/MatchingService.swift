import Domain
import Foundation
import Matching
import Store

/// Recommends panels and answers "why not" from what the database holds on a given day.
public struct MatchingService: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The active weights profile; the default one when none was ever activated.
    public func activeProfile() throws -> WeightsProfile {
        try database.activeWeightsProfile() ?? DefaultWeights.profile(createdAt: Date(timeIntervalSince1970: 0))
    }

    /// The panel table; the defaults when the administrators have not stored one.
    public func panelTable() throws -> PanelTable {
        let stored = try database.panelRequirements()
        return stored.isEmpty ? .defaults : PanelTable(stored)
    }

    /// The experts as they stand on `today`, with loads and histories derived from every case.
    public func pool(today: CalendarDay, settings: HardRuleSettings) throws -> ExpertPool {
        ExpertPool(
            experts: try database.experts(), cases: try database.cases(), assignments: try database.allAssignments(),
            areas: AreaDirectory(try database.areas()), settings: settings, today: today)
    }

    public func recommender(today: CalendarDay, profile: WeightsProfile? = nil) throws -> Recommender {
        let weights = try profile ?? activeProfile()
        return Recommender(pool: try pool(today: today, settings: weights.rules), weights: weights, panels: try panelTable())
    }

    /// The recommended panel for a case, keeping seats its live assignments already hold.
    public func recommend(_ caseID: DisputeCase.ID, today: CalendarDay) throws -> (DisputeCase, Recommendation, Recommender) {
        let dispute = try requireCase(caseID)
        let recommender = try recommender(today: today)
        let holders = try database.assignments(caseID: caseID)
        return (dispute, recommender.recommend(for: dispute, holders: holders), recommender)
    }

    public func whyNot(_ expertID: Expert.ID, caseID: DisputeCase.ID, today: CalendarDay) throws -> WhyNotAnswer {
        let dispute = try requireCase(caseID)
        let recommender = try recommender(today: today)
        let holders = try database.assignments(caseID: caseID)
        return recommender.whyNot(expertID, for: dispute, in: recommender.recommend(for: dispute, holders: holders), holders: holders)
    }

    /// Replays the last `count` closed cases under `candidate` against the active profile.
    public func replay(candidate: WeightsProfile, last count: Int, today: CalendarDay) throws -> ReplayReport {
        let baseline = try activeProfile()
        let cases = try database.cases(.closed).sorted { ($0.closedOn!, $0.id) > ($1.closedOn!, $1.id) }.prefix(count)
        let replay = WeightsReplay(pool: try pool(today: today, settings: baseline.rules), panels: try panelTable())
        return replay.run(cases: Array(cases), baseline: baseline, candidate: candidate)
    }

    func requireCase(_ id: DisputeCase.ID) throws -> DisputeCase {
        guard let dispute = try database.dispute(id) else { throw DomainError.notFound(kind: "case", id: id.rawValue) }
        return dispute
    }
}

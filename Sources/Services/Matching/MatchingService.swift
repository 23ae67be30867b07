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

    public func recommender(today: CalendarDay, profile: WeightsProfile? = nil, book: FreeTimeBook? = nil) throws -> Recommender {
        let weights = try profile ?? activeProfile()
        return Recommender(pool: try pool(today: today, settings: weights.rules), weights: weights, panels: try panelTable(),
            freeTime: book?.freeTimes ?? [:])
    }

    /// Everyone's free time from `now` (08:00 on `today` when `now` falls on another day) over the horizon and
    /// as long again twice, to tell how late a panel could meet.
    public func freeTimeBook(today: CalendarDay, now: Date? = nil, policy: SchedulingPolicy = SchedulingPolicy()) throws -> FreeTimeBook {
        var instant = try now ?? Now.resolve(database: database, timeZone: policy.timeZone)
        if CalendarDay(containing: instant, in: policy.timeZone) != today { instant = today.start(in: policy.timeZone).addingTimeInterval(8 * 3600) }
        let days = policy.horizonDays * 3
        let first = today.start(in: policy.timeZone), last = today.adding(days: days).start(in: policy.timeZone)
        return FreeTimeBook(now: instant, days: days, policy: policy, experts: try database.experts(), venues: try database.venues(),
            areas: try database.areas(), sessions: try database.sessions(from: first, to: last))
    }

    /// A batch plan's assigner for `queue` with what each case's next session needs, so that every panel it
    /// gives can meet wherever one can.
    public func assigner(for queue: [DisputeCase], today: CalendarDay, now: Date? = nil, candidatesPerSeat: Int = 8) throws
        -> (BatchAssigner, [DisputeCase.ID: MeetingNeed])
    {
        let book = try freeTimeBook(today: today, now: now)
        let recommender = try recommender(today: today, book: book)
        let meetings = Dictionary(uniqueKeysWithValues: queue.map { dispute in
            (dispute.id, book.need(for: dispute, panelSize: recommender.panels.seats(for: dispute.type, dispute.difficulty).count))
        })
        return (BatchAssigner(recommender: recommender, candidatesPerSeat: candidatesPerSeat), meetings)
    }

    /// The recommended panel for a case, keeping seats its live assignments already hold: a panel that can
    /// meet with the parties within the horizon, with when it first can, or what stops it.
    public func recommend(_ caseID: DisputeCase.ID, today: CalendarDay, now: Date? = nil) throws -> CaseRecommendation {
        let dispute = try requireCase(caseID)
        let book = try freeTimeBook(today: today, now: now)
        let recommender = try recommender(today: today, book: book)
        let holders = try database.assignments(caseID: caseID)
        let meeting = book.need(for: dispute, panelSize: recommender.panels.seats(for: dispute.type, dispute.difficulty).count)
        return CaseRecommendation(dispute: dispute, recommendation: recommender.recommend(for: dispute, holders: holders, meeting: meeting),
            recommender: recommender, holders: holders, meeting: meeting)
    }

    /// When the panel holding the case's seats cannot meet: whom to replace so that it can, or why no
    /// eligible panel can. Nil when it can meet.
    public func remedy(for caseID: DisputeCase.ID, today: CalendarDay, now: Date? = nil, policy: SchedulingPolicy = SchedulingPolicy()) throws
        -> PanelRemedy?
    {
        try remedies(for: [caseID], today: today, now: now, policy: policy)[caseID]
    }

    /// The remedy of each case whose panel cannot meet, from one reading of the database for them all.
    public func remedies(for caseIDs: [DisputeCase.ID], today: CalendarDay, now: Date? = nil, policy: SchedulingPolicy = SchedulingPolicy())
        throws -> [DisputeCase.ID: PanelRemedy]
    {
        guard !caseIDs.isEmpty else { return [:] }
        let book = try freeTimeBook(today: today, now: now, policy: policy)
        let recommender = try recommender(today: today, book: book)
        var remedies: [DisputeCase.ID: PanelRemedy] = [:]
        for caseID in caseIDs {
            let dispute = try requireCase(caseID)
            let meeting = book.need(for: dispute, panelSize: recommender.panels.seats(for: dispute.type, dispute.difficulty).count)
            remedies[caseID] = recommender.remedy(for: dispute, holders: try database.assignments(caseID: caseID), meeting: meeting)
        }
        return remedies
    }

    public func whyNot(_ expertID: Expert.ID, caseID: DisputeCase.ID, today: CalendarDay, now: Date? = nil) throws -> WhyNotAnswer {
        try recommend(caseID, today: today, now: now).whyNot(expertID)
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

/// A case's recommended panel, with what it was recommended from, to answer "why not" about it.
public struct CaseRecommendation: Sendable {
    public let dispute: DisputeCase
    public let recommendation: Recommendation
    public let recommender: Recommender
    public let holders: [Assignment]
    /// When and where the case's next session can be; the panel is one that can meet then.
    public let meeting: MeetingNeed

    /// Why `expertID` is not on the panel, counting whether they can meet with the rest.
    public func whyNot(_ expertID: Expert.ID) -> WhyNotAnswer {
        recommender.whyNot(expertID, for: dispute, in: recommendation, holders: holders, meeting: meeting)
    }
}

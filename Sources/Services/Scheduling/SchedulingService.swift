import Domain
import Foundation
import Scheduling
import Store

/// Proposes, books, repairs and moves consultation sessions: builds a `ScheduleFrame` from the database,
/// lets the Scheduling module decide, and stores the result in one transaction.
public struct SchedulingService: Sendable {
    public let database: AppDatabase
    public let policy: SchedulingPolicy

    public init(database: AppDatabase, policy: SchedulingPolicy = SchedulingPolicy()) {
        self.database = database
        self.policy = policy
    }

    /// A proposed time and place for a case's next session, and why.
    public struct Option: Sendable, Encodable {
        public var session: Session
        public var venueName: String
        public var reasons: [String]
    }

    /// The options for one case, or why there are none.
    public struct CaseOptions: Sendable, Encodable {
        public var caseID: DisputeCase.ID
        public var options: [Option]
        public var noSlot: String?
    }

    /// A schedule for the queue: sessions to book and the cases left without one, with the reason.
    public struct QueuePlan: Sendable, Encodable {
        public var sessions: [Session]
        public var unplaced: [Unplaced]
        public var rounds: Int
    }

    public struct Unplaced: Sendable, Encodable {
        public var caseID: DisputeCase.ID
        public var session: Session.ID
        public var reason: String
    }

    /// A repair: the sessions moved, and those that could not be kept nor moved.
    public struct RepairPlan: Sendable, Encodable {
        public var moved: [Session]
        public var stranded: [Unplaced]
        public var untouched: Int
    }

    // MARK: One case

    /// Up to `count` options for the next session of `caseID`, on different days, best first, with their reasons
    /// (or why there is none) in `language`.
    public func options(for caseID: DisputeCase.ID, now: Date, after: CalendarDay? = nil, count: Int = 3, language: TextLanguage = .en)
        throws -> CaseOptions
    {
        guard let dispute = try database.dispute(caseID) else { throw DomainError.notFound(kind: "case", id: caseID.rawValue) }
        let panel = try database.assignments(caseID: caseID).filter(\.status.holdsSeat).sorted { $0.seat < $1.seat }.map(\.expertID)
        guard !panel.isEmpty else {
            throw DomainError.conflict(record: "case \(caseID)", reason: "it has no panel yet; assign it first (fengqiao assign \(caseID))")
        }
        return try options(for: dispute, panel: panel, now: now, after: after, count: count, language: language)
    }

    /// The options for `dispute` with `panel` (stored or only recommended), around the sessions booked.
    public func options(for dispute: DisputeCase, panel: [Expert.ID], now: Date, after: CalendarDay? = nil, count: Int = 3,
        language: TextLanguage = .en) throws -> CaseOptions
    {
        if let after { try checkWithinReach(after, now: now, record: "the search for case \(dispute.id)", field: "after") }
        var (frame, table, _) = try prepare(now: now, after: after)
        let order = try database.sessions(caseID: dispute.id).count { $0.status != .cancelled }
        let request = try frame.addNewSession(of: dispute, order: order, panel: panel,
            earliest: earliest(frame, now: now, after: after), today: frame.firstDay)
        table = rebuilt(table, frame.model)
        let options = table.options(for: request, count: count).enumerated().map { rank, option in
            Option(session: frame.session(for: request, at: option.placement), venueName: frame.venues[option.placement.venue].name,
                reasons: reasons(frame, request, option.placement, rank: rank, language: language))
        }
        let days = frame.model.rules.days
        let noSlot = options.isEmpty
            ? language.pick(zh: "\(days)天内没有可安排的时间：", en: "No slot within \(days) days: ")
                + table.diagnose(request).describe(in: frame.model, time: frame.text, language: language)
                + (try fixes(for: [dispute.id], now: now, language: language)[dispute.id] ?? "")
            : nil
        return CaseOptions(caseID: dispute.id, options: options, noSlot: noSlot)
    }

    /// Books the first (or the `choice`-th) option for `caseID` and moves the case to scheduled.
    /// A refusal's reason is in `language`.
    public func book(_ caseID: DisputeCase.ID, now: Date, after: CalendarDay? = nil, choice: Int = 0, by actor: String = "scheduler",
        language: TextLanguage = .en) throws -> Session
    {
        let proposal = try options(for: caseID, now: now, after: after, count: choice + 1, language: language)
        guard proposal.options.indices.contains(choice) else {
            throw DomainError.conflict(record: "case \(caseID)",
                reason: proposal.noSlot ?? language.pick(zh: "没有第\(choice + 1)个选项", en: "there is no option \(choice + 1)"))
        }
        let session = proposal.options[choice].session
        try database.recordSessions([session], caseStatuses: [caseID: .scheduled],
            audit: AuditContext(at: now, actor: actor, reason: "option \(choice + 1) of \(proposal.options.count)"))
        return session
    }

    // MARK: The queue

    /// Schedules every assigned case without a session, by priority and deadline, around the sessions already
    /// booked; improves the plan for `iterations` rounds or until `keepGoing` says stop.
    public func planQueue(now: Date, iterations: Int = 3_000, keepGoing: () -> Bool = { true }) throws -> QueuePlan {
        var (frame, _, booked) = try prepare(now: now, after: nil)
        let waiting = try database.cases(CaseFilter(statuses: [.assigned]))
        let earliest = earliest(frame, now: now, after: nil)
        var requests: [Int] = []
        for dispute in waiting.sorted(by: { $0.id < $1.id }) {
            let panel = try database.assignments(caseID: dispute.id).filter(\.status.holdsSeat).sorted { $0.seat < $1.seat }.map(\.expertID)
            guard !panel.isEmpty, try database.sessions(caseID: dispute.id).allSatisfy({ $0.status == .cancelled }) else { continue }
            requests.append(try frame.addNewSession(of: dispute, order: 0, panel: panel, earliest: earliest, today: frame.firstDay))
        }
        var table = Timetable(model: frame.model)
        for (request, placement) in booked { table.place(request, at: placement) }
        let statistics = QueueScheduler().schedule(&table, movable: Set(requests), iterations: iterations, keepGoing: keepGoing)
        var sessions: [Session] = [], left: [Int] = []
        for request in requests {
            if let placement = table.placement(of: request) {
                sessions.append(frame.session(for: request, at: placement))
            } else {
                left.append(request)
            }
        }
        let unplaced = try unplacedWithReasons(left, in: frame, table, now: now)
        return QueuePlan(sessions: sessions.sorted { ($0.startsAt, $0.id) < ($1.startsAt, $1.id) }, unplaced: unplaced, rounds: statistics.rounds)
    }

    /// Books a queue plan's sessions and moves their cases to scheduled, in one transaction.
    public func commit(_ plan: QueuePlan, at now: Date, by actor: String = "scheduler") throws {
        try database.recordSessions(plan.sessions, caseStatuses: Dictionary(plan.sessions.map { ($0.caseID, .scheduled) }) { a, _ in a },
            audit: AuditContext(at: now, actor: actor, reason: "queue scheduling"))
    }

    // MARK: Repair

    /// Re-checks every booked future session against today's availability (leave, exceptions, opening hours)
    /// and moves only those that broke, as little as it can; every other session stays where it is.
    public func planRepair(now: Date) throws -> RepairPlan {
        let (frame, _, booked) = try prepare(now: now, after: nil)
        var table = Timetable(model: frame.model)
        let nowGrain = frame.grain(of: now)
        var affected: Set<Int> = []
        for (request, placement) in booked.sorted(by: { ($0.1.start, $0.0) < ($1.1.start, $1.0) }) {
            let conflict = table.conflict(request, at: placement)
            if placement.start <= nowGrain || conflict == nil || conflict.map(isNoticeOnly) == true {
                table.place(request, at: placement)
            } else {
                affected.insert(request)
            }
        }
        QueueScheduler().schedule(&table, movable: affected, iterations: 500)
        var moved: [Session] = [], left: [Int] = []
        for request in affected.sorted() {
            if let placement = table.placement(of: request) {
                moved.append(frame.session(for: request, at: placement))
            } else {
                left.append(request)
            }
        }
        let stranded = try unplacedWithReasons(left, in: frame, table, now: now)
        return RepairPlan(moved: moved, stranded: stranded, untouched: booked.count - affected.count)
    }

    public func commit(_ plan: RepairPlan, at now: Date, by actor: String = "scheduler") throws {
        try database.recordSessions(plan.moved, audit: AuditContext(at: now, actor: actor, reason: "repair: a panel member or venue is no longer free"))
    }

    // MARK: Moving by hand

    /// Moves a session to `start` (and `venueID`, else its own venue) after checking it against every rule
    /// the scheduler keeps; a broken rule is an error naming the conflict.
    /// With `revision`, the move is refused unless the session is still at the revision the caller saw, up to
    /// the moment it is stored.
    public func move(_ sessionID: Session.ID, to start: Date, venueID: Venue.ID? = nil, revision: Int? = nil, now: Date,
        by actor: String = "coordinator", reason: String? = nil) throws -> Session {
        if let reason { try FieldBounds.checkText(reason, multiline: true, record: "session \(sessionID)", field: "reason") }
        guard let stored = try database.session(sessionID) else { throw DomainError.notFound(kind: "session", id: sessionID.rawValue) }
        if let revision, revision != stored.revision {
            throw DomainError.conflict(record: "session \(sessionID)",
                reason: "it was changed by someone else (it is at revision \(stored.revision), not \(revision)); reload it and try again")
        }
        let day = CalendarDay(containing: start, in: policy.timeZone)
        try checkWithinReach(day, now: now, record: "session \(sessionID)", field: "startsAt")
        let (frame, table, booked) = try prepare(now: now, after: nil, through: day)
        guard let request = frame.sessionOfRequest.firstIndex(where: { $0?.id == sessionID }),
            booked.contains(where: { $0.0 == request })
        else {
            throw DomainError.conflict(record: "session \(sessionID)", reason: "it has already taken place or is cancelled")
        }
        let venue = venueID ?? stored.venueID
        guard let venueIndex = frame.venueIndex(of: venue) else { throw DomainError.notFound(kind: "venue", id: venue.rawValue) }
        let grain = frame.grain(of: start)
        guard frame.date(of: grain) == start else {
            throw DomainError.invalid(record: "session \(sessionID)", field: "startsAt", reason: "sessions start on the quarter hour")
        }
        let target = Placement(start: grain, venue: venueIndex)
        if let conflict = table.conflict(request, at: target) {
            throw DomainError.conflict(record: "session \(sessionID)", reason: conflict.describe(in: frame.model, time: frame.text))
        }
        var moved = frame.session(for: request, at: target)
        moved.revision = (revision ?? stored.revision) + 1
        try database.recordSessions([moved], audit: AuditContext(at: now, actor: actor, reason: reason ?? "moved by hand"))
        return moved
    }

    /// The requests left without a place, each with why, and whom to change when its panel cannot meet.
    private func unplacedWithReasons(_ requests: [Int], in frame: ScheduleFrame, _ table: Timetable, now: Date) throws -> [Unplaced] {
        let fixes = try fixes(for: requests.map { frame.caseOfRequest[$0].id }, now: now)
        return requests.map { request in
            let caseID = frame.caseOfRequest[request].id
            return Unplaced(caseID: caseID, session: Session.ID(frame.model.requests[request].id),
                reason: table.diagnose(request).describe(in: frame.model, time: frame.text) + (fixes[caseID] ?? ""))
        }
    }

    /// "; to fix it, replace E-0149 in seat 1 (lawyer) with E-0152, …" for each case whose panel cannot meet
    /// (none for the others, whose reason lies elsewhere: rooms, other sessions), from one reading of the data.
    private func fixes(for caseIDs: [DisputeCase.ID], now: Date, language: TextLanguage = .en) throws -> [DisputeCase.ID: String] {
        let today = CalendarDay(containing: now, in: policy.timeZone)
        let remedies = try MatchingService(database: database).remedies(for: Array(Set(caseIDs)), today: today, now: now, policy: policy)
        return remedies.mapValues { language.pick(zh: "；解决办法：", en: "; to fix it, ") + $0.text(in: language) }
    }

    // MARK: Building the frame

    /// Refuses a day past `policy.furthestDays` from today, which no one means and which would make the
    /// frame grow without bound.
    private func checkWithinReach(_ day: CalendarDay, now: Date, record: String, field: String) throws {
        let today = CalendarDay(containing: now, in: policy.timeZone)
        guard today.days(until: day) <= policy.furthestDays else {
            throw DomainError.invalid(record: record, field: field,
                reason: "\(day) is more than \(policy.furthestDays) days ahead; ask about the coming year only")
        }
    }

    /// The frame from today for the horizon (longer when `after` or `through` lie beyond it), with every
    /// booked, live session of the period placed where it is.
    func prepare(now: Date, after: CalendarDay?, through: CalendarDay? = nil) throws -> (ScheduleFrame, Timetable, [(Int, Placement)]) {
        let firstDay = CalendarDay(containing: now, in: policy.timeZone)
        let lastNeeded = [after.map { $0.adding(days: policy.horizonDays) }, through.map { $0.adding(days: 1) }].compactMap { $0 }.max()
        let days = max(policy.horizonDays, lastNeeded.map { firstDay.days(until: $0) } ?? 0)
        let from = firstDay.start(in: policy.timeZone), to = firstDay.adding(days: days).start(in: policy.timeZone)
        let live = try database.sessions(from: from, to: to).filter { $0.status == .proposed || $0.status == .confirmed }
        var frame = ScheduleFrame(book: FreeTimeBook(now: now, days: days, policy: policy, experts: try database.experts(),
            venues: try database.venues(), areas: try database.areas(), sessions: live))
        let notice = earliest(frame, now: now, after: nil)
        var booked: [(Int, Placement)] = []
        // A case's sessions in the frame, in order of start: their order is all the case-order rule compares.
        for (caseID, sessions) in Dictionary(grouping: live, by: \.caseID).sorted(by: { $0.key < $1.key }) {
            guard let dispute = try database.dispute(caseID) else { continue }
            for (order, session) in sessions.sorted(by: { ($0.startsAt, $0.id) < ($1.startsAt, $1.id) }).enumerated() {
                let (request, placement) = try frame.addBooked(session, of: dispute, order: order, earliest: notice)
                if let placement { booked.append((request, placement)) }
            }
        }
        var table = Timetable(model: frame.model)
        for (request, placement) in booked { table.place(request, at: placement) }
        return (frame, table, booked)
    }

    /// A timetable for a model with more requests than `table`'s, keeping `table`'s placements.
    private func rebuilt(_ table: Timetable, _ model: ScheduleModel) -> Timetable {
        var fresh = Timetable(model: model)
        for request in table.model.requests.indices { if let placement = table.placement(of: request) { fresh.place(request, at: placement) } }
        return fresh
    }

    /// The first grain a new session may start at: after the minimum notice, and not before `after`.
    func earliest(_ frame: ScheduleFrame, now: Date, after: CalendarDay?) -> Int {
        let notice = frame.grain(of: now.addingTimeInterval(Double(policy.minimumNoticeHours) * 3600), roundingUp: true)
        let start = after.map { frame.firstDay.days(until: $0) * frame.model.rules.grainsPerDay } ?? 0
        return max(notice, start)
    }

    private func isNoticeOnly(_ conflict: Conflict) -> Bool {
        if case .tooSoon = conflict { return true }
        return false
    }

    /// Why an option is what it is: who is free, where and how far, and what comes before it.
    private func reasons(_ frame: ScheduleFrame, _ request: Int, _ placement: Placement, rank: Int, language: TextLanguage) -> [String] {
        let model = frame.model, r = model.requests[request], venue = frame.venues[placement.venue]
        let members = frame.panelOfRequest[request].count
        let hours = "\(frame.text(of: placement.start).suffix(5))–\(frame.text(of: placement.start + r.duration).suffix(5))"
        var reasons = [language.pick(zh: "调解小组全体（\(members)人）和当事人在\(hours)都有空",
            en: "the whole panel (\(members) \(members == 1 ? "member" : "members")) and the parties are free \(hours)")]
        if venue.isOnline {
            reasons.append(language.pick(zh: "线上进行，本案允许", en: "online, as the case allows"))
        } else {
            let dispute = frame.caseOfRequest[request]
            let community = try? database.area(dispute.communityID)
            let distance = zip(community?.coordinate, venue.coordinate).map {
                String(format: "%.1f", $0.kilometres(to: $1)) + language.pick(zh: "公里", en: " km")
            }
            let seats = venue.capacity ?? 0
            reasons.append(language.pick(zh: "\(venue.name)可容纳\(seats)人" + (distance.map { "，距当事人所在社区\($0)" } ?? ""),
                en: "\(venue.name) seats \(seats)" + (distance.map { ", \($0) from the parties' community" } ?? "")))
        }
        let notice = policy.minimumNoticeHours
        if rank == 0 {
            reasons.append(placement.start == r.earliest
                ? language.pick(zh: "\(notice)小时提前通知所允许的最早时间", en: "the earliest start the \(notice)-hour notice allows")
                : language.pick(zh: "通知期过后，各方都有空、且有就近会议室（或线上）的最早时间",
                    en: "the earliest time they are all free at a room near them (or online) after the notice period"))
        } else {
            reasons.append(language.pick(zh: "另一天的最佳时间，以防首选时间不便于当事人",
                en: "the best time on another day, should the first not suit the parties"))
        }
        return reasons
    }
}

private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}

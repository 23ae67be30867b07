import Domain
import Foundation
import Matching
import Services
import Store
import TestSupport
import Testing

@Suite struct SchedulingServiceTests {
    /// 08:00 on the fixtures' day in Asia/Shanghai.
    static let now = TestTime.at(TestTime.today, hour: 8)

    /// The Xigang data set with the queue assigned, as offers.
    static func assigned() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        var dataset = XigangFixtureTests.dataset
        dataset.weights = [DefaultWeights.profile(createdAt: Date(timeIntervalSince1970: 0))]
        dataset.panelRequirements = PanelTable.defaults.requirements
        try database.insertDataset(dataset, label: "test")
        let assignment = QueueAssignment(database: database)
        try assignment.commit(try assignment.plan(today: TestTime.today), at: now)
        return database
    }

    static func scheduled() throws -> (AppDatabase, SchedulingService.QueuePlan) {
        let database = try assigned()
        let service = SchedulingService(database: database)
        let plan = try service.planQueue(now: now, iterations: 300)
        try service.commit(plan, at: now)
        return (database, plan)
    }

    /// A case booked at its first option, and its second option to move it to.
    static func bookedWithAlternative(_ database: AppDatabase) throws -> (DisputeCase, Session, SchedulingService.Option) {
        let service = SchedulingService(database: database)
        let dispute = try #require(try database.cases(CaseFilter(statuses: [.assigned])).first { try service.options(for: $0.id, now: now).options.count > 1 })
        let options = try service.options(for: dispute.id, now: now).options
        return (dispute, try service.book(dispute.id, now: now), options[1])
    }

    @Test func aCaseGetsUpToThreeOptionsOnDifferentDaysWithReasons() throws {
        let database = try Self.assigned()
        let service = SchedulingService(database: database)
        var withOptions = 0
        for dispute in try database.cases(CaseFilter(statuses: [.assigned])).prefix(15) {
            let proposal = try service.options(for: dispute.id, now: Self.now)
            if proposal.options.isEmpty {
                #expect(proposal.noSlot?.isEmpty == false, "\(dispute.id) has neither options nor a reason")
                continue
            }
            withOptions += 1
            #expect(proposal.options.count <= 3)
            let days = proposal.options.map { CalendarDay(containing: $0.session.startsAt, in: .deploymentDefault) }
            #expect(Set(days).count == days.count, "options fall on different days")
            for option in proposal.options {
                #expect(option.session.startsAt >= Self.now.addingTimeInterval(24 * 3600), "the minimum notice holds")
                #expect(option.session.endsAt.timeIntervalSince(option.session.startsAt) == Double(SchedulingPolicy().minutes(for: dispute.difficulty) * 60))
                #expect(option.reasons.count >= 3)
            }
        }
        #expect(withOptions >= 8)
    }

    @Test func bookingStoresTheFirstOptionAndSchedulesTheCase() throws {
        let database = try Self.assigned()
        let service = SchedulingService(database: database)
        let dispute = try #require(try database.cases(CaseFilter(statuses: [.assigned])).first { try service.options(for: $0.id, now: Self.now).options.count > 0 })
        let first = try service.options(for: dispute.id, now: Self.now).options[0].session
        let booked = try service.book(dispute.id, now: Self.now)
        #expect(booked == first)
        #expect(try database.sessions(caseID: dispute.id) == [booked])
        #expect(try database.dispute(dispute.id)?.status == .scheduled)
        #expect(try StoredScheduleChecker.violations(database) == [])
    }

    @Test func theQueueIsScheduledWithoutBreakingAnyRule() throws {
        let (database, plan) = try Self.scheduled()
        #expect(plan.sessions.count > 60)
        #expect(try StoredScheduleChecker.violations(database) == [])
        for item in plan.unplaced { #expect(!item.reason.isEmpty) }
        for session in plan.sessions { #expect(try database.dispute(session.caseID)?.status == .scheduled) }
        // Every booking and every case move is in the audit chain, which verifies.
        let events = try database.auditEvents()
        #expect(events.count { $0.action == "session.book" } == plan.sessions.count)
        #expect(events.count { $0.action == "case.status" && $0.after == #"{"status":"scheduled"}"# } == plan.sessions.count)
        #expect(try database.verifyAuditChain().isIntact)
        #expect(try database.auditRecordMismatches() == [])
        #expect(try database.sessions(from: .distantPast, to: .distantFuture).count == plan.sessions.count)
    }

    @Test func repairMovesOnlyTheSessionsOfTheExpertOnLeave() throws {
        let (database, plan) = try Self.scheduled()
        let first = try #require(plan.sessions.first)
        let expertID = first.panel[0]
        let day = CalendarDay(containing: first.startsAt, in: .deploymentDefault)
        var expert = try #require(try database.expert(expertID))
        expert.leave.append(LeavePeriod(from: day, through: day))
        try database.updateExpert(expert)
        let before = Dictionary(uniqueKeysWithValues: try database.sessions(from: .distantPast, to: .distantFuture).map { ($0.id, $0) })
        let service = SchedulingService(database: database)
        let repair = try service.planRepair(now: Self.now)
        try service.commit(repair, at: Self.now, by: "王主任")
        let affected = Set(repair.moved.map(\.id) + repair.stranded.map(\.session))
        #expect(affected.contains(first.id))
        let moves = try database.auditEvents().filter { $0.action == "session.move" }
        #expect(Set(moves.map(\.recordID)) == Set(repair.moved.map(\.id.rawValue)))
        #expect(moves.allSatisfy { $0.actor == "王主任" && $0.before != nil && $0.after != nil })
        for session in before.values where session.panel.contains(expertID) && CalendarDay(containing: session.startsAt, in: .deploymentDefault) == day {
            #expect(affected.contains(session.id), "\(session.id) is on the leave day")
        }
        for session in try database.sessions(from: .distantPast, to: .distantFuture) {
            if affected.contains(session.id) {
                if repair.moved.contains(where: { $0.id == session.id }) { #expect(session.revision == before[session.id]!.revision + 1) }
            } else {
                #expect(session == before[session.id], "\(session.id) moved although its people are all still free")
            }
        }
        #expect(try StoredScheduleChecker.violations(database).filter { !$0.contains(first.id.rawValue) || repair.moved.contains { $0.id == first.id } } == [])
    }

    @Test func aMoveThatBreaksARuleIsRefusedNamingTheConflict() throws {
        let (database, plan) = try Self.scheduled()
        let service = SchedulingService(database: database)
        // Two sessions well past the notice period whose first panel member sits in both.
        let later = plan.sessions.filter { $0.startsAt > Self.now.addingTimeInterval(3 * 86_400) }
        let (session, other) = try #require(later.lazy.compactMap { a in
            later.first { $0.id != a.id && $0.panel.contains(a.panel[0]) }.map { (a, $0) }
        }.first)
        let day = CalendarDay(containing: session.startsAt, in: .deploymentDefault)
        let night = #expect(throws: DomainError.self) {
            try service.move(session.id, to: TestTime.at(day, hour: 3), now: Self.now)
        }
        #expect(night?.description.contains("is not available at \(day) 03:00") == true)
        let clash = #expect(throws: DomainError.self) {
            try service.move(session.id, to: other.startsAt, now: Self.now)
        }
        #expect(clash?.description == "Session \(session.id) cannot be changed: \(session.panel[0]) is already in session \(other.id) then.")
        #expect(try database.session(session.id) == session, "a refused move leaves the session as it was")
    }

    @Test func aMoveThatKeepsEveryRuleIsStoredWithTheNextRevision() throws {
        let database = try Self.assigned()
        let (_, booked, alternative) = try Self.bookedWithAlternative(database)
        let moved = try SchedulingService(database: database).move(booked.id, to: alternative.session.startsAt,
            venueID: alternative.session.venueID, now: Self.now)
        #expect(moved.revision == 1)
        #expect(try database.session(booked.id) == moved)
        // A stale copy cannot overwrite the newer one.
        #expect(throws: DomainError.self) { try database.recordSessions([Session(id: booked.id, caseID: booked.caseID, venueID: booked.venueID,
            startsAt: booked.startsAt, endsAt: booked.endsAt, panel: booked.panel, revision: 1)], audit: AuditContext(at: Self.now, actor: "late")) }
    }

    @Test func partyWindowsAndPanelsNeverFreeTogetherAreExplained() throws {
        let database = try Self.assigned()
        let service = SchedulingService(database: database)
        var dispute = try #require(try database.cases(CaseFilter(statuses: [.assigned])).first)
        dispute.partyAvailability = [TestTime.window("Sun 03:00-04:00")]
        try database.updateCase(dispute)
        let proposal = try service.options(for: dispute.id, now: Self.now)
        #expect(proposal.options.isEmpty)
        #expect(proposal.noSlot?.contains("the parties of \(dispute.id) are never free together") == true)
        dispute.partyAvailability = [TestTime.window("Tue 14:00-17:00"), TestTime.window("Thu 14:00-17:00")]
        try database.updateCase(dispute)
        for option in try service.options(for: dispute.id, now: Self.now).options {
            let weekday = CalendarDay(containing: option.session.startsAt, in: .deploymentDefault).weekday
            #expect(weekday == .tuesday || weekday == .thursday)
        }
    }
}

import ArgumentParser
import Domain
import Foundation
import Scheduling
import Services

struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Schedule consultation sessions: one case, the whole queue, a repair, or a benchmark instance.",
        discussion: """
            `schedule CASE` proposes the 3 best times and places for the case's next session, with reasons (`--book` books \
            the first). `schedule --queue` schedules every assigned case without a session, by priority and deadline. \
            `schedule --repair` re-checks booked sessions against leave and availability and moves only those that broke. \
            `schedule --instance FILE` schedules a benchmark instance (format fengqiao-sched-1) and prints the solution.
            """)

    @Argument(help: "A case ID, e.g. C-2026-01403.") var caseID: String?
    @Flag(help: "Schedule every assigned case that has no session yet.") var queue = false
    @Flag(help: "Move the booked sessions that no longer fit, and only those.") var repair = false
    @Option(help: "A benchmark instance to schedule instead of the database.") var instance: String?
    @Option(help: "With CASE: propose nothing before this day (YYYY-MM-DD).") var after: String?
    @Flag(help: "With CASE: book the first option.") var book = false
    @Flag(help: "With --queue or --repair: show the plan without storing it.") var dryRun = false
    @Option(help: "Seconds to spend improving a queue or instance plan.") var seconds: Double = 4
    @Option(help: "With --instance: the seed of the search, for a reproducible plan.") var seed: UInt64 = 1
    @OptionGroup var actor: ActorOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        let modes = [caseID != nil, queue, repair, instance != nil].count { $0 }
        if modes != 1 { throw ValidationError("Give exactly one of a case ID, --queue, --repair or --instance.") }
        if (after != nil || book) && caseID == nil { throw ValidationError("--after and --book go with a case ID.") }
        if let after, CalendarDay(after) == nil { throw ValidationError("--after must be a day like 2026-12-03; \"\(after)\" is not.") }
        if dryRun && !(queue || repair) { throw ValidationError("--dry-run goes with --queue or --repair.") }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive; \(seconds) was given.") }
    }

    func run() async throws {
        if let instance { return try scheduleInstance(instance) }
        let db = try database.openExisting()
        let now = try Now.resolve(database: db)
        let service = SchedulingService(database: db)
        if let caseID { return try scheduleCase(DisputeCase.ID(caseID), service, now: now) }
        if queue { return try scheduleQueue(service, now: now) }
        let plan = try service.planRepair(now: now)
        if !dryRun { try service.commit(plan, at: now, by: actor.actor) }
        if output.json { return try Console.printJSON(plan) }
        print(ScheduleText.repair(plan, dryRun: dryRun))
    }

    private func scheduleCase(_ caseID: DisputeCase.ID, _ service: SchedulingService, now: Date) throws {
        let after = after.flatMap { CalendarDay($0) }
        let proposal = try service.options(for: caseID, now: now, after: after)
        var booked: Session?
        if book, !proposal.options.isEmpty { booked = try service.book(caseID, now: now, after: after, by: actor.actor) }
        if output.json { return try Console.printJSON(CaseReport(proposal: proposal, booked: booked)) }
        print(ScheduleText.options(proposal))
        if let booked { print("\nBooked \(booked.id): \(ScheduleText.when(booked)).") }
        if book && booked == nil { throw ExitCode(1) }
    }

    private func scheduleQueue(_ service: SchedulingService, now: Date) throws {
        let clock = ContinuousClock(), stop = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
        let plan = try service.planQueue(now: now, iterations: .max) { clock.now < stop }
        if !dryRun { try service.commit(plan, at: now, by: actor.actor) }
        if output.json { return try Console.printJSON(plan) }
        print(ScheduleText.queue(plan, dryRun: dryRun))
    }

    struct CaseReport: Encodable {
        var proposal: SchedulingService.CaseOptions
        var booked: Session?
    }

    private func scheduleInstance(_ file: String) throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("There is no file at \(file).") }
        let model = try SchedulingInstance(data: data, file: file).model()
        var table = Timetable(model: model)
        let clock = ContinuousClock()
        let stop = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
        let statistics = QueueScheduler(seed: seed).schedule(&table, movable: Set(model.requests.indices), iterations: .max) { clock.now < stop }
        FileHandle.standardOutput.write(SchedulingInstance.solution(of: table))
        FileHandle.standardOutput.write(Data("\n".utf8))
        Console.note("placed \(table.placedCount) of \(model.requests.count), cost \(table.cost) "
            + "(greedy \(statistics.greedyCost), \(statistics.rounds) rounds, \(statistics.improvements) improvements)")
    }
}

enum ScheduleText {
    static func when(_ session: Session) -> String { "\(session.timeText()) at \(session.venueID)" }

    static func options(_ proposal: SchedulingService.CaseOptions) -> String {
        if let noSlot = proposal.noSlot { return "\(proposal.caseID): \(noSlot)" }
        var lines = ["Options for \(proposal.caseID):"]
        for (k, option) in proposal.options.enumerated() {
            lines.append("\(k + 1). \(when(option.session)) (\(option.venueName))")
            for reason in option.reasons { lines.append("   - \(reason)") }
        }
        return lines.joined(separator: "\n")
    }

    static func queue(_ plan: SchedulingService.QueuePlan, dryRun: Bool) -> String {
        var lines = [Console.table(header: ["session", "case", "when", "panel"], rows: plan.sessions.map {
            [$0.id.rawValue, $0.caseID.rawValue, when($0), $0.panel.map(\.rawValue).joined(separator: " ")]
        })]
        if !plan.unplaced.isEmpty {
            lines.append("\nNot scheduled:")
            for item in plan.unplaced { lines.append("  \(item.caseID): \(item.reason)") }
        }
        lines.append("\nScheduled \(plan.sessions.count) of \(plan.sessions.count + plan.unplaced.count) cases (\(plan.rounds) rounds of search).")
        lines.append(dryRun ? "Dry run: nothing was stored." : "Booked \(plan.sessions.count) sessions.")
        return lines.joined(separator: "\n")
    }

    static func repair(_ plan: SchedulingService.RepairPlan, dryRun: Bool) -> String {
        var lines: [String] = []
        for session in plan.moved { lines.append("Moved \(session.id) to \(when(session)) (revision \(session.revision)).") }
        for item in plan.stranded { lines.append("Could not move \(item.session) of \(item.caseID): \(item.reason).") }
        lines.append("\(plan.moved.count) moved, \(plan.stranded.count) need a coordinator, \(plan.untouched) untouched.")
        if dryRun { lines.append("Dry run: nothing was stored.") }
        return lines.joined(separator: "\n")
    }
}

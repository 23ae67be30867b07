import ArgumentParser
import Domain
import Foundation
import Services

struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Show an expert's sessions, or write them as an iCalendar (RFC 5545) feed.")

    @Argument(help: "An expert ID, e.g. E-0112.") var expertID: String
    @Flag(help: "Write the calendar as iCalendar text.") var ics = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if ics && output.json { throw ValidationError("Give --ics or --json, not both.") }
    }

    func run() async throws {
        let db = try database.openExisting()
        let calendar = ExpertCalendar(database: db)
        let expert = Expert.ID(expertID)
        if ics { return print(try calendar.ics(for: expert, stamp: try Now.resolve(database: db)), terminator: "") }
        let entries = try calendar.entries(for: expert)
        if output.json { return try Console.printJSON(entries) }
        guard !entries.isEmpty else { return print("\(expertID) has no sessions.") }
        print(Console.table(header: ["session", "when", "where", "case", "status", "rev"], rows: entries.map {
            [$0.session.id.rawValue, ScheduleText.when($0.session), $0.venueName, $0.caseType, $0.session.status.rawValue, String($0.session.revision)]
        }))
    }
}

struct SessionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Change a booked session by hand.",
        subcommands: [Move.self])

    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a session to another time or venue, checked against the same rules as the scheduler.")

        @Argument(help: "A session ID, e.g. C-2026-01442-S1.") var sessionID: String
        @Option(help: "The new start, local time: \"2026-12-03 09:30\".") var at: String
        @Option(help: "The new venue; the session's own when left out.") var venue: String?
        @Option(help: "Why; recorded in the audit log.") var reason: String?
        @OptionGroup var actor: ActorOptions
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if Now.parse(at) == nil { throw ValidationError("--at must be a local time like \"2026-12-03 09:30\"; \"\(at)\" is not.") }
        }

        func run() async throws {
            let db = try database.openExisting()
            let moved = try SchedulingService(database: db).move(Session.ID(sessionID), to: Now.parse(at)!,
                venueID: venue.map { Venue.ID($0) }, now: try Now.resolve(database: db), by: actor.actor, reason: reason)
            if output.json { return try Console.printJSON(moved) }
            print("Moved \(moved.id) to \(ScheduleText.when(moved)) (revision \(moved.revision)).")
        }
    }
}

struct ExpertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expert",
        abstract: "Keep an expert's availability current.",
        subcommands: [Leave.self])

    struct Leave: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record leave for an expert; run `schedule --repair` to move the sessions it breaks.")

        @Argument(help: "An expert ID, e.g. E-0112.") var expertID: String
        @Option(help: "The first day of leave, YYYY-MM-DD.") var from: String
        @Option(help: "The last day of leave, YYYY-MM-DD.") var through: String
        @OptionGroup var actor: ActorOptions
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard let first = CalendarDay(from), let last = CalendarDay(through) else {
                throw ValidationError("--from and --through must be days like 2026-12-03.")
            }
            if last < first { throw ValidationError("--through (\(through)) is before --from (\(from)).") }
        }

        func run() async throws {
            let db = try database.openExisting()
            try ExpertLeave(database: db).record(LeavePeriod(from: CalendarDay(from)!, through: CalendarDay(through)!), for: Expert.ID(expertID),
                at: try Now.resolve(database: db), by: actor.actor)
            print("\(expertID) is on leave \(from)..\(through); `fengqiao schedule --repair` moves the sessions this breaks.")
        }
    }
}

import ArgumentParser
import Domain
import Foundation
import Services

struct CaseStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Record that a scheduled case's mediation has started.")

    @Argument(help: "A case ID.") var caseID: String
    @OptionGroup var actor: ActorOptions
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let db = try database.openExisting()
        let moved = try CaseProgress(database: db).startMediation(DisputeCase.ID(caseID), at: try Now.resolve(database: db), by: actor.actor)
        print("\(moved.id) is in mediation.")
    }
}

struct CaseCloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a case with its outcome and the parties' satisfaction.")

    @Argument(help: "A case ID.") var caseID: String
    @Option(help: "settled, not_settled, withdrawn or referred_to_court.") var outcome: CaseOutcome
    @Option(help: "satisfied, basically_satisfied or dissatisfied, when the parties were asked.") var satisfaction: Satisfaction?
    @Option(help: "The closing day (default: today).") var on: String?
    @Option(help: "Why; recorded in the audit log.") var reason: String?
    @OptionGroup var actor: ActorOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let on, CalendarDay(on) == nil { throw ValidationError("--on must be a day like 2026-12-03; \"\(on)\" is not.") }
    }

    func run() async throws {
        let db = try database.openExisting()
        let day = try on.flatMap { CalendarDay($0) } ?? Today.resolve(database: db)
        let closed = try CaseProgress(database: db).close(DisputeCase.ID(caseID), outcome: outcome, satisfaction: satisfaction, on: day,
            at: try Now.resolve(database: db), by: actor.actor, reason: reason)
        print("\(closed.id) is closed on \(day): \(outcome.rawValue)\(satisfaction.map { ", \($0.rawValue)" } ?? "").")
    }
}

struct CaseDifficultyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "difficulty",
        abstract: "Set a case's difficulty against the triage proposal, with a reason.")

    @Argument(help: "A case ID.") var caseID: String
    @Option(help: "ordinary, difficult or major.") var set: Difficulty
    @Option(help: "Why; required and recorded in the audit log.") var reason: String
    @OptionGroup var actor: ActorOptions
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let db = try database.openExisting()
        let changed = try CaseProgress(database: db).setDifficulty(DisputeCase.ID(caseID), to: set, reason: reason,
            at: try Now.resolve(database: db), by: actor.actor)
        print("\(changed.id) is \(changed.difficulty.rawValue) (triage proposes \(Triage.proposeDifficulty(for: changed).rawValue)).")
    }
}

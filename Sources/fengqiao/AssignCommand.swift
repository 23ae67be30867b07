import ArgumentParser
import Domain
import Foundation
import Matching
import Services

struct AssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign the whole waiting queue at once, one case, or one seat by hand.",
        discussion: """
            `assign --queue` plans every open seat of the cases at intake or matching as one optimal min-cost flow and \
            stores the placements as offers in one transaction (`--dry-run` only shows the plan). `assign CASE` does the \
            same for one case. `assign CASE --expert E --seat S --reason TEXT` is a coordinator's own choice, checked \
            against capacity, conflicts of interest and the other hard rules.
            """)

    @Argument(help: "A case ID, e.g. C-2026-01403.") var caseID: String?
    @Flag(help: "Assign every case waiting for a panel.") var queue = false
    @Flag(help: "Show the plan without storing it.") var dryRun = false
    @Option(help: "Candidates kept per seat.") var candidates = 8
    @Option(help: "With CASE: the expert to seat by hand.") var expert: String?
    @Option(help: "With --expert: the seat, 0 for the lead mediator.") var seat: Int?
    @Option(help: "With --expert: why; recorded with the offer.") var reason: String?
    @OptionGroup var actor: ActorOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if queue == (caseID != nil) { throw ValidationError("Give either --queue or a case ID.") }
        if expert != nil && (seat == nil || reason == nil || caseID == nil) {
            throw ValidationError("A manual choice needs a case ID, --seat and --reason besides --expert.")
        }
        if expert == nil && (seat != nil || reason != nil) { throw ValidationError("--seat and --reason go with --expert.") }
        guard candidates >= 1 else { throw ValidationError("--candidates must be at least 1; \(candidates) was given.") }
    }

    func run() async throws {
        let db = try database.openExisting()
        let today = try Today.resolve(database: db)
        if let expert, let seat, let reason, let caseID {
            let offer = try ManualAssignment(database: db).assign(
                Expert.ID(expert), seat: seat, of: DisputeCase.ID(caseID), reason: reason, by: actor.actor, today: today, at: Date())
            if output.json { return try Console.printJSON(offer) }
            return print("Offered seat \(offer.seat) (\(offer.role.rawValue)) of \(offer.caseID) to \(offer.expertID): \(offer.id).")
        }
        let assignment = QueueAssignment(database: db)
        var cases: [DisputeCase]?
        if let caseID {
            guard let dispute = try db.dispute(DisputeCase.ID(caseID)) else { throw ValidationError("There is no case \(caseID).") }
            cases = [dispute]
        }
        let progress = ProgressBar(enabled: !output.json && queue)
        let plan = try assignment.plan(cases: cases, today: today, now: try Now.resolve(database: db), candidatesPerSeat: candidates) { done, total in
            progress.show(done, of: total, "ranking cases")
        }
        progress.show(1, of: 1, dryRun ? "solved" : "storing offers")
        var stored: [Assignment] = []
        if !dryRun { stored = try assignment.commit(plan, at: Date(), by: actor.actor) }
        progress.finish()
        if output.json { return try Console.printJSON(PlanReport(plan: plan, stored: stored.count, dryRun: dryRun)) }
        print(PlanText.render(plan, dryRun: dryRun, stored: stored.count))
    }

    struct PlanReport: Encodable {
        var plan: BatchPlan
        var stored: Int
        var dryRun: Bool
    }
}

/// A progress bar on standard error, drawn only on a terminal, so piped output stays clean.
final class ProgressBar {
    let enabled: Bool
    private var lastDrawn = -1

    init(enabled: Bool) { self.enabled = enabled && isatty(STDERR_FILENO) != 0 }

    func show(_ done: Int, of total: Int, _ label: String) {
        guard enabled, total > 0 else { return }
        let width = 30, filled = done * width / total
        guard filled != lastDrawn || done == total else { return }
        lastDrawn = filled
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Console.noteInline("\r\u{1B}[2K\(bar) \(done)/\(total) \(label)")
    }

    func finish() { if enabled { Console.noteInline("\r\u{1B}[2K") } }
}

enum PlanText {
    static func render(_ plan: BatchPlan, dryRun: Bool, stored: Int) -> String {
        let n = RecommendationText.number
        var lines: [String] = []
        lines.append(Console.table(header: ["case", "seat", "role", "expert", "name", "score"], rows: plan.placements.map {
            [$0.caseID.rawValue, String($0.seat), $0.role.rawValue, $0.expertID.rawValue, $0.expertName, n($0.score.total)]
        }))
        if !plan.emptySeats.isEmpty {
            lines.append("\nSeats left empty:")
            for seat in plan.emptySeats {
                lines.append("  \(seat.caseID) seat \(seat.seat) (\(seat.role.rawValue)): \(seat.reason); to fill it, \(seat.relaxation).")
            }
        }
        let total = plan.filledSeats + plan.emptySeats.count
        lines.append("""

            Seats filled: \(plan.filledSeats) of \(total); total score \(n(plan.totalScore)), mean \(n(plan.meanScore)) (weights v\(plan.weightsVersion)).
            Every panel can meet its parties where one can: \(plan.repairedCases) panels mended (\(plan.swappedSeats) seats changed); \
            total score \(n(plan.totalScore)) against \(n(plan.flowScore)) for the flow that ignores meeting times; \
            objective within \(String(format: "%.2f", plan.gapToBound * 100)) % of that bound.
            Load spread: max/mean \(n(plan.loadBefore.maxOverMean)) → \(n(plan.loadAfter.maxOverMean)), Gini \(n(plan.loadBefore.gini)) → \(n(plan.loadAfter.gini)).
            """)
        lines.append(dryRun ? "Dry run: nothing was stored." : "Stored \(stored) offers.")
        return lines.joined(separator: "\n")
    }
}

import ArgumentParser
import Domain
import Foundation
import Matching
import Services

struct WeightsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights", abstract: "Show, add, replay and activate matching weights profiles.",
        subcommands: [WeightsShowCommand.self, WeightsSetCommand.self, WeightsReplayCommand.self, WeightsActivateCommand.self])
}

/// `--by`: who makes the change, recorded with it.
struct ActorOptions: ParsableArguments {
    @Option(help: "Who makes the change (default: $USER).") var by: String?
    var actor: String { by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli" }
}

func readProfileFile(_ path: String) throws -> WeightsProfileFile {
    guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("There is no file at \(path).") }
    return try WeightsProfileFile(json: data, file: path)
}

struct WeightsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the active profile, or every version.")
    @Flag(help: "List every version, newest first.") var all = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let db = try database.openExisting()
        let profiles = all ? try db.weightsProfiles() : [try MatchingService(database: db).activeProfile()]
        if output.json { return try Console.printJSON(profiles) }
        for profile in profiles {
            let state = profile.activation.map { "active since \($0.at.formatted(.iso8601)) by \($0.by): \($0.reason)" } ?? "inactive"
            print("v\(profile.version) \(profile.name) (\(state))\(profile.note.isEmpty ? "" : "\n  \(profile.note)")")
            print(Console.table(header: ["term", "weight"], rows: ScoreTermName.allCases.map { [$0.rawValue, RecommendationText.number(profile.weight($0))] }))
            let r = profile.rules
            print("rules: conflict lookback \(r.conflictLookbackDays) d, continuity \(r.continuityLookbackDays) d, fairness window \(r.fairnessWindowDays) d, strain window \(r.strainWindowDays) d\n")
        }
    }
}

struct WeightsSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Store a profile file as a new version; it stays inactive until activated.")
    @Option(help: "A JSON profile: {\"name\", \"note\", \"weights\": {term: weight}, \"rules\": {…}}.") var file: String
    @OptionGroup var actor: ActorOptions
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let profile = try WeightsAdministration(database: try database.openExisting())
            .addVersion(try readProfileFile(file), at: Date(), by: actor.actor)
        print("Stored v\(profile.version) \(profile.name). Replay it with `fengqiao weights replay --profile \(file) --last 200`, then `fengqiao weights activate \(profile.version) --reason …`.")
    }
}

struct WeightsActivateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "activate", abstract: "Make a stored version the active profile.")
    @Argument(help: "The version to activate.") var version: Int
    @Option(help: "Why; recorded with the activation.") var reason: String
    @OptionGroup var actor: ActorOptions
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try WeightsAdministration(database: try database.openExisting()).activate(version: version, at: Date(), by: actor.actor, reason: reason)
        print("v\(version) is now the active weights profile.")
    }
}

struct WeightsReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay", abstract: "Replay the last N closed cases under a candidate profile against the active one.")
    @Option(help: "The candidate profile (JSON file).") var profile: String
    @Option(help: "How many of the most recently closed cases.") var last = 200
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard last > 0 else { throw ValidationError("--last must be at least 1; \(last) was given.") }
    }

    func run() async throws {
        let db = try database.openExisting()
        let candidate = try readProfileFile(profile).profile(version: 0, at: Date(), by: "replay")
        let report = try MatchingService(database: db).replay(candidate: candidate, last: last, today: try Today.resolve(database: db))
        if output.json { return try Console.printJSON(report) }
        let n = RecommendationText.number
        func line(_ label: String, _ o: ReplayReport.ProfileOutcome) -> [String] {
            [label, n(o.meanPanelScore), n(o.worstPanelScore), String(o.emptySeats), n(o.loadSpread.maxOverMean), n(o.loadSpread.gini)]
        }
        print("Replayed \(report.cases) closed cases (\(report.seats) seats): \(report.changedSeats) seats change expert (\(String(format: "%.1f", report.changedShare * 100)) %).")
        print(Console.table(header: ["profile", "mean panel", "worst panel", "empty seats", "load max/mean", "load Gini"], rows: [
            line("active v\(report.baseline.version) \(report.baseline.name)", report.baseline),
            line("candidate \(report.candidate.name)", report.candidate),
        ]))
        let shifts = (report.gainers + report.losers).map { [$0.expertID.rawValue, $0.name, String($0.baseline), String($0.candidate), String(format: "%+d", $0.change)] }
        if !shifts.isEmpty {
            print("\nWho gains and loses the most seats:")
            print(Console.table(header: ["expert", "name", "active", "candidate", "change"], rows: shifts))
        }
    }
}

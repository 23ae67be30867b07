import ArgumentParser
import Domain
import Matching
import Foundation
import Services
import Store
import Web

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a database with the Xigang data set and show where to look next.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Delete the database file first and load the fixtures again.")
    var reset = false

    @Flag(inversion: .prefixedNo, help: "Serve the API with the demo logins afterwards (default: when run on a terminal).")
    var serve: Bool?

    @Option(help: "The port to serve on.") var port = 8080

    struct Report: Encodable {
        var database: String
        var outcome: DemoSetup.Outcome
        var dataset: String
        var today: CalendarDay
        var counts: DatabaseCounts
        var highlights: DemoHighlights
        /// The demo's logins, all with the same password.
        var logins: [User.Profile]
        var password: String
        /// A difficult case at intake whose recommended panel, led by the `expert` login, can meet: the one to
        /// walk through on the pages.
        var walkthroughCase: DisputeCase.ID?
        /// Matching at work on a case where a party vetoed an expert.
        var example: Example?
        /// A candidate weights profile to replay.
        var candidateProfile: String
    }

    struct Example: Encodable {
        var recommendation: Recommendation
        var vetoed: Expert.ID
        var whyNot: WhyNotAnswer
        /// When the recommended panel could meet.
        var schedule: SchedulingService.CaseOptions
    }

    func run() async throws {
        let fixtures = try FixtureDirectory.xigang()
        let (db, outcome, manifest) = try DemoSetup(fixtures: fixtures).prepare(databasePath: database.path, reset: reset,
            auditKeyFile: database.keyFile)
        let candidate = fixtures.deletingLastPathComponent().appendingPathComponent("weights/continuity-first.json").path
        let today = try Today.resolve(database: db)
        let highlights = try DemoHighlights(database: db, today: today)
        let example = try example(db, highlights: highlights, today: today)
        let walkthrough = try walkthroughCase(db, today: today)
        if try db.users().isEmpty {
            let fallback = try db.experts().first?.id
            guard let expert = walkthrough?.expert ?? example?.recommendation.seats.first?.chosen?.expertID ?? fallback else {
                throw ValidationError("The database \(database.path) holds no experts to give a login.")
            }
            try Accounts(database: db).addDemoLogins(expertID: expert, at: try Now.resolve(database: db))
        }
        let report = Report(database: database.path, outcome: outcome, dataset: manifest.label, today: today,
            counts: try db.counts(), highlights: highlights, logins: try db.users().map(\.profile), password: Accounts.demoPassword,
            walkthroughCase: walkthrough?.case, example: example, candidateProfile: candidate)
        if output.json {
            try Console.printJSON(report)
        } else {
            print(DemoCommand.text(report))
            if let example = report.example { print("\n" + DemoCommand.text(example)) }
        }
        if serve ?? (isatty(STDOUT_FILENO) != 0 && !output.json) {
            print("\nServing http://127.0.0.1:\(port)/ (API under /api/v1, document at /openapi.json); Ctrl-C stops it.")
            // Plain HTTP to a browser on this machine, so the session cookie cannot be Secure.
            var settings = ServerSettings(host: "127.0.0.1", port: port)
            settings.secureCookies = false
            try await ServeCommand.serve(db, settings: settings)
        }
    }

    /// The first difficult or major case at intake whose recommended panel is full and can meet in the
    /// horizon, and the lead of that panel, who gets the demo's expert login.
    private func walkthroughCase(_ db: AppDatabase, today: CalendarDay) throws -> (case: DisputeCase.ID, expert: Expert.ID)? {
        let matching = MatchingService(database: db), scheduling = SchedulingService(database: db)
        let now = try Now.resolve(database: db)
        for dispute in try db.cases(CaseFilter(statuses: [.intake])).sorted(by: { $0.id < $1.id }) where dispute.difficulty != .ordinary {
            let recommendation = try matching.recommend(dispute.id, today: today, now: now).recommendation
            guard recommendation.seats.allSatisfy({ $0.chosen != nil }), let lead = recommendation.seats.first?.chosen?.expertID,
                try !scheduling.options(for: dispute, panel: recommendation.panel, now: now).options.isEmpty
            else { continue }
            return (dispute.id, lead)
        }
        return nil
    }

    /// A recommendation for the first waiting case whose party vetoed an expert, and why that expert is out.
    private func example(_ db: AppDatabase, highlights: DemoHighlights, today: CalendarDay) throws -> Example? {
        for id in highlights.casesWithVetoes {
            guard let dispute = try db.dispute(id), [.intake, .matching].contains(dispute.status), let veto = dispute.vetoes.first else {
                continue
            }
            let found = try MatchingService(database: db).recommend(id, today: today)
            let recommendation = found.recommendation
            let schedule = try SchedulingService(database: db).options(for: dispute, panel: recommendation.panel, now: try Now.resolve(database: db))
            return Example(recommendation: recommendation, vetoed: veto.expertID, whyNot: found.whyNot(veto.expertID), schedule: schedule)
        }
        return nil
    }

    static func text(_ example: Example) -> String {
        let r = example.recommendation
        let rows = r.seats.map { seat in
            [String(seat.seat), seat.requirement.role.rawValue, seat.chosen?.expertID.rawValue ?? "-", seat.chosen?.name ?? "nobody eligible",
             seat.chosen.map { RecommendationText.number($0.score.total) } ?? "",
             seat.alternates.map(\.expertID.rawValue).joined(separator: " ")]
        }
        return """
            Matching at work on \(r.caseID) (weights v\(r.weightsVersion)):
            \(Console.table(header: ["seat", "role", "expert", "name", "score", "alternates"], rows: rows))
            \(r.meeting.map { MeetingText.describe($0).joined(separator: "\n") } ?? "")
            Why not \(example.vetoed)? \(RecommendationText.render(example.whyNot))

            Scheduling at work: when that panel, the parties and a room near them are free.
            \(ScheduleText.options(example.schedule))
            """
    }

    static func text(_ r: Report) -> String {
        let h = r.highlights, c = r.counts
        func some(_ ids: [some CustomStringConvertible]) -> String {
            ids.prefix(4).map(\.description).joined(separator: ", ") + (ids.count > 4 ? ", …" : "")
        }
        return """
            Fengqiao demo: \(r.outcome == .loaded ? "loaded" : "reused") \(r.database) (\(r.dataset)); today is \(r.today).

            The district: \(c.subdistricts) subdistricts, \(c.communities) communities, \(c.venues) venues.
            The people:   \(c.experts) experts; \(c.parties) parties on file.
            The cases:    \(c.closedCases) closed over two years, \(c.openCases) open (\(h.difficultOrMajorOpenCases) difficult or major), \(c.assignments) panel seats.

            Where the rules show:
              \(h.expertsOnLeave.count) experts on leave today (\(some(h.expertsOnLeave)))
              \(h.expertsAtCapacity.count) experts at capacity (\(some(h.expertsAtCapacity)))
              \(h.casesWithDeclaredConflicts.count) open cases with a party an expert declared a relation to (\(some(h.casesWithDeclaredConflicts)))
              \(h.casesWithVetoes.count) open cases where a party vetoed an expert (\(some(h.casesWithVetoes)))
              \(h.casesWithReturningParties.count) open cases with a returning party (\(some(h.casesWithReturningParties)))
              \(h.overdueCases.count) open cases past the 30-day term (\(some(h.overdueCases)))

            Walk through \(r.walkthroughCase.map { "case \($0)" } ?? "a case") on the pages as coordinator, then expert, then admin.
            Logins (password \(r.password)): \(r.logins.map { "\($0.username) (\($0.role.rawValue)\($0.expertID.map { " \($0)" } ?? ""))" }.joined(separator: ", "))
              curl -s -X POST localhost:8080/api/v1/tokens -H 'content-type: application/json' -d '{"username":"coordinator","password":"\(r.password)"}'

            Try next:
              fengqiao case list --status intake --db \(r.database)
              fengqiao case show \(h.casesWithVetoes.first?.rawValue ?? "CASE") --db \(r.database)
              fengqiao recommend \(h.casesWithDeclaredConflicts.first?.rawValue ?? "CASE") --db \(r.database)
              fengqiao assign --queue --db \(r.database)
              fengqiao schedule --queue --db \(r.database)
              fengqiao calendar E-0033 --ics --db \(r.database)
              fengqiao weights replay --profile \(r.candidateProfile) --last 200 --db \(r.database)
              fengqiao export experts --db \(r.database) > experts.csv
            """
    }
}

import ArgumentParser
import Domain
import Services
import Store

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a database with the Xigang data set and show where to look next.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Delete the database file first and load the fixtures again.")
    var reset = false

    struct Report: Encodable {
        var database: String
        var outcome: DemoSetup.Outcome
        var dataset: String
        var today: CalendarDay
        var counts: DatabaseCounts
        var highlights: DemoHighlights
    }

    func run() async throws {
        let (db, outcome, manifest) = try DemoSetup(fixtures: try FixtureDirectory.xigang())
            .prepare(databasePath: database.path, reset: reset)
        let today = try Today.resolve(database: db)
        let report = Report(database: database.path, outcome: outcome, dataset: manifest.label, today: today,
            counts: try db.counts(), highlights: try DemoHighlights(database: db, today: today))
        if output.json { try Console.printJSON(report) } else { print(DemoCommand.text(report)) }
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

            Try next:
              fengqiao case list --status intake --db \(r.database)
              fengqiao case show \(h.casesWithVetoes.first?.rawValue ?? "CASE") --db \(r.database)
              fengqiao export experts --db \(r.database) > experts.csv
            """
    }
}

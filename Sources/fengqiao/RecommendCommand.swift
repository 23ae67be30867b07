import ArgumentParser
import Domain
import Matching
import Services

struct RecommendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Recommend the best panel for a case, with alternates and the score of every term.",
        discussion: "With --why-not, say why an expert is not on the panel: the rule that excludes them, or the terms on which they lose.")

    @Argument(help: "The case ID, e.g. C-2026-01327.") var caseID: String
    @Option(help: "An expert ID to explain.") var whyNot: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    struct Report: Encodable {
        var recommendation: Recommendation
        var whyNot: WhyNotAnswer?
    }

    func run() async throws {
        let db = try database.openExisting()
        let service = MatchingService(database: db)
        let today = try Today.resolve(database: db)
        let found = try service.recommend(DisputeCase.ID(caseID), today: today)
        let recommendation = found.recommendation
        let answer = whyNot.map { found.whyNot(Expert.ID($0)) }
        if output.json { return try Console.printJSON(Report(recommendation: recommendation, whyNot: answer)) }
        print(RecommendationText.render(recommendation, dispute: found.dispute, weights: found.recommender.weights))
        if let answer { print("\n" + RecommendationText.render(answer)) }
    }
}

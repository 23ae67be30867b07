import ArgumentParser
import Foundation
import Services

struct SolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve an assignment instance from a text file with the product's min-cost-flow solver.",
        discussion: """
            The file holds `rows columns` on its first line, the columns' capacities on the second, then `row column value` \
            triples, 1-based; a missing pair is forbidden. Every row is assigned if possible, and among those assignments \
            the total value is maximised (minimised with --minimize).
            """)

    @Argument(help: "The instance file.") var file: String
    @Flag(help: "Minimise the total value instead of maximising it.") var minimize = false
    @OptionGroup var output: OutputOptions

    struct Report: Encodable {
        var rows: Int
        var columns: Int
        var pairs: Int
        var assigned: Int
        var objective: Int64
        var readSeconds: Double
        /// Turning the instance into the solver's problem, like adding arcs to a peer's solver.
        var buildSeconds: Double
        /// Inside the solver only.
        var solveSeconds: Double
    }

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("There is no file at \(file).") }
        let instance = try AssignmentInstance(bytes: [UInt8](data), file: file)
        let read = clock.now
        let answer = instance.solve(minimize: minimize)
        let solved = clock.now
        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        let report = Report(rows: instance.rows, columns: instance.columns, pairs: instance.values.count,
            assigned: answer.assigned, objective: answer.objective, readSeconds: seconds(read - start),
            buildSeconds: seconds(solved - read) - answer.solverSeconds, solveSeconds: answer.solverSeconds)
        if output.json { return try Console.printJSON(report) }
        print("objective \(report.objective)")
        print("assigned \(report.assigned) of \(report.rows) rows")
        print(String(format: "read %.3f s, build %.3f s, solve %.3f s (%d × %d, %d pairs)", report.readSeconds, report.buildSeconds,
            report.solveSeconds, report.rows, report.columns, report.pairs))
    }
}

import ArgumentParser
import Domain
import Foundation
import Services

struct FixturesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixtures", abstract: "Make the reference data sets.", subcommands: [Generate.self])

    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate the Xigang data set as CSV files; the same seed always gives the same files.")

        @Option(help: "The seed of the generator.")
        var seed: UInt64 = 1

        @Option(help: "How many times the scale-1 data set (about 350 experts, 3,150 cases) to make.")
        var scale: Int = 1

        @Option(help: "The day the data set treats as today, YYYY-MM-DD.")
        var asOf: String = XigangGenerator.defaultAsOf.description

        @Option(help: "The directory to write (default: ./xigang-seed<N>-scale<K>).")
        var output: String?

        func validate() throws {
            guard scale >= 1 else { throw ValidationError("--scale must be 1 or more; \(scale) was given.") }
            guard CalendarDay(asOf) != nil else { throw ValidationError("--as-of must be a date YYYY-MM-DD; \"\(asOf)\" was given.") }
        }

        func run() async throws {
            let directory = URL(fileURLWithPath: output ?? "xigang-seed\(seed)-scale\(scale)")
            let generator = XigangGenerator(.init(seed: seed, scale: scale, asOf: CalendarDay(asOf)!))
            try generator.write(to: directory)
            print("Wrote the Xigang data set (seed \(seed), scale \(scale)) to \(directory.path).")
        }
    }
}

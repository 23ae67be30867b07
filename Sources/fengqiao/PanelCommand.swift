import ArgumentParser
import Domain
import Services

struct PanelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel", abstract: "Show or edit the seats each dispute type and difficulty needs.",
        subcommands: [Show.self, Set.self])

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the panel table.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let rows = try MatchingService(database: try database.openExisting()).panelTable().requirements
            if output.json { return try Console.printJSON(rows) }
            print(Console.table(header: ["type", "difficulty", "seats"], rows: rows.map {
                [$0.type.code, $0.difficulty.rawValue, PanelAdministration.describe($0.seats)]
            }))
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set the seats of one row, e.g. `panel set NEIGHBOR difficult \"mediator,lawyer,psychologist\"`.",
            discussion: "Seats are roles separated by commas, the lead mediator first; a seat that needs a credential lists them in brackets: panelist[retired_judge|gold_medal_mediator].")
        @Argument(help: "The dispute type.") var type: DisputeType
        @Argument(help: "ordinary, difficult or major.") var difficulty: Difficulty
        @Argument(help: "The seats.") var seats: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let parsed = try PanelAdministration.parseSeats(seats)
            let row = try PanelAdministration(database: try database.openExisting()).setSeats(parsed, for: type, difficulty)
            print("\(row.type.code) \(row.difficulty.rawValue): \(PanelAdministration.describe(row.seats)).")
        }
    }
}

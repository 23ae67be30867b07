import ArgumentParser
import Domain
import Services
import Store

struct CaseListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List cases, newest first.")

    @Option(help: "Only cases in this status (repeatable).") var status: [CaseStatus] = []
    @Flag(help: "Only open cases.") var open = false
    @Option(help: "Only cases of this dispute type.") var type: DisputeType?
    @Option(help: "Only cases of this community code.") var community: String?
    @Option(help: "At most this many cases.") var limit = 50
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1; \(limit) was given.") }
        if open && !status.isEmpty { throw ValidationError("Give either --open or --status, not both.") }
    }

    func run() async throws {
        let db = try database.openExisting()
        var filter = open ? CaseFilter.open : CaseFilter(statuses: status.isEmpty ? nil : Set(status))
        filter.type = type
        filter.communityID = community.map { Area.ID($0) }
        filter.limit = limit
        let cases = try db.cases(filter)
        if output.json { return try Console.printJSON(cases) }
        let today = try Today.resolve(database: db)
        let names = Dictionary(uniqueKeysWithValues: try db.areas().map { ($0.id, $0.nameZh) })
        print(Console.table(header: ["case", "type", "difficulty", "status", "community", "opened", "deadline", ""], rows: cases.map {
            [
                $0.id.rawValue, $0.type.nameZh, $0.difficulty.rawValue, $0.status.rawValue, names[$0.communityID] ?? $0.communityID.rawValue,
                $0.openedOn.description, $0.deadline.description, $0.isOverdue(on: today) ? "overdue" : "",
            ]
        }))
        print("\(cases.count) case\(cases.count == 1 ? "" : "s")\(cases.count == limit ? " (the first \(limit); raise --limit for more)" : "").")
    }
}

import ArgumentParser
import Domain

struct CaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Take in, show, list and move cases through their lifecycle.",
        subcommands: [CaseAddCommand.self, CaseShowCommand.self, CaseListCommand.self, CaseStartCommand.self, CaseCloseCommand.self,
            CaseDifficultyCommand.self])
}

extension DisputeType: ExpressibleByArgument {}
extension Difficulty: ExpressibleByArgument {}
extension CaseSource: ExpressibleByArgument {}
extension CaseStatus: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension CaseOutcome: ExpressibleByArgument {}
extension Satisfaction: ExpressibleByArgument {}

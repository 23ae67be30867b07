import ArgumentParser
import Domain

struct CaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Take in, show and list cases.",
        subcommands: [CaseAddCommand.self, CaseShowCommand.self, CaseListCommand.self])
}

extension DisputeType: ExpressibleByArgument {}
extension Difficulty: ExpressibleByArgument {}
extension CaseSource: ExpressibleByArgument {}
extension CaseStatus: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

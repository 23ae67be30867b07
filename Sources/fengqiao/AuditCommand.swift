import ArgumentParser
import Domain
import Foundation
import Services

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read and verify the append-only, hash-chained audit log.",
        subcommands: [Verify.self, List.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute every hash and link of the audit chain; exits 1 when a row was edited or deleted.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let verification = try database.openExisting().verifyAuditChain()
            if output.json { try Console.printJSON(verification) } else {
                switch verification {
                case let .intact(events): print("The audit chain is intact: \(events) events, every hash and link checks out.")
                case let .broken(sequence, problem): print("The audit chain is broken at event \(sequence): \(problem).")
                }
            }
            if !verification.isIntact { throw ExitCode(1) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the latest audit events, newest last.")

        @Option(help: "How many events to show.") var last = 20
        @Option(help: "Only events about this record ID.") var record: String?
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let events = try database.openExisting().auditEvents().filter { record == nil || $0.recordID == record }.suffix(last)
            if output.json { return try Console.printJSON(Array(events)) }
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = .deploymentDefault
            print(Console.table(header: ["#", "at", "who", "what", "record", "why"], rows: events.map {
                [String($0.sequence), formatter.string(from: $0.at), $0.actor, $0.action, "\($0.recordType) \($0.recordID)", $0.reason ?? ""]
            }))
        }
    }
}

import ArgumentParser
import Domain
import Foundation
import Services

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read and verify the append-only audit log, hash-chained and signed with a key kept outside the database.",
        subcommands: [Verify.self, Head.self, List.self, RotateKey.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute every hash and link of the audit chain; exits 1 when a row was edited, deleted or rewritten.")

        @Option(help: ArgumentHelp("The head `audit head` printed earlier: catches events dropped or rewritten since.", valueName: "HASH:COUNT"))
        var head: AuditHead?
        @Flag(help: "Also replay the events' after-states against the rows as they are now, naming each row that disagrees.")
        var records = false
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let report = try AuditLog(database: database.openExisting()).verify(head: head, records: records)
            if output.json { try Console.printJSON(report) } else {
                switch report.chain {
                case let .intact(events): print("The audit chain is intact: \(events) events, every hash and link checks out.")
                case let .broken(sequence, problem): print("The audit chain is broken at event \(sequence): \(problem).")
                }
                if let mismatches = report.records {
                    if mismatches.isEmpty { print("Every audited record agrees with the last event about it.") }
                    for mismatch in mismatches { print(mismatch.text) }
                }
            }
            if !report.isIntact { throw ExitCode(1) }
        }
    }

    struct Head: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the newest event's hash and the event count as HASH:COUNT, to publish or send elsewhere.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let head = try AuditLog(database: database.openExisting()).head()
            if output.json { try Console.printJSON(head) } else { print(head) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the latest audit events, newest last.")

        @Option(help: "How many events to show.") var last = 20
        @Option(help: "Only events about this record ID.") var record: String?
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let events = try AuditLog(database: database.openExisting()).events(record: record, last: last)
            if output.json { return try Console.printJSON(events) }
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = .deploymentDefault
            print(Console.table(header: ["#", "at", "who", "what", "record", "why"], rows: events.map {
                [String($0.sequence), formatter.string(from: $0.at), $0.actor, $0.action, "\($0.recordType) \($0.recordID)", $0.reason ?? ""]
            }))
        }
    }

    struct RotateKey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-key",
            abstract: "Add a new audit key to the key file and sign from now on with it; older events still verify with theirs.")

        @OptionGroup var actor: ActorOptions
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let db = try database.openExisting()
            let rotation = try AuditLog.rotateKey(databasePath: database.path, keyFile: database.keyFile, at: try Now.resolve(database: db),
                by: actor.actor)
            print("""
                Audit key \(rotation.newKeyID) now signs new events (it follows \(rotation.oldKeyID), kept to verify older ones) \
                in \(rotation.keyFile). Restart `fengqiao serve` so it signs with the new key too.
                """)
        }
    }
}

extension AuditHead: ExpressibleByArgument {}

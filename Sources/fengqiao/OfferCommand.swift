import ArgumentParser
import Domain
import Foundation
import Services

struct OfferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer",
        abstract: "Answer offers, expire those left unanswered, and list them.",
        subcommands: [Accept.self, Decline.self, Expire.self, List.self])

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Accept an offer.")
        @Argument(help: "An offer ID, e.g. C-2026-01442:0:1.") var offerID: String
        @Option(help: "The expert answering; refused when the offer was made to someone else.") var expert: String?
        @OptionGroup var actor: ActorOptions
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let db = try database.openExisting()
            let outcome = try OfferDesk(database: db).accept(Assignment.ID(offerID), as: expert.map { Expert.ID($0) },
                at: try Now.resolve(database: db), by: actor.actor)
            print("\(outcome.answered.expertID) accepted seat \(outcome.answered.seat) of \(outcome.answered.caseID).")
        }
    }

    struct Decline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Decline an offer with a reason; the seat goes to the next-best expert.")
        @Argument(help: "An offer ID, e.g. C-2026-01442:0:1.") var offerID: String
        @Option(help: "Why; required.") var reason: String
        @Option(help: "The expert answering; refused when the offer was made to someone else.") var expert: String?
        @OptionGroup var actor: ActorOptions
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let db = try database.openExisting()
            let outcome = try OfferDesk(database: db).decline(Assignment.ID(offerID), reason: reason, as: expert.map { Expert.ID($0) },
                at: try Now.resolve(database: db), today: try Today.resolve(database: db), by: actor.actor)
            if output.json { return try Console.printJSON(outcome) }
            print(OfferText.outcome(outcome))
        }
    }

    struct Expire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Expire offers unanswered for too long and refill their seats.")
        @Option(help: "Hours an offer waits for an answer.") var hours: Double = OfferDesk.defaultAnswerWithin / 3600
        @OptionGroup var actor: ActorOptions
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard hours > 0 else { throw ValidationError("--hours must be positive; \(hours) was given.") }
        }

        func run() async throws {
            let db = try database.openExisting()
            let outcomes = try OfferDesk(database: db, answerWithin: hours * 3600).expireUnanswered(
                at: try Now.resolve(database: db), today: try Today.resolve(database: db), by: actor.actor)
            if output.json { return try Console.printJSON(outcomes) }
            for outcome in outcomes { print(OfferText.outcome(outcome)) }
            print("\(outcomes.count) offers expired.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the offers waiting for an answer, or an expert's.")
        @Option(help: "Only this expert's offers and assignments.") var expert: String?
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let db = try database.openExisting()
            let rows = try expert.map { try db.assignments(expertID: Expert.ID($0)) } ?? db.openOffers()
            if output.json { return try Console.printJSON(rows) }
            print(Console.table(header: ["offer", "case", "seat", "role", "expert", "status"], rows: rows.map {
                [$0.id.rawValue, $0.caseID.rawValue, String($0.seat), $0.role.rawValue, $0.expertID.rawValue, $0.status.rawValue]
            }))
        }
    }
}

enum OfferText {
    static func outcome(_ outcome: OfferDesk.Outcome) -> String {
        let answered = outcome.answered
        let head = "\(answered.id): \(answered.expertID) \(answered.status.rawValue) seat \(answered.seat) of \(answered.caseID)"
        if let refill = outcome.refill { return head + "; offered to \(refill.expertID) as \(refill.id)." }
        return head + "; the seat stays open: \(outcome.emptySeat ?? "no eligible expert")."
    }
}

import ArgumentParser
import Domain
import Services

struct ReferralsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referrals",
        abstract: "Report back to the police and the courts on the cases they referred, as CSV.",
        discussion: "One row per referral: its number, where the case stands and, once closed, the outcome and satisfaction.")

    @Option(help: "police or court (both when left out).") var source: CaseSource?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let source, !source.needsReferralNumber { throw ValidationError("--source must be police or court; \(source.rawValue) refers nothing.") }
    }

    func run() async throws {
        let feedback = ReferralFeedback(database: try database.openExisting())
        if output.json { return try Console.printJSON(try feedback.rows(source: source)) }
        print(try feedback.csv(source: source), terminator: "")
    }
}

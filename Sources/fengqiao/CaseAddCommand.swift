import ArgumentParser
import Domain
import Foundation
import Services

struct CaseAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Take in a new case.",
        discussion: """
            A party is given as KIND|NAME|IDENTITY|ORGANISATION|ROLE (KIND person or organisation; ROLE applicant, \
            respondent or third_party; IDENTITY and ORGANISATION may be empty), or as P-000123|ROLE for a party on file. \
            Without --difficulty, triage proposes one from the parties, the amount, earlier mediations, petitions and the risk of escalation.
            """)

    @Option(help: "The dispute type: \(DisputeType.codeList).") var type: DisputeType
    @Option(help: "The community code where the dispute arose.") var community: String
    @Option(help: "How the case came in: \(CaseSource.allCases.map(\.rawValue).joined(separator: ", ")).")
    var source: CaseSource = .walkIn
    @Option(help: "The police form number or the court's number of a referral.") var referral: String?
    @Option(help: "An item of a police referral's evidence list (repeat for each).") var evidence: [String] = []
    @Option(name: .customLong("party"), help: "A party (repeat for each).") var parties: [String] = []
    @Option(help: "ordinary, difficult or major (default: proposed by triage).") var difficulty: Difficulty?
    @Option(help: "What the dispute is about.") var summary: String = ""
    @Option(help: "The amount at stake, in yuan.") var amount: Int?
    @Option(help: "The language of the sessions.") var language: Language = .mandarin
    @Flag(help: "The parties accept online sessions.") var online = false
    @Option(help: "Earlier mediations of the matter that failed.") var priorMediations = 0
    @Option(help: "Petitions lodged on the matter.") var petitions = 0
    @Flag(help: "There are threats, violence, self-harm or a risk of the dispute turning criminal.") var escalationRisk = false
    @Option(help: "The day the case was opened, YYYY-MM-DD (default: today).") var opened: String?

    @OptionGroup var actor: ActorOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !parties.isEmpty else { throw ValidationError("A case needs at least one --party.") }
        for party in parties { _ = try CaseAddCommand.parseParty(party) }
        if let opened, CalendarDay(opened) == nil {
            throw ValidationError("--opened must be a date YYYY-MM-DD; \"\(opened)\" was given.")
        }
        if source.needsReferralNumber && referral == nil {
            throw ValidationError("A \(source.rawValue) referral needs its number: add --referral.")
        }
    }

    func run() async throws {
        let db = try database.openExisting()
        let day = try opened.flatMap { CalendarDay($0) } ?? Today.resolve(database: db)
        let draft = CaseDraft(
            type: type, difficulty: difficulty, source: source, referralNumber: referral, evidence: evidence, communityID: Area.ID(community),
            summary: summary, amountYuan: amount, language: language, allowsOnline: online, priorMediations: priorMediations,
            petitions: petitions, escalationRisk: escalationRisk, parties: try parties.map(CaseAddCommand.parseParty),
            openedOn: day)
        let dispute = try CaseIntake(database: db).add(draft, audit: AuditContext(at: try Now.resolve(database: db), actor: actor.actor, reason: "taken in"))
        if output.json { try Console.printJSON(dispute) } else {
            print("Took in \(dispute.id): \(dispute.type.nameEn), \(dispute.difficulty.rawValue), deadline \(dispute.deadline).")
            let signals = Triage.signals(of: dispute)
            if difficulty == nil && !signals.isEmpty { print("Triage: \(signals.map(\.description).joined(separator: "; ")).") }
        }
    }

    static func parseParty(_ text: String) throws -> CaseDraft.PartyEntry {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, parts[0].hasPrefix("P-"), let role = CaseParty.Role(rawValue: parts[1]) {
            return .returning(Party.ID(parts[0]), role: role)
        }
        guard parts.count == 5, let kind = Party.Kind(rawValue: parts[0]), !parts[1].isEmpty,
            let role = CaseParty.Role(rawValue: parts[4])
        else {
            throw ValidationError("--party \"\(text)\" is not KIND|NAME|IDENTITY|ORGANISATION|ROLE or P-000123|ROLE.")
        }
        return .new(kind: kind, name: parts[1], identity: parts[2].isEmpty ? nil : parts[2],
            organisation: parts[3].isEmpty ? nil : parts[3], role: role)
    }
}

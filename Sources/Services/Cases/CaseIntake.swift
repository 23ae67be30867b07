import Domain
import Foundation
import Store

/// What a coordinator gives when taking in a case; IDs are issued by the service.
public struct CaseDraft: Sendable {
    /// A party to the case: a new one (registered with the next party ID) or one already on file.
    public enum PartyEntry: Sendable {
        case new(kind: Party.Kind, name: String, identity: String?, organisation: String?, role: CaseParty.Role)
        case returning(Party.ID, role: CaseParty.Role)
    }

    public var type: DisputeType
    /// Nil lets triage propose it.
    public var difficulty: Difficulty?
    public var source: CaseSource
    public var referralNumber: String?
    public var evidence: [String]
    public var communityID: Area.ID
    public var summary: String
    public var amountYuan: Int?
    public var language: Language
    public var allowsOnline: Bool
    public var priorMediations: Int
    public var petitions: Int
    public var escalationRisk: Bool
    public var parties: [PartyEntry]
    public var openedOn: CalendarDay
    public var deadline: CalendarDay?

    public init(
        type: DisputeType, difficulty: Difficulty? = nil, source: CaseSource, referralNumber: String? = nil, evidence: [String] = [],
        communityID: Area.ID, summary: String, amountYuan: Int? = nil, language: Language = .mandarin,
        allowsOnline: Bool = false, priorMediations: Int = 0, petitions: Int = 0, escalationRisk: Bool = false,
        parties: [PartyEntry], openedOn: CalendarDay, deadline: CalendarDay? = nil
    ) {
        self.type = type
        self.difficulty = difficulty
        self.source = source
        self.referralNumber = referralNumber
        self.evidence = evidence
        self.communityID = communityID
        self.summary = summary
        self.amountYuan = amountYuan
        self.language = language
        self.allowsOnline = allowsOnline
        self.priorMediations = priorMediations
        self.petitions = petitions
        self.escalationRisk = escalationRisk
        self.parties = parties
        self.openedOn = openedOn
        self.deadline = deadline
    }
}

/// Takes in new cases: checks them, numbers them `C-YEAR-NNNNN`, proposes a difficulty and stores them.
public struct CaseIntake: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Checks, numbers and stores a new case; with `audit`, the intake is written to the audit chain too.
    public func add(_ draft: CaseDraft, audit: AuditContext? = nil) throws -> DisputeCase {
        guard let community = try database.area(draft.communityID) else {
            throw DomainError.unknownReference(record: "the new case", field: "community", kind: "community", id: draft.communityID.rawValue)
        }
        guard community.level == .community else {
            throw DomainError.invalid(record: "the new case", field: "community",
                reason: "\(community.id) is a \(community.level.rawValue), not a community")
        }
        var nextParty = try database.lastPartyNumber() + 1
        var parties: [CaseParty] = []
        for entry in draft.parties {
            switch entry {
            case let .new(kind, name, identityText, organisation, role):
                var identity: MaskedIdentityNumber?
                if let identityText {
                    guard let masked = MaskedIdentityNumber(identityText) else {
                        throw DomainError.invalid(record: "party \(name)", field: "identity",
                            reason: "\"\(identityText)\" is not an 18-character identity number")
                    }
                    identity = masked
                }
                let id = Party.ID("P-" + String(format: "%06d", nextParty))
                nextParty += 1
                parties.append(CaseParty(Party(id: id, kind: kind, name: name, identity: identity, organisation: organisation), role: role))
            case let .returning(id, role):
                guard let party = try database.party(id) else {
                    throw DomainError.unknownReference(record: "the new case", field: "parties", kind: "party", id: id.rawValue)
                }
                parties.append(CaseParty(party, role: role))
            }
        }
        let number = try database.lastCaseNumber(year: draft.openedOn.year) + 1
        var dispute = DisputeCase(
            id: DisputeCase.ID("C-\(draft.openedOn.year)-" + String(format: "%05d", number)), type: draft.type,
            difficulty: .ordinary, source: draft.source, referralNumber: draft.referralNumber, evidence: draft.evidence,
            communityID: draft.communityID,
            summary: draft.summary, amountYuan: draft.amountYuan, language: draft.language, allowsOnline: draft.allowsOnline,
            priorMediations: draft.priorMediations, petitions: draft.petitions, escalationRisk: draft.escalationRisk,
            parties: parties, openedOn: draft.openedOn, deadline: draft.deadline)
        dispute.difficulty = draft.difficulty ?? Triage.proposeDifficulty(for: dispute)
        try dispute.validate()
        if let audit { try database.recordIntake(dispute, audit: audit) } else { try database.insertCases([dispute]) }
        return dispute
    }
}

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
        // Identity numbers are checked before the write; the numbers are issued inside it.
        var identities: [MaskedIdentityNumber?] = []
        var returning: [Party.ID] = []
        for entry in draft.parties {
            switch entry {
            case let .new(_, name, identityText, _, _):
                guard let identityText else {
                    identities.append(nil)
                    continue
                }
                guard let masked = MaskedIdentityNumber(identityText) else {
                    throw DomainError.invalid(record: "party \(name)", field: "identity",
                        reason: "\"\(identityText)\" is not an 18-character identity number")
                }
                identities.append(masked)
            case let .returning(id, _):
                returning.append(id)
            }
        }
        let newParties = identities.count
        return try database.recordIntake(year: draft.openedOn.year, newParties: newParties, returningParties: returning, audit: audit) {
            numbers in
            var newIDs = numbers.newPartyIDs.makeIterator(), newIdentities = identities.makeIterator()
            let parties = draft.parties.map { entry in
                switch entry {
                case let .new(kind, name, _, organisation, role):
                    let party = Party(id: newIDs.next()!, kind: kind, name: name, identity: newIdentities.next()!, organisation: organisation)
                    return CaseParty(party, role: role)
                case let .returning(id, role):
                    return CaseParty(numbers.returningParties[id]!, role: role)
                }
            }
            var dispute = DisputeCase(
                id: numbers.caseID, type: draft.type,
                difficulty: .ordinary, source: draft.source, referralNumber: draft.referralNumber, evidence: draft.evidence,
                communityID: draft.communityID,
                summary: draft.summary, amountYuan: draft.amountYuan, language: draft.language, allowsOnline: draft.allowsOnline,
                priorMediations: draft.priorMediations, petitions: draft.petitions, escalationRisk: draft.escalationRisk,
                parties: parties, openedOn: draft.openedOn, deadline: draft.deadline)
            dispute.difficulty = draft.difficulty ?? Triage.proposeDifficulty(for: dispute)
            do {
                try dispute.validate()
            } catch let DomainError.invalid(_, field, reason) {
                // The number is only issued if the case is stored, so the error names the case as the coordinator knows it.
                throw DomainError.invalid(record: "the new case", field: field, reason: reason)
            }
            return dispute
        }
    }
}

import Foundation

/// A dispute brought to the centre, from intake to its outcome.
public struct DisputeCase: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<DisputeCase>

    public var id: ID
    public var type: DisputeType
    public var difficulty: Difficulty
    public var source: CaseSource
    /// The police form number or the court's number of a referral.
    public var referralNumber: String?
    /// What a police referral hands over with the form (写明证据清单): statements, photos, the call record.
    public var evidence: [String]
    public var communityID: Area.ID
    public var summary: String
    /// The amount at stake, in yuan.
    public var amountYuan: Int?
    public var language: Language
    public var allowsOnline: Bool
    /// When the parties can come, as given at intake; empty when they can come whenever a venue is open.
    public var partyAvailability: [WeeklyWindow]
    /// Earlier mediations of the same matter that failed (a triage signal).
    public var priorMediations: Int
    /// Petitions (信访) lodged on the same matter (a triage signal).
    public var petitions: Int
    /// Threats, violence, self-harm or a risk of the dispute turning criminal.
    public var escalationRisk: Bool
    public var parties: [CaseParty]
    public var vetoes: [PartyVeto]
    public var openedOn: CalendarDay
    /// People's mediation normally closes within 30 days.
    public var deadline: CalendarDay
    public var status: CaseStatus
    public var outcome: CaseOutcome?
    public var satisfaction: Satisfaction?
    public var closedOn: CalendarDay?

    public init(
        id: ID, type: DisputeType, difficulty: Difficulty, source: CaseSource, referralNumber: String? = nil, evidence: [String] = [],
        communityID: Area.ID, summary: String, amountYuan: Int? = nil, language: Language = .mandarin,
        allowsOnline: Bool = false, partyAvailability: [WeeklyWindow] = [], priorMediations: Int = 0, petitions: Int = 0, escalationRisk: Bool = false,
        parties: [CaseParty], vetoes: [PartyVeto] = [], openedOn: CalendarDay, deadline: CalendarDay? = nil,
        status: CaseStatus = .intake, outcome: CaseOutcome? = nil, satisfaction: Satisfaction? = nil,
        closedOn: CalendarDay? = nil
    ) {
        self.id = id
        self.type = type
        self.difficulty = difficulty
        self.source = source
        self.referralNumber = referralNumber
        self.evidence = evidence
        self.communityID = communityID
        self.summary = summary
        self.amountYuan = amountYuan
        self.language = language
        self.partyAvailability = partyAvailability
        self.allowsOnline = allowsOnline
        self.priorMediations = priorMediations
        self.petitions = petitions
        self.escalationRisk = escalationRisk
        self.parties = parties
        self.vetoes = vetoes
        self.openedOn = openedOn
        self.deadline = deadline ?? openedOn.adding(days: DisputeCase.standardTermDays)
        self.status = status
        self.outcome = outcome
        self.satisfaction = satisfaction
        self.closedOn = closedOn
    }

    /// The usual term of a people's mediation, in days.
    public static let standardTermDays = 30

    public var isOpen: Bool { status != .closed }

    /// Open for longer than the standard term on `today`.
    public func isOverdue(on today: CalendarDay) -> Bool {
        isOpen && openedOn.days(until: today) > DisputeCase.standardTermDays
    }

    /// Checks the invariants a stored case must hold.
    public func validate() throws(DomainError) {
        let record = "case \(id)"
        if source.needsReferralNumber && (referralNumber ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalid(record: record, field: "referral_number", reason: "a \(source.rawValue) referral needs its number")
        }
        if !evidence.isEmpty && source != .policeReferral {
            throw .invalid(record: record, field: "evidence", reason: "only a police referral carries an evidence list")
        }
        if evidence.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.contains(";") }) {
            throw .invalid(record: record, field: "evidence", reason: "each evidence item needs text without \";\"")
        }
        try FieldBounds.checkText(summary, multiline: true, record: record, field: "summary")
        if let referralNumber { try FieldBounds.checkText(referralNumber, record: record, field: "referral_number") }
        for item in evidence { try FieldBounds.checkText(item, record: record, field: "evidence") }
        for entry in parties {
            try FieldBounds.checkText(entry.party.name, record: record, field: "parties")
            if let organisation = entry.party.organisation { try FieldBounds.checkText(organisation, record: record, field: "parties") }
        }
        if parties.isEmpty { throw .invalid(record: record, field: "parties", reason: "a case needs at least one party") }
        var seen = Set<Party.ID>()
        for party in parties where !seen.insert(party.party.id).inserted {
            throw .invalid(record: record, field: "parties", reason: "party \(party.party.id) is listed twice")
        }
        for veto in vetoes where !seen.contains(veto.partyID) {
            throw .invalid(record: record, field: "vetoes", reason: "party \(veto.partyID) is not a party to this case")
        }
        if let amountYuan { try FieldBounds.check(amountYuan, in: FieldBounds.amountYuan, record: record, field: "amount_yuan") }
        try FieldBounds.check(priorMediations, in: FieldBounds.count, record: record, field: "prior_mediations")
        try FieldBounds.check(petitions, in: FieldBounds.count, record: record, field: "petitions")
        try FieldBounds.check(openedOn, record: record, field: "opened_on")
        try FieldBounds.check(deadline, record: record, field: "deadline")
        if let closedOn { try FieldBounds.check(closedOn, record: record, field: "closed_on") }
        if deadline < openedOn {
            throw .invalid(record: record, field: "deadline", reason: "\(deadline) is before the case opened on \(openedOn)")
        }
        if status == .closed {
            guard outcome != nil, let closedOn else {
                throw .invalid(record: record, field: "outcome", reason: "a closed case needs an outcome and a closing date")
            }
            if closedOn < openedOn {
                throw .invalid(record: record, field: "closed_on", reason: "\(closedOn) is before the case opened on \(openedOn)")
            }
        } else if outcome != nil || satisfaction != nil || closedOn != nil {
            throw .invalid(record: record, field: "outcome", reason: "only a closed case has an outcome, a satisfaction or a closing date")
        }
    }
}

/// How a case reached the centre.
public enum CaseSource: String, CaseIterable, Sendable, Codable {
    case walkIn = "walk_in"
    /// Referred by the police (警调对接), with the form number.
    case policeReferral = "police"
    /// Referred by the court before litigation (诉调对接), with the court's number.
    case courtReferral = "court"
    case online
    case hotline

    public var needsReferralNumber: Bool { self == .policeReferral || self == .courtReferral }
}

/// The lifecycle of a case.
public enum CaseStatus: String, CaseIterable, Sendable, Codable {
    case intake, matching, assigned, scheduled
    case inMediation = "in_mediation"
    case closed
}

public enum CaseOutcome: String, CaseIterable, Sendable, Codable {
    case settled
    case notSettled = "not_settled"
    case withdrawn
    case referredToCourt = "referred_to_court"
}

/// The three-level follow-up answer: 满意 / 基本满意 / 不满意.
public enum Satisfaction: String, CaseIterable, Sendable, Codable {
    case satisfied
    case basicallySatisfied = "basically_satisfied"
    case dissatisfied
}

/// A party's place in one case.
public struct CaseParty: Hashable, Sendable, Codable {
    public enum Role: String, CaseIterable, Sendable, Codable {
        case applicant, respondent
        case thirdParty = "third_party"
    }

    public var party: Party
    public var role: Role

    public init(_ party: Party, role: Role) {
        self.party = party
        self.role = role
    }
}

/// A party's refusal of a named expert (the lead mediator must then be replaced).
public struct PartyVeto: Hashable, Sendable, Codable {
    public var partyID: Party.ID
    public var expertID: Expert.ID

    public init(partyID: Party.ID, expertID: Expert.ID) {
        self.partyID = partyID
        self.expertID = expertID
    }
}

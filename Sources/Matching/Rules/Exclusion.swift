import Domain

/// Why a hard rule keeps an expert off a seat, with the data that explains it.
public enum Exclusion: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The seat needs a role the expert does not hold.
    case lacksRole(required: ExpertRole, holds: [ExpertRole])
    case inactive
    case onLeave(from: CalendarDay, through: CalendarDay)
    case atCapacity(open: Int, limit: Int)
    /// The expert declared a relation to a party, or to a party's organisation.
    case declaredRelation(party: Party.ID, partyName: String, relation: DeclaredRelation.Nature, subject: String)
    /// The expert acted for or against a party within the lookback window.
    case actedForParty(party: Party.ID, partyName: String, caseID: DisputeCase.ID, on: CalendarDay)
    /// The seat needs one of these credentials.
    case missingCredential(required: [Credential])
    case vetoed(by: Party.ID, partyName: String)
    /// The expert already holds another seat of this case.
    case alreadySeated(seat: Int)
    /// The expert declined an offer for this case, or let it expire, so is not asked again.
    case declinedOffer(seat: Int, reason: String?)

    /// The hard rule that produced the exclusion.
    public var rule: HardRuleName {
        switch self {
        case .lacksRole: .role
        case .inactive, .onLeave: .activeAndPresent
        case .atCapacity: .capacity
        case .declaredRelation, .actedForParty: .conflictOfInterest
        case .missingCredential: .credential
        case .vetoed: .partyVeto
        case .alreadySeated: .oneSeatPerCase
        case .declinedOffer: .declinedOffer
        }
    }

    public var description: String {
        switch self {
        case let .lacksRole(required, holds):
            "the seat needs a \(required.rawValue) and they are \(holds.map(\.rawValue).joined(separator: " and "))"
        case .inactive:
            "they are marked inactive"
        case let .onLeave(from, through):
            "they are on leave from \(from) through \(through)"
        case let .atCapacity(open, limit):
            "they already hold \(open) of \(limit) open cases"
        case let .declaredRelation(party, partyName, relation, subject):
            "they declared a \(relation.rawValue) relation to \(subject), which ties them to party \(party) \(partyName)"
        case let .actedForParty(party, partyName, caseID, on):
            "they acted in case \(caseID) with party \(party) \(partyName) on \(on), within the conflict window"
        case let .missingCredential(required):
            "the seat needs one of \(required.map(\.rawValue).joined(separator: ", "))"
        case let .vetoed(party, partyName):
            "party \(party) \(partyName) vetoed them"
        case let .alreadySeated(seat):
            "they already hold seat \(seat) of this case"
        case let .declinedOffer(seat, reason):
            "they declined seat \(seat) of this case" + (reason.map { " (\($0))" } ?? "")
        }
    }
}

/// The hard rules, by name, in the order they are checked.
public enum HardRuleName: String, CaseIterable, Sendable, Codable {
    case role
    case activeAndPresent = "active_and_present"
    case capacity
    case conflictOfInterest = "conflict_of_interest"
    case credential
    case partyVeto = "party_veto"
    case oneSeatPerCase = "one_seat_per_case"
    case declinedOffer = "declined_offer"

    /// The rule's place in `allCases`, for per-rule tallies.
    var position: Int {
        switch self {
        case .role: 0
        case .activeAndPresent: 1
        case .capacity: 2
        case .conflictOfInterest: 3
        case .credential: 4
        case .partyVeto: 5
        case .oneSeatPerCase: 6
        case .declinedOffer: 7
        }
    }
}

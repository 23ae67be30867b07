import Domain

/// A rule that decides whether an expert may sit in a seat at all; it gives the reason when not.
protocol HardRule: Sendable {
    static var name: HardRuleName { get }
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts)
        -> Exclusion?
}

/// A seat as the hot path checks it: its role and required credentials as bit masks.
struct SeatScreen {
    let index: Int
    let roleBit: UInt32
    let credentialMask: UInt32

    init(_ seat: SeatRequirement, index: Int) {
        self.index = index
        roleBit = seat.role.bit
        credentialMask = seat.credentials.mask
    }
}

/// The seat needs a role the expert holds.
enum RoleRule: HardRule {
    static let name = HardRuleName.role
    static func excludes(roles: UInt32, seat: SeatScreen) -> Bool { roles & seat.roleBit == 0 }
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        guard excludes(roles: pool.roleMask[expert], seat: SeatScreen(seat, index: seatIndex)) else { return nil }
        return .lacksRole(required: seat.role, holds: pool.experts[expert].roles.sorted())
    }
}

/// The expert is active and not on leave today.
enum ActiveAndPresentRule: HardRule {
    static let name = HardRuleName.activeAndPresent
    static func excludes(active: Bool, onLeave: Bool) -> Bool { !active || onLeave }
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        let leave = pool.leaveToday[expert]
        guard excludes(active: pool.active[expert], onLeave: leave != nil) else { return nil }
        if let leave, pool.active[expert] { return .onLeave(from: leave.from, through: leave.through) }
        return .inactive
    }
}

/// The expert has capacity left (a seat they already hold on this case does not count twice).
enum CapacityRule: HardRule {
    static let name = HardRuleName.capacity
    static func excludes(open: Int, limit: Int, holdsSeatHere: Bool) -> Bool { open >= limit && !holdsSeatHere }
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        let open = pool.openCases[expert], limit = pool.capacity[expert]
        let holds = facts.isFlagged(expert) && facts.seated[expert] != nil
        return excludes(open: open, limit: limit, holdsSeatHere: holds) ? .atCapacity(open: open, limit: limit) : nil
    }
}

/// No declared relation to a party or a party's organisation, and no acting for or against a party
/// within the lookback window (both found once per case by `CaseFacts`).
enum ConflictOfInterestRule: HardRule {
    static let name = HardRuleName.conflictOfInterest
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        facts.isFlagged(expert) ? facts.conflicts[expert] : nil
    }
}

/// The expert holds a credential the seat requires for the case's difficulty.
enum CredentialRule: HardRule {
    static let name = HardRuleName.credential
    static func excludes(credentials: UInt32, seat: SeatScreen) -> Bool {
        seat.credentialMask != 0 && credentials & seat.credentialMask == 0
    }
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        guard excludes(credentials: pool.credentialMask[expert], seat: SeatScreen(seat, index: seatIndex)) else { return nil }
        return .missingCredential(required: seat.credentials.sorted())
    }
}

/// No party vetoed the expert.
enum PartyVetoRule: HardRule {
    static let name = HardRuleName.partyVeto
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        facts.isFlagged(expert) ? facts.vetoes[expert] : nil
    }
}

/// A person holds at most one seat of a case.
enum OneSeatPerCaseRule: HardRule {
    static let name = HardRuleName.oneSeatPerCase
    static func excludes(heldSeat: Int?, seat: SeatScreen) -> Bool { heldSeat.map { $0 != seat.index } ?? false }
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        let held = facts.isFlagged(expert) ? facts.seated[expert] : nil
        guard excludes(heldSeat: held, seat: SeatScreen(seat, index: seatIndex)), let held else { return nil }
        return .alreadySeated(seat: held)
    }
}

/// Nobody is offered a seat of a case again after declining one, or letting an offer expire.
enum DeclinedOfferRule: HardRule {
    static let name = HardRuleName.declinedOffer
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        facts.isFlagged(expert) ? facts.declined[expert] : nil
    }
}

/// The rules in the order they are checked.
enum HardRules {
    static let all: [any HardRule.Type] = [
        RoleRule.self, ActiveAndPresentRule.self, CapacityRule.self, ConflictOfInterestRule.self, CredentialRule.self,
        PartyVetoRule.self, OneSeatPerCaseRule.self, DeclinedOfferRule.self,
    ]

    /// The first rule that excludes `expert`, checked without existentials on the hot path.
    @inline(__always)
    static func firstExclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts)
        -> Exclusion?
    {
        RoleRule.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts)
            ?? ActiveAndPresentRule.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts)
            ?? CapacityRule.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts)
            ?? ConflictOfInterestRule.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts)
            ?? CredentialRule.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts)
            ?? PartyVetoRule.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts)
            ?? OneSeatPerCaseRule.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts)
            ?? DeclinedOfferRule.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts)
    }

    /// The first rule that excludes `expert`, by name only: the hot path of ranking, which reads flat
    /// arrays and builds no reasons. It checks the same predicates in the same order as `firstExclusion`.
    @inline(__always)
    static func firstExcludingRule(of expert: Int, in seat: SeatScreen, pool: ExpertPool, facts: CaseFacts) -> HardRuleName? {
        if RoleRule.excludes(roles: pool.roleMask[expert], seat: seat) { return .role }
        if ActiveAndPresentRule.excludes(active: pool.active[expert], onLeave: pool.onLeaveToday[expert]) { return .activeAndPresent }
        let flagged = facts.isFlagged(expert)
        if CapacityRule.excludes(open: pool.openCases[expert], limit: pool.capacity[expert], holdsSeatHere: flagged && facts.seated[expert] != nil) {
            return .capacity
        }
        if flagged && facts.conflicts[expert] != nil { return .conflictOfInterest }
        if CredentialRule.excludes(credentials: pool.credentialMask[expert], seat: seat) { return .credential }
        if flagged && facts.vetoes[expert] != nil { return .partyVeto }
        if flagged && OneSeatPerCaseRule.excludes(heldSeat: facts.seated[expert], seat: seat) { return .oneSeatPerCase }
        if flagged && facts.declined[expert] != nil { return .declinedOffer }
        return nil
    }

    /// Every rule that excludes `expert`, for "why not".
    static func allExclusions(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts)
        -> [Exclusion]
    {
        all.compactMap { $0.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts) }
    }
}

import Domain

/// A rule that decides whether an expert may sit in a seat at all; it gives the reason when not.
protocol HardRule: Sendable {
    static var name: HardRuleName { get }
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts)
        -> Exclusion?
}

/// The seat needs a role the expert holds.
enum RoleRule: HardRule {
    static let name = HardRuleName.role
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        let roles = pool.experts[expert].roles
        return roles.contains(seat.role) ? nil : .lacksRole(required: seat.role, holds: roles.sorted())
    }
}

/// The expert is active and not on leave today.
enum ActiveAndPresentRule: HardRule {
    static let name = HardRuleName.activeAndPresent
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        if !pool.experts[expert].isActive { return .inactive }
        if let leave = pool.leaveToday[expert] { return .onLeave(from: leave.from, through: leave.through) }
        return nil
    }
}

/// The expert has capacity left (a seat they already hold on this case does not count twice).
enum CapacityRule: HardRule {
    static let name = HardRuleName.capacity
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        let open = pool.histories[expert].openCases, limit = pool.experts[expert].capacity
        return open < limit || facts.seated[expert] != nil ? nil : .atCapacity(open: open, limit: limit)
    }
}

/// No declared relation to a party or a party's organisation, and no acting for or against a party
/// within the lookback window.
enum ConflictOfInterestRule: HardRule {
    static let name = HardRuleName.conflictOfInterest
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        facts.conflicts[expert]
    }
}

/// The expert holds a credential the seat requires for the case's difficulty.
enum CredentialRule: HardRule {
    static let name = HardRuleName.credential
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        guard !seat.credentials.isEmpty, seat.credentials.isDisjoint(with: pool.experts[expert].credentials) else { return nil }
        return .missingCredential(required: seat.credentials.sorted())
    }
}

/// No party vetoed the expert.
enum PartyVetoRule: HardRule {
    static let name = HardRuleName.partyVeto
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        facts.vetoes[expert]
    }
}

/// A person holds at most one seat of a case.
enum OneSeatPerCaseRule: HardRule {
    static let name = HardRuleName.oneSeatPerCase
    static func exclusion(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts) -> Exclusion? {
        guard let held = facts.seated[expert], held != seatIndex else { return nil }
        return .alreadySeated(seat: held)
    }
}

/// The rules in the order they are checked.
enum HardRules {
    static let all: [any HardRule.Type] = [
        RoleRule.self, ActiveAndPresentRule.self, CapacityRule.self, ConflictOfInterestRule.self, CredentialRule.self,
        PartyVetoRule.self, OneSeatPerCaseRule.self,
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
    }

    /// Every rule that excludes `expert`, for "why not".
    static func allExclusions(of expert: Int, for seat: SeatRequirement, seatIndex: Int, pool: ExpertPool, facts: CaseFacts)
        -> [Exclusion]
    {
        all.compactMap { $0.exclusion(of: expert, for: seat, seatIndex: seatIndex, pool: pool, facts: facts) }
    }
}

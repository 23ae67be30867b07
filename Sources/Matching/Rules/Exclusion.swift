import Domain

/// Why a hard rule keeps an expert off a seat, with the data that explains it.
public enum Exclusion: Hashable, Sendable, Codable, CustomStringConvertible, Explained {
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

    /// The exclusion as a clause ("they are on leave from … through …"), in `language`.
    public func text(in language: TextLanguage) -> String {
        switch self {
        case let .lacksRole(required, holds):
            let held = holds.map { $0.name(in: language) }
            return language.pick(zh: "此席位需要\(required.name(in: .zh))，其身份为\(language.list(held))",
                en: "the seat needs a \(required.name(in: .en)) and they are \(held.joined(separator: " and "))")
        case .inactive:
            return language.pick(zh: "其已被标记为停用", en: "they are marked inactive")
        case let .onLeave(from, through):
            return language.pick(zh: "其自\(from)至\(through)休假", en: "they are on leave from \(from) through \(through)")
        case let .atCapacity(open, limit):
            return language.pick(zh: "其已承办\(open)件在办案件，上限为\(limit)件", en: "they already hold \(open) of \(limit) open cases")
        case let .declaredRelation(party, partyName, relation, subject):
            return language.pick(zh: "其申报与\(subject)有\(relation.name(in: .zh))关系，与当事人\(party) \(partyName)存在关联",
                en: "they declared a \(relation.rawValue) relation to \(subject), which ties them to party \(party) \(partyName)")
        case let .actedForParty(party, partyName, caseID, on):
            return language.pick(zh: "其于\(on)在案件\(caseID)中与当事人\(party) \(partyName)有过代理或对立关系，尚在回避期内",
                en: "they acted in case \(caseID) with party \(party) \(partyName) on \(on), within the conflict window")
        case let .missingCredential(required):
            return language.pick(zh: "此席位需要以下资质之一：\(language.list(required.map { $0.name(in: .zh) }))",
                en: "the seat needs one of \(required.map(\.rawValue).joined(separator: ", "))")
        case let .vetoed(party, partyName):
            return language.pick(zh: "当事人\(party) \(partyName)申请其回避", en: "party \(party) \(partyName) vetoed them")
        case let .alreadySeated(seat):
            return language.pick(zh: "其已担任本案第\(seat)席", en: "they already hold seat \(seat) of this case")
        case let .declinedOffer(seat, reason):
            return language.pick(zh: "其已谢绝本案第\(seat)席" + (reason.map { "（\($0)）" } ?? ""),
                en: "they declined seat \(seat) of this case" + (reason.map { " (\($0))" } ?? ""))
        }
    }

    public var description: String { text(in: .en) }
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

    /// How many experts each rule excludes, most first: `capacity 3, role 2`.
    public static func tally(_ counts: [HardRuleName: Int], in language: TextLanguage) -> String {
        language.list(counts.sorted { ($1.value, $0.key.position) < ($0.value, $1.key.position) }.map { "\($0.key.name(in: language)) \($0.value)" })
    }

    /// The rule's name for a reader: its raw value in English, a short phrase in Chinese.
    public func name(in language: TextLanguage) -> String {
        guard language == .zh else { return rawValue }
        return switch self {
        case .role: "身份不符"
        case .activeAndPresent: "停用或休假"
        case .capacity: "已满负荷"
        case .conflictOfInterest: "利益冲突"
        case .credential: "缺少资质"
        case .partyVeto: "当事人申请回避"
        case .oneSeatPerCase: "已在本案任职"
        case .declinedOffer: "已谢绝本案"
        }
    }

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

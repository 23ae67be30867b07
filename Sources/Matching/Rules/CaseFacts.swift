import Domain

/// What the hard rules and the continuity term need to know about one case, looked up once per case
/// in the pool's indexes, so that checking an expert is a few dictionary probes.
struct CaseFacts: Sendable {
    let dispute: DisputeCase
    /// The first conflict of interest found per expert.
    var conflicts: [Int: Exclusion] = [:]
    var vetoes: [Int: Exclusion] = [:]
    /// How many of the case's parties each expert served within the continuity window, by pool index
    /// (empty when nobody did).
    var served: [UInt16] = []
    /// Seats of this case that experts already hold (live assignments).
    var seated: [Int: Int] = [:]
    /// Experts who declined an offer for this case or let one expire.
    var declined: [Int: Exclusion] = [:]
    /// Experts with a conflict, a veto or a seat here, so the hot path looks them up only then
    /// (empty when there are none).
    private(set) var flagged: [Bool] = []
    /// The distance term from each of the pool's communities to the case's.
    let distanceToCase: [Double]
    /// The language term of every expert for the case's language.
    let languageTerms: [Double]
    /// The case's community in the pool's community index, or -1.
    let community: Int
    /// The case's dispute type, by position in `DisputeType.allCases`.
    let typeIndex: Int

    init(dispute: DisputeCase, pool: ExpertPool, seated holders: [Int: Int] = [:], declined: [Int: Exclusion] = [:]) {
        self.dispute = dispute
        community = pool.communityIndex[dispute.communityID] ?? -1
        typeIndex = pool.typeIndex[dispute.type]!
        distanceToCase = community >= 0 ? pool.distance[community] : []
        languageTerms = pool.languageTerms[pool.languageIndex[dispute.language]!]
        seated = holders
        self.declined = declined
        let conflictStart = pool.today.adding(days: -pool.settings.conflictLookbackDays)
        let continuityStart = pool.today.adding(days: -pool.settings.continuityLookbackDays)

        for entry in dispute.parties {
            let party = entry.party
            for (key, subject) in RelationKey.keys(of: party) {
                for (expert, relation) in pool.relations[key] ?? [] where conflicts[expert] == nil {
                    conflicts[expert] = .declaredRelation(party: party.id, partyName: party.name, relation: relation.nature, subject: subject)
                }
            }
            for contact in pool.contacts[party.id] ?? [] {
                // A case is never its own history: a panel being refilled does not conflict with itself.
                if let lawyer = contact.lawyerSittings.latest(excluding: dispute.id), lawyer.day >= conflictStart,
                    conflicts[contact.expert] == nil
                {
                    conflicts[contact.expert] = .actedForParty(party: party.id, partyName: party.name, caseID: lawyer.caseID, on: lawyer.day)
                }
                if let sitting = contact.sittings.latest(excluding: dispute.id), sitting.day >= continuityStart {
                    if served.isEmpty { served = [UInt16](repeating: 0, count: pool.experts.count) }
                    served[contact.expert] += 1
                }
            }
        }
        for veto in dispute.vetoes {
            guard let expert = pool.index[veto.expertID] else { continue }
            let name = dispute.parties.first { $0.party.id == veto.partyID }?.party.name ?? ""
            vetoes[expert] = .vetoed(by: veto.partyID, partyName: name)
        }
        let marked = Set(conflicts.keys).union(vetoes.keys).union(seated.keys).union(declined.keys)
        if !marked.isEmpty {
            flagged = [Bool](repeating: false, count: pool.experts.count)
            for expert in marked { flagged[expert] = true }
        }
    }

    /// Whether the expert has a conflict, a veto or a seat on this case.
    @inline(__always)
    func isFlagged(_ expert: Int) -> Bool { !flagged.isEmpty && flagged[expert] }
}

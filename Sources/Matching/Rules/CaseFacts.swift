import Domain

/// What the hard rules and the continuity term need to know about one case, looked up once per case
/// in the pool's indexes, so that checking an expert is a few dictionary probes.
struct CaseFacts: Sendable {
    let dispute: DisputeCase
    /// The first conflict of interest found per expert.
    var conflicts: [Int: Exclusion] = [:]
    var vetoes: [Int: Exclusion] = [:]
    /// How many of the case's parties each expert served within the continuity window.
    var served: [Int: Int] = [:]
    /// Seats of this case that experts already hold (live assignments).
    var seated: [Int: Int] = [:]
    /// The case's community in the pool's community index, or -1.
    let community: Int

    init(dispute: DisputeCase, pool: ExpertPool, seated holders: [Int: Int] = [:]) {
        self.dispute = dispute
        community = pool.communityIndex[dispute.communityID] ?? -1
        seated = holders
        let conflictStart = pool.today.adding(days: -pool.settings.conflictLookbackDays)
        let continuityStart = pool.today.adding(days: -pool.settings.continuityLookbackDays)

        for entry in dispute.parties {
            let party = entry.party
            for (key, subject) in RelationKey.keys(of: party) {
                for (expert, relation) in pool.relations[key] ?? [] where conflicts[expert] == nil {
                    conflicts[expert] = .declaredRelation(party: party.id, partyName: party.name, relation: relation.nature, subject: subject)
                }
            }
            var servedHere = Set<Int>()
            for contact in pool.contacts[party.id] ?? [] where contact.caseID != dispute.id {
                if contact.role == .lawyer && contact.day >= conflictStart && conflicts[contact.expert] == nil {
                    conflicts[contact.expert] = .actedForParty(party: party.id, partyName: party.name, caseID: contact.caseID, on: contact.day)
                }
                if contact.day >= continuityStart && servedHere.insert(contact.expert).inserted {
                    served[contact.expert, default: 0] += 1
                }
            }
        }
        for veto in dispute.vetoes {
            guard let expert = pool.index[veto.expertID] else { continue }
            let name = dispute.parties.first { $0.party.id == veto.partyID }?.party.name ?? ""
            vetoes[expert] = .vetoed(by: veto.partyID, partyName: name)
        }
    }
}

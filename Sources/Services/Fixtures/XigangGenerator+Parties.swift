import Domain

extension GenerationState {
    /// The parties of a new case: an applicant and a respondent (an organisation where the type calls for one),
    /// sometimes a third party, a whole group for collective disputes; about one case in ten brings back
    /// a person from an earlier case.
    mutating func makeParties(type: DisputeType, group: Bool) -> [CaseParty] {
        var parties: [CaseParty] = []
        if !returningPool.isEmpty && random.chance(0.1) {
            parties.append(CaseParty(random.pick(returningPool), role: .applicant))
        } else {
            parties.append(CaseParty(newPerson(), role: .applicant))
        }
        if group {
            for _ in 0..<random.int(3...7) { parties.append(CaseParty(newPerson(), role: .applicant)) }
        }
        switch type {
        case .propertyManagement: parties.append(CaseParty(organisation(ChineseNames.propertyCompany(using: &random)), role: .respondent))
        case .labor, .consumer, .business: parties.append(CaseParty(organisation(ChineseNames.company(using: &random)), role: .respondent))
        case .medical: parties.append(CaseParty(organisation(random.pick(ChineseNames.hospitals)), role: .respondent))
        case .demolition: parties.append(CaseParty(organisation("大连\(random.pick(ChineseNames.brands))房地产开发有限公司"), role: .respondent))
        case .traffic:
            parties.append(CaseParty(newPerson(), role: .respondent))
            parties.append(CaseParty(organisation(random.pick(ChineseNames.insurers)), role: .thirdParty))
        default: parties.append(CaseParty(newPerson(), role: .respondent))
        }
        if random.chance(0.08) && !group { parties.append(CaseParty(newPerson(), role: .thirdParty)) }
        for entry in parties where entry.party.kind == .person && random.chance(0.5) {
            if returningIDs.insert(entry.party.id).inserted { returningPool.append(entry.party) }
        }
        return parties
    }

    mutating func newPerson() -> Party {
        let employer: String? = random.chance(0.2) ? ChineseNames.company(using: &random) : nil
        return Party(id: nextPartyID(), kind: .person, name: ChineseNames.person(using: &random), identity: maskedIdentity(),
            organisation: employer)
    }

    /// The registered organisation of this name, so that every case against it names the same party.
    mutating func organisation(_ name: String) -> Party {
        if let known = organisations[name] { return known }
        let party = Party(id: nextPartyID(), kind: .organisation, name: name)
        organisations[name] = party
        return party
    }
}

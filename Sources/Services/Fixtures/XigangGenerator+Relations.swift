import Domain

extension GenerationState {
    /// Declared relations and vetoes that make the hard rules matter in the demo: experts related to parties of
    /// cases still waiting for a panel (the likely candidates: the community's mediator, a lawyer of the type),
    /// lawyers who act for organisations that are respondents, parties who refuse their community's mediator,
    /// and unrelated ties for realism.
    mutating func declareRelationsAndVetoes() {
        let pools = ExpertPools(experts: experts)
        let waiting = cases.indices.filter { [.intake, .matching].contains(cases[$0].status) }

        for index in random.sample(waiting, count: 15 * scale) {
            let dispute = cases[index]
            let candidates = (pools.communityMediators[dispute.communityID] ?? [])
                + (pools.lawyersByType[dispute.type] ?? []).prefix(3)
            guard !candidates.isEmpty else { continue }
            let expertID = random.pick(candidates)
            let party = random.pick(dispute.parties).party
            let relation: DeclaredRelation = party.kind == .person
                ? DeclaredRelation(.person(name: party.name, identity: party.identity),
                    nature: random.pick([.relative, .friend, .neighbour, .colleague]))
                : DeclaredRelation(.organisation(name: party.name), nature: random.pick([.employer, .client, .business]))
            experts[expertIndex[expertID]!].relations.append(relation)
        }

        let respondents = organisationsInOrder()
        for name in random.sample(respondents, count: min(respondents.count, 6 * scale)) {
            guard let lawyer = pools.lawyers.isEmpty ? nil : random.pick(pools.lawyers) else { continue }
            experts[expertIndex[lawyer]!].relations.append(DeclaredRelation(.organisation(name: name), nature: .client))
        }

        for index in experts.indices where random.chance(0.25) {
            let subject: DeclaredRelation.Subject = random.chance(0.6)
                ? .person(name: ChineseNames.person(using: &random), identity: maskedIdentity())
                : .organisation(name: ChineseNames.company(using: &random))
            let nature: DeclaredRelation.Nature = if case .person = subject { random.pick([.relative, .friend]) } else { .employer }
            experts[index].relations.append(DeclaredRelation(subject, nature: nature))
        }

        for index in random.sample(waiting, count: 12 * scale) {
            let dispute = cases[index]
            guard let mediator = (pools.communityMediators[dispute.communityID] ?? []).first,
                let party = dispute.parties.first(where: { $0.party.kind == .person })?.party,
                !dispute.vetoes.contains(where: { $0.expertID == mediator })
            else { continue }
            cases[index].vetoes.append(PartyVeto(partyID: party.id, expertID: mediator))
        }
    }

    /// Organisation names in the order they were first registered.
    private func organisationsInOrder() -> [String] {
        organisations.values.sorted { $0.id < $1.id }.map(\.name)
    }
}

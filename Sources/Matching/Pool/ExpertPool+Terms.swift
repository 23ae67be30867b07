import Domain

extension ExpertPool {
    /// The value of a case-independent term for an expert in a seat of the given role.
    func staticTerm(_ term: ScoreTermName, expert: Int, roleIndex: Int) -> Double {
        switch term {
        case .trackRecord: trackRecord[expert]
        case .fairness: fairness[expert][roleIndex]
        case .availability: availability[expert]
        case .strain: StrainTerm.value(strain: histories[expert].strain)
        default: preconditionFailure("\(term) depends on the case")
        }
    }

    /// The value of a term that depends on the case, for an expert in a seat of `role`.
    @inline(__always)
    func caseTerm(_ term: ScoreTermName, expert: Int, role: ExpertRole, facts: CaseFacts) -> Double {
        let person = experts[expert]
        switch term {
        case .specialty:
            return SpecialtyTerm.value(level: person.level(in: facts.dispute.type))
        case .load:
            return LoadTerm.value(open: histories[expert].openCases, capacity: person.capacity)
        case .distance:
            let home = homeCommunity[expert]
            return home >= 0 && facts.community >= 0 ? distance[home][facts.community] : 0
        case .language:
            return LanguageTerm.value(speaks: person.languages, needed: facts.dispute.language)
        case .continuity:
            guard !facts.served.isEmpty else { return 0 }
            return ContinuityTerm.value(servedParties: facts.served[expert] ?? 0, of: facts.dispute.parties.count)
        case .communityAdviser:
            return CommunityAdviserTerm.value(advises: person.advisesCommunityID, caseCommunity: facts.dispute.communityID, seat: role)
        default:
            return staticTerm(term, expert: expert, roleIndex: role.position)
        }
    }

    /// Every term's value for an expert in a seat of `role`.
    func terms(expert: Int, role: ExpertRole, facts: CaseFacts) -> [ScoreTermName: Double] {
        Dictionary(uniqueKeysWithValues: ScoreTermName.allCases.map { ($0, caseTerm($0, expert: expert, role: role, facts: facts)) })
    }
}

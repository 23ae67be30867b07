import Domain

extension ExpertPool {
    /// The value of a case-independent term for an expert in a seat of the given role.
    func staticTerm(_ term: ScoreTermName, expert: Int, roleIndex: Int) -> Double {
        switch term {
        case .trackRecord: trackRecord[expert]
        case .fairness: fairness[expert][roleIndex]
        case .availability: availability[expert]
        case .strain: strain[expert]
        default: preconditionFailure("\(term) depends on the case")
        }
    }

    /// The value of a term that depends on the case, for an expert in a seat of `role`.
    @inline(__always)
    func caseTerm(_ term: ScoreTermName, expert: Int, role: ExpertRole, facts: CaseFacts) -> Double {
        switch term {
        case .specialty:
            return specialtyTerms[expert * typeCount + facts.typeIndex]
        case .load:
            return loadTerms[expert]
        case .distance:
            let home = homeCommunity[expert]
            return home >= 0 && !facts.distanceToCase.isEmpty ? facts.distanceToCase[home] : 0
        case .language:
            return facts.languageTerms[expert]
        case .continuity:
            guard !facts.served.isEmpty else { return 0 }
            return ContinuityTerm.value(servedParties: Int(facts.served[expert]), of: facts.dispute.parties.count)
        case .communityAdviser:
            let advises = adviserCommunity[expert]
            return CommunityAdviserTerm.value(advises: advises >= 0 ? advises : nil, caseCommunity: facts.community, seat: role)
        default:
            return staticTerm(term, expert: expert, roleIndex: role.position)
        }
    }

    /// Every term's value for an expert in a seat of `role`, in `ScoreTermName.allCases` order.
    func terms(expert: Int, role: ExpertRole, facts: CaseFacts) -> [Double] {
        ScoreTermName.allCases.map { caseTerm($0, expert: expert, role: role, facts: facts) }
    }
}

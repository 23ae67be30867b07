import Domain

/// The experts of the data set grouped the way panels are drawn from them, in ID order.
struct ExpertPools {
    var communityMediators: [Area.ID: [Expert.ID]] = [:]
    var leadMediators: [Expert.ID] = []
    var otherMediators: [Expert.ID] = []
    var lawyersByType: [DisputeType: [Expert.ID]] = [:]
    var lawyers: [Expert.ID] = []
    var psychologists: [Expert.ID] = []
    var seniorPanelists: [Expert.ID] = []
    /// A few people who take more than their share, so that some are at capacity.
    var busy: Set<Expert.ID> = []

    init(experts: [Expert]) {
        for expert in experts {
            if expert.roles.contains(.mediator) {
                if expert.capacity >= 8 || expert.roles.contains(.panelist) {
                    leadMediators.append(expert.id)
                } else if expert.capacity >= 4 {
                    communityMediators[expert.homeCommunityID, default: []].append(expert.id)
                } else {
                    otherMediators.append(expert.id)
                }
            }
            if expert.roles.contains(.lawyer) {
                lawyers.append(expert.id)
                for specialty in expert.specialties where specialty.level >= 2 {
                    lawyersByType[specialty.type, default: []].append(expert.id)
                }
            }
            if expert.roles.contains(.psychologist) { psychologists.append(expert.id) }
            if expert.roles.contains(.panelist)
                && !expert.credentials.isDisjoint(with: [.retiredJudge, .goldMedalMediator, .provincialMeritoriousMediator])
            {
                seniorPanelists.append(expert.id)
            }
        }
    }
}

extension GenerationState {
    /// A plausible panel: a lead mediator (the community's own for ordinary cases), a lawyer of the type's
    /// specialty for hard cases, a psychologist for hard family and neighbour cases, an expert-pool member for
    /// major ones. Open cases respect capacity, leave and vetoes; a busy few are preferred, so some fill up.
    mutating func choosePanel(for dispute: DisputeCase, pools: inout ExpertPools, openLoad: inout [Expert.ID: Int])
        -> [(ExpertRole, Expert.ID)]
    {
        if pools.busy.isEmpty {
            let picks = random.sample(pools.lawyers, count: 6 * scale) + random.sample(pools.psychologists, count: 3 * scale)
                + random.sample(pools.otherMediators, count: 3 * scale)
            pools.busy = Set(picks)
        }
        let hard = dispute.difficulty != .ordinary
        var seats: [(ExpertRole, [Expert.ID])] = []
        let local = pools.communityMediators[dispute.communityID] ?? []
        if !hard && !local.isEmpty && random.chance(0.6) {
            seats.append((.mediator, local))
        } else {
            seats.append((.mediator, hard ? pools.leadMediators : pools.leadMediators + pools.otherMediators))
        }
        if hard || random.chance(0.25) {
            seats.append((.lawyer, pools.lawyersByType[dispute.type].flatMap { $0.isEmpty ? nil : $0 } ?? pools.lawyers))
        }
        if [.marriageFamily, .neighbor].contains(dispute.type) && (dispute.difficulty == .major || (hard && random.chance(0.5))) {
            seats.append((.psychologist, pools.psychologists))
        }
        if dispute.difficulty == .major { seats.append((.panelist, pools.seniorPanelists)) }

        var panel: [(ExpertRole, Expert.ID)] = []
        for (role, candidates) in seats {
            var eligible = candidates.filter { id in !panel.contains { $0.1 == id } }
            if dispute.isOpen {
                eligible = eligible.filter { isFree($0, load: openLoad, dispute: dispute) }
                let busy = eligible.filter { pools.busy.contains($0) }
                if !busy.isEmpty && random.chance(0.6) { eligible = busy }
            }
            guard !eligible.isEmpty else { continue }
            let chosen = random.pick(eligible)
            panel.append((role, chosen))
            if dispute.isOpen { openLoad[chosen, default: 0] += 1 }
        }
        return panel
    }

    private func isFree(_ id: Expert.ID, load: [Expert.ID: Int], dispute: DisputeCase) -> Bool {
        let expert = experts[expertIndex[id]!]
        return expert.isActive && expert.leave(on: asOf) == nil && load[id, default: 0] < expert.capacity
            && !dispute.vetoes.contains { $0.expertID == id }
    }
}

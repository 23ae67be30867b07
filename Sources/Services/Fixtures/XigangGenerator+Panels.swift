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

    /// Whom a seat of `role` of `dispute` is drawn from: lead mediators for hard cases, lawyers of the
    /// dispute's specialty, and so on.
    func drawn(for role: ExpertRole, of dispute: DisputeCase) -> [Expert.ID] {
        switch role {
        case .mediator:
            dispute.difficulty == .ordinary ? leadMediators + otherMediators + (communityMediators[dispute.communityID] ?? []) : leadMediators
        case .lawyer: lawyersByType[dispute.type].flatMap { $0.isEmpty ? nil : $0 } ?? lawyers
        case .psychologist: psychologists
        case .panelist: seniorPanelists
        }
    }

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

extension GenerationState {
    /// Gives every case waiting to be scheduled a panel that can meet its parties within the scheduling
    /// horizon, as a coordinator using the product would have: a panel drawn before the parties said when they
    /// can come, and that now cannot meet, has one seat changed to someone of the same role who is free with
    /// the rest. Drawn from its own seeded sequence, so the rest of the data set does not change with it.
    mutating func seatPanelsThatCanMeet() {
        var random = SeededRandom(seed: options.seed &* 0x2545_F491 &+ 0x5EA7)
        let policy = SchedulingPolicy()
        let now = asOf.start(in: policy.timeZone).addingTimeInterval(8 * 3600)
        let book = FreeTimeBook(now: now, days: policy.horizonDays, policy: policy, experts: experts, venues: venues, areas: areas, sessions: [])
        let pools = ExpertPools(experts: experts)
        var load: [Expert.ID: Int] = [:]
        let open = Set(cases.filter(\.isOpen).map(\.id))
        for assignment in assignments where open.contains(assignment.caseID) { load[assignment.expertID, default: 0] += 1 }
        let seatsOf = Dictionary(grouping: assignments.indices, by: { assignments[$0].caseID })
        for dispute in cases where dispute.status == .assigned {
            let seats = (seatsOf[dispute.id] ?? []).sorted { assignments[$0].seat < assignments[$1].seat }
            let need = book.need(for: dispute, panelSize: seats.count)
            func meets(_ panel: [Expert.ID]) -> Bool {
                need.canMeet(panel.reduce(into: FreeTime.always(days: book.grid.days)) { $0.formIntersection(book.experts[$1]!.free) })
            }
            let panel = seats.map { assignments[$0].expertID }
            guard !meets(panel) else { continue }
            func seat(_ position: Int, _ chosen: Expert.ID) {
                load[assignments[seats[position]].expertID, default: 0] -= 1
                load[chosen, default: 0] += 1
                assignments[seats[position]].expertID = chosen
            }
            func fitting(_ position: Int, with others: [Expert.ID], avoiding: [Expert.ID]) -> [Expert.ID] {
                pools.drawn(for: assignments[seats[position]].role, of: dispute).filter { id in
                    !avoiding.contains(id) && isFree(id, load: load, dispute: dispute) && meets(others + [id])
                }
            }
            func rest(_ position: Int) -> [Expert.ID] { panel.enumerated().compactMap { $0.offset == position ? nil : $0.element } }
            // One seat changed, the last that can be; else the panel drawn again seat by seat, each free with those before.
            if let position = seats.indices.reversed().first(where: { !fitting($0, with: rest($0), avoiding: panel).isEmpty }) {
                seat(position, random.pick(fitting(position, with: rest(position), avoiding: panel)))
                continue
            }
            var drawn: [Expert.ID] = []
            for position in seats.indices {
                let choices = fitting(position, with: drawn, avoiding: drawn)
                guard !choices.isEmpty else { break }
                drawn.append(random.pick(choices))
            }
            guard drawn.count == seats.count else { continue }
            for (position, id) in drawn.enumerated() { seat(position, id) }
        }
    }
}

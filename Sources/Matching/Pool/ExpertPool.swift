import Domain

/// Everything the matcher needs about the experts on one day, precomputed once so that ranking a case
/// among thousands of experts is a pass over flat arrays.
///
/// ```swift
/// let pool = ExpertPool(experts: experts, cases: cases, assignments: assignments, areas: areas,
///                       settings: profile.rules, today: today)
/// let recommendation = Recommender(pool: pool, weights: profile, panels: .defaults).recommend(for: dispute)
/// ```
public struct ExpertPool: Sendable {
    public let today: CalendarDay
    public let settings: HardRuleSettings
    public let experts: [Expert]
    public let index: [Expert.ID: Int]
    public let histories: [ExpertHistory]
    /// Open cases per expert; a replay or a batch adds the seats it hands out.
    public internal(set) var openCases: [Int]
    // Flat copies of what the hot path reads, so ranking never copies an `Expert`.
    let roleMask: [UInt32]
    let credentialMask: [UInt32]
    let active: [Bool]
    let capacity: [Int]
    let typeCount = DisputeType.allCases.count
    let typeIndex = Dictionary(uniqueKeysWithValues: DisputeType.allCases.enumerated().map { ($1, $0) })
    let languageIndex = Dictionary(uniqueKeysWithValues: Language.allCases.enumerated().map { ($1, $0) })
    /// The community each expert advises, by index into the pool's communities, or -1.
    let adviserCommunity: [Int]
    let strain: [Double]
    // Term values that need no case beyond its type or language, computed once (no division when ranking).
    /// The specialty term per expert and dispute type, `specialtyTerms[expert * typeCount + type]`.
    let specialtyTerms: [Double]
    /// The language term per language (`Language.allCases` order), then per expert.
    let languageTerms: [[Double]]
    /// The load term per expert, kept in step with `openCases`.
    public internal(set) var loadTerms: [Double]
    /// Every party's contacts with experts within the longest lookback, one entry per expert.
    let contacts: [Party.ID: [PartyContact]]
    /// Experts by role, in ID order.
    let byRole: [ExpertRole: [Int]]
    /// Declared relations by subject key (see `RelationKey`), with the expert and the relation.
    let relations: [String: [(expert: Int, relation: DeclaredRelation)]]
    /// The leave period covering today, per expert.
    let leaveToday: [LeavePeriod?]
    let onLeaveToday: [Bool]
    /// Case-independent term values per expert.
    let trackRecord: [Double]
    let availability: [Double]
    /// The fairness term per expert and seat role (`ExpertRole` order).
    let fairness: [[Double]]
    let areas: AreaDirectory
    /// The community each expert lives in, by index into `communities`, or -1.
    let homeCommunity: [Int]
    let communityIndex: [Area.ID: Int]
    /// `distance[i][j]`: the distance term between communities i and j.
    let distance: [[Double]]

    public init(
        experts unsorted: [Expert], cases: [DisputeCase], assignments: [Assignment], areas: AreaDirectory,
        settings: HardRuleSettings, today: CalendarDay
    ) {
        let experts = unsorted.sorted { $0.id < $1.id }
        self.today = today
        self.settings = settings
        self.experts = experts
        self.areas = areas
        index = Dictionary(uniqueKeysWithValues: experts.enumerated().map { ($1.id, $0) })
        let built = HistoryBuilder.build(experts: index, cases: cases, assignments: assignments, today: today, settings: settings)
        histories = built.histories
        contacts = built.contacts
        openCases = histories.map(\.openCases)
        roleMask = experts.map { $0.roles.mask }
        credentialMask = experts.map { $0.credentials.mask }
        active = experts.map(\.isActive)
        capacity = experts.map(\.capacity)
        let types = DisputeType.allCases
        strain = histories.map { StrainTerm.value(strain: $0.strain) }
        specialtyTerms = experts.flatMap { expert in types.map { SpecialtyTerm.value(level: expert.level(in: $0)) } }
        let masks = experts.map { $0.languages.mask }
        languageTerms = Language.allCases.map { language in masks.map { LanguageTerm.value(speaks: $0, needed: language) } }
        loadTerms = zip(openCases, capacity).map { LoadTerm.value(open: $0, capacity: $1) }

        var byRole: [ExpertRole: [Int]] = [:]
        var relations: [String: [(expert: Int, relation: DeclaredRelation)]] = [:]
        for (position, expert) in experts.enumerated() {
            for role in ExpertRole.allCases where expert.roles.contains(role) { byRole[role, default: []].append(position) }
            for relation in expert.relations { relations[RelationKey.of(relation.subject), default: []].append((position, relation)) }
        }
        self.byRole = byRole
        self.relations = relations
        leaveToday = experts.map { $0.leave(on: today) }
        onLeaveToday = leaveToday.map { $0 != nil }

        let communities = areas.communities
        communityIndex = Dictionary(uniqueKeysWithValues: communities.enumerated().map { ($1.id, $0) })
        homeCommunity = experts.map { [communityIndex] in communityIndex[$0.homeCommunityID] ?? -1 }
        adviserCommunity = experts.map { [communityIndex] in $0.advisesCommunityID.flatMap { communityIndex[$0] } ?? -1 }
        distance = communities.map { from in communities.map { to in DistanceTerm.value(from: from, to: to, areas: areas) } }

        let statistics = TrackRecordTerm.Population(histories)
        trackRecord = histories.map { TrackRecordTerm.value($0, population: statistics) }
        availability = experts.map { AvailabilityTerm.value($0, from: today) }
        fairness = FairnessTerm.values(experts: experts, histories: histories, settings: settings, today: today)
    }

    public func expert(_ id: Expert.ID) -> Expert? { index[id].map { experts[$0] } }

    /// Records that the expert at `position` took one more open case (for replays and batches).
    mutating func addOpenCase(_ position: Int) {
        openCases[position] += 1
        loadTerms[position] = LoadTerm.value(open: openCases[position], capacity: capacity[position])
    }
}

/// How declared relations and parties meet: a person by name and masked identity (or by name alone when
/// the relation gives no identity), an organisation by name.
enum RelationKey {
    static func of(_ subject: DeclaredRelation.Subject) -> String {
        switch subject {
        case let .person(name, identity): "p|\(name)|\(identity?.text ?? "")"
        case let .organisation(name): "o|\(name)"
        }
    }

    /// The keys under which a relation to `party` may have been declared, with what each names.
    static func keys(of party: Party) -> [(key: String, subject: String)] {
        var keys: [(String, String)] = []
        switch party.kind {
        case .person:
            keys.append(("p|\(party.name)|", party.name))
            if let identity = party.identity { keys.append(("p|\(party.name)|\(identity.text)", party.name)) }
            if let organisation = party.organisation { keys.append(("o|\(organisation)", organisation)) }
        case .organisation:
            keys.append(("o|\(party.name)", party.name))
        }
        return keys
    }
}

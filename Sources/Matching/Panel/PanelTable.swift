import Domain

/// The seats a case needs, by dispute type and difficulty. Administrators edit it; `defaults` is the
/// table a new deployment starts with.
public struct PanelTable: Sendable {
    private var entries: [Key: [SeatRequirement]]

    struct Key: Hashable {
        var type: DisputeType
        var difficulty: Difficulty
    }

    public init(_ requirements: [PanelRequirement]) {
        entries = Dictionary(requirements.map { (Key(type: $0.type, difficulty: $0.difficulty), $0.seats) },
            uniquingKeysWith: { _, last in last })
    }

    /// The seats of a case of `type` and `difficulty`; a lone mediator when the table has no row for it.
    public func seats(for type: DisputeType, _ difficulty: Difficulty) -> [SeatRequirement] {
        entries[Key(type: type, difficulty: difficulty)] ?? [SeatRequirement(.mediator)]
    }

    public var requirements: [PanelRequirement] {
        entries.map { PanelRequirement(type: $0.key.type, difficulty: $0.key.difficulty, seats: $0.value) }
            .sorted { ($0.type, $0.difficulty) < ($1.type, $1.difficulty) }
    }

    /// Where the law is the heart of the dispute, even an ordinary case gets a lawyer beside the mediator.
    public static let legalTypes: Set<DisputeType> = [
        .housingLand, .contract, .business, .damages, .forestLand, .demolition, .labor, .medical, .traffic,
    ]
    /// Where feelings run high, a hard case gets a psychologist.
    public static let emotionalTypes: Set<DisputeType> = [.marriageFamily, .neighbor]
    /// Where a technical field decides the case, a hard case gets an expert-pool member of that field.
    public static let technicalTypes: Set<DisputeType> = [.medical, .demolition, .environment, .traffic]
    /// The standing a senior seat on a major case needs.
    public static let seniorCredentials: Set<Credential> = [.retiredJudge, .goldMedalMediator, .provincialMeritoriousMediator]

    /// The default table, argued from DOMAIN.md:
    /// - ordinary: the mediator alone (community mediation), with a lawyer for the legal types
    ///   (legal-aid rules match on specialty);
    /// - difficult: mediator and lawyer, a psychologist for family and neighbour disputes, an expert-pool
    ///   member for medical, demolition, environment and traffic;
    /// - major: a consultation (会商) of 3–5: a senior lead mediator, a lawyer and an expert-pool member
    ///   who is a retired judge or a gold-medal or meritorious mediator, plus a psychologist for family and
    ///   neighbour disputes.
    public static var defaults: PanelTable {
        var requirements: [PanelRequirement] = []
        for type in DisputeType.allCases {
            requirements.append(PanelRequirement(type: type, difficulty: .ordinary,
                seats: [SeatRequirement(.mediator)] + (legalTypes.contains(type) ? [SeatRequirement(.lawyer)] : [])))
            var difficult = [SeatRequirement(.mediator), SeatRequirement(.lawyer)]
            if emotionalTypes.contains(type) { difficult.append(SeatRequirement(.psychologist)) }
            if technicalTypes.contains(type) { difficult.append(SeatRequirement(.panelist)) }
            requirements.append(PanelRequirement(type: type, difficulty: .difficult, seats: difficult))
            var major = [
                SeatRequirement(.mediator, credentials: seniorCredentials.union([.seniorMediator])),
                SeatRequirement(.lawyer),
                SeatRequirement(.panelist, credentials: seniorCredentials),
            ]
            if emotionalTypes.contains(type) { major.append(SeatRequirement(.psychologist)) }
            requirements.append(PanelRequirement(type: type, difficulty: .major, seats: major))
        }
        return PanelTable(requirements)
    }
}

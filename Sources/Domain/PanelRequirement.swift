/// The seats a case of one type and difficulty needs, from an editable table.
public struct PanelRequirement: Hashable, Sendable, Codable {
    public var type: DisputeType
    public var difficulty: Difficulty
    public var seats: [SeatRequirement]

    public init(type: DisputeType, difficulty: Difficulty, seats: [SeatRequirement]) {
        self.type = type
        self.difficulty = difficulty
        self.seats = seats
    }

    public func validate() throws(DomainError) {
        let record = "panel requirement \(type.code)/\(difficulty.rawValue)"
        guard !seats.isEmpty else { throw .invalid(record: record, field: "seats", reason: "a panel needs at least one seat") }
        guard seats.first?.role == .mediator else {
            throw .invalid(record: record, field: "seats", reason: "the first seat is the lead mediator's")
        }
    }
}

/// One seat of a panel: the role it needs and, optionally, a credential its holder must have.
public struct SeatRequirement: Hashable, Sendable, Codable {
    public var role: ExpertRole
    /// When set, only experts holding one of these credentials may sit.
    public var credentials: Set<Credential>

    public init(_ role: ExpertRole, credentials: Set<Credential> = []) {
        self.role = role
        self.credentials = credentials
    }
}

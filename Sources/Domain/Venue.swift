/// A place where a consultation can be held, or the online room.
public struct Venue: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Venue>

    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// The district public legal service centre.
        case centre
        /// A subdistrict workstation.
        case station
        /// A community mediation room.
        case communityRoom = "community_room"
        /// A mediation room at a police station (警调对接).
        case policeRoom = "police_room"
        case online
    }

    public var id: ID
    public var kind: Kind
    public var name: String
    /// The community, subdistrict or district the venue belongs to.
    public var areaID: Area.ID
    public var address: String
    /// Nil only for the online room.
    public var coordinate: Coordinate?
    /// Seats around the table; nil for the online room, which has no limit.
    public var capacity: Int?
    public var openingHours: [WeeklyWindow]

    public init(
        id: ID, kind: Kind, name: String, areaID: Area.ID, address: String, coordinate: Coordinate?,
        capacity: Int?, openingHours: [WeeklyWindow]
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.areaID = areaID
        self.address = address
        self.coordinate = coordinate
        self.capacity = capacity
        self.openingHours = openingHours
    }

    public var isOnline: Bool { kind == .online }

    /// Checks the invariants a stored venue must hold.
    public func validate() throws(DomainError) {
        try FieldBounds.checkText(name, record: "venue \(id)", field: "name")
        try FieldBounds.checkText(address, record: "venue \(id)", field: "address")
        if isOnline {
            guard coordinate == nil, capacity == nil else {
                throw .invalid(record: "venue \(id)", field: "kind", reason: "an online venue has no coordinates and no seat limit")
            }
        } else {
            guard coordinate != nil else {
                throw .invalid(record: "venue \(id)", field: "latitude", reason: "a physical venue needs coordinates")
            }
            guard let capacity, capacity > 0 else {
                throw .invalid(record: "venue \(id)", field: "capacity", reason: "a physical venue needs at least one seat")
            }
        }
    }
}

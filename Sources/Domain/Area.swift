/// A district, subdistrict (街道) or community (社区), keyed by its statistical code.
public struct Area: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Area>

    public enum Level: String, CaseIterable, Sendable, Codable {
        case district, subdistrict, community
    }

    public var id: ID
    public var level: Level
    /// The enclosing area; nil only for the district.
    public var parentID: ID?
    public var nameZh: String
    public var pinyin: String
    public var coordinate: Coordinate
    /// True when the name or location was made up for the fixtures rather than taken from a source.
    public var isSynthetic: Bool

    public init(
        id: ID, level: Level, parentID: ID?, nameZh: String, pinyin: String, coordinate: Coordinate,
        isSynthetic: Bool = false
    ) {
        self.id = id
        self.level = level
        self.parentID = parentID
        self.nameZh = nameZh
        self.pinyin = pinyin
        self.coordinate = coordinate
        self.isSynthetic = isSynthetic
    }

    /// Checks the invariants a stored area must hold: names of plain text.
    public func validate() throws(DomainError) {
        try FieldBounds.checkText(nameZh, record: "area \(id)", field: "name_zh")
        try FieldBounds.checkText(pinyin, record: "area \(id)", field: "pinyin")
    }
}

/// The area tree of one deployment, for "same community, same subdistrict" questions.
public struct AreaDirectory: Sendable {
    public let areas: [Area.ID: Area]

    public init(_ areas: [Area]) {
        self.areas = Dictionary(areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(id: Area.ID) -> Area? { areas[id] }

    /// The subdistrict that holds `id` (itself when it is a subdistrict).
    public func subdistrict(of id: Area.ID) -> Area.ID? {
        var current = areas[id]
        while let area = current {
            if area.level == .subdistrict { return area.id }
            current = area.parentID.flatMap { areas[$0] }
        }
        return nil
    }

    public var communities: [Area] { areas.values.filter { $0.level == .community }.sorted { $0.id < $1.id } }
    public var subdistricts: [Area] { areas.values.filter { $0.level == .subdistrict }.sorted { $0.id < $1.id } }
}

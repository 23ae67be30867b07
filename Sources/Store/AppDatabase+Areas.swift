import Domain
import GRDB

extension AppDatabase {
    /// Stores new areas; fails, storing none, when one is already there.
    public func insertAreas(_ areas: [Area]) throws {
        try write { db in try AreaTable.insert(areas, db) }
    }

    public func areas() throws -> [Area] {
        try writer.read { db in try AreaTable.fetchAll(db) }
    }

    /// Stores new venues; fails, storing none, when one is already there or names an unknown area.
    public func insertVenues(_ venues: [Venue]) throws {
        try write { db in try VenueTable.insert(venues, db) }
    }

    public func venues() throws -> [Venue] {
        try writer.read { db in try VenueTable.fetchAll(db) }
    }
}

enum AreaTable {
    static func insert(_ areas: [Area], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO area (id, level, parent_id, name_zh, pinyin, latitude, longitude, is_synthetic)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // Parents first, so each foreign key finds its row.
        for area in areas.sorted(by: { ($0.level.depth, $0.id) < ($1.level.depth, $1.id) }) {
            try statement.execute(arguments: [
                area.id.rawValue, area.level.rawValue, area.parentID?.rawValue, area.nameZh, area.pinyin,
                area.coordinate.latitude, area.coordinate.longitude, area.isSynthetic,
            ])
        }
    }

    /// Every area, or only the one with ID `only`.
    static func fetchAll(_ db: Database, only: Area.ID? = nil) throws -> [Area] {
        let sql = "SELECT * FROM area" + (only == nil ? "" : " WHERE id = ?") + " ORDER BY id"
        return try Row.fetchAll(db, sql: sql, arguments: only.map { [$0.rawValue] } ?? []).map { row in
            let id: String = row["id"]
            return Area(
                id: Area.ID(id), level: try row.decode(Area.Level.self, "level", table: "area", id: id),
                parentID: (row["parent_id"] as String?).map { Area.ID($0) }, nameZh: row["name_zh"], pinyin: row["pinyin"],
                coordinate: try row.coordinate(table: "area", id: id)!, isSynthetic: row["is_synthetic"])
        }
    }
}

extension Area.Level {
    fileprivate var depth: Int {
        switch self {
        case .district: 0
        case .subdistrict: 1
        case .community: 2
        }
    }
}

enum VenueTable {
    static func insert(_ venues: [Venue], _ db: Database) throws {
        let venueStatement = try db.cachedStatement(sql: """
            INSERT INTO venue (id, kind, name, area_id, address, latitude, longitude, capacity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let hoursStatement = try db.cachedStatement(sql: """
            INSERT INTO venue_opening (venue_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)
            """)
        for venue in venues {
            try venueStatement.execute(arguments: [
                venue.id.rawValue, venue.kind.rawValue, venue.name, venue.areaID.rawValue, venue.address,
                venue.coordinate?.latitude, venue.coordinate?.longitude, venue.capacity,
            ])
            for window in venue.openingHours {
                try hoursStatement.execute(arguments: [
                    venue.id.rawValue, window.weekday.rawValue, window.start.minutes, window.end.minutes,
                ])
            }
        }
    }

    static func fetchAll(_ db: Database) throws -> [Venue] {
        var hours: [String: [WeeklyWindow]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM venue_opening ORDER BY venue_id, weekday, start_minute") {
            let id: String = row["venue_id"]
            hours[id, default: []].append(try row.weeklyWindow(table: "venue_opening", id: id))
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM venue ORDER BY id").map { row in
            let id: String = row["id"]
            return Venue(
                id: Venue.ID(id), kind: try row.decode(Venue.Kind.self, "kind", table: "venue", id: id),
                name: row["name"], areaID: Area.ID(row["area_id"] as String), address: row["address"],
                coordinate: try row.coordinate(table: "venue", id: id), capacity: row["capacity"],
                openingHours: hours[id] ?? [])
        }
    }
}

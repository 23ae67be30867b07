import Domain
import Foundation
import GRDB

/// One active expert's load, as the load report reads it.
public struct ExpertLoadRow: Hashable, Sendable {
    public var id: Expert.ID
    public var name: String
    public var roles: [ExpertRole]
    public var capacity: Int
    /// Seats held (offered or accepted) on cases not closed.
    public var openSeats: Int
    /// Sessions not cancelled that start within the window asked for.
    public var upcomingSessions: Int
    public var isOnLeave: Bool
}

/// Cases opened, counted per area, dispute type and month, with every area of the level asked for.
public struct OpenedCaseCounts: Hashable, Sendable {
    /// Every area of the level, by ID.
    public var areas: [AreaName]
    /// Only the combinations that hold at least one case.
    public var counts: [Count]

    public struct AreaName: Hashable, Sendable {
        public var id: Area.ID
        public var nameZh: String
    }

    public struct Count: Hashable, Sendable {
        public var areaID: Area.ID
        public var type: DisputeType
        /// `2026-03`.
        public var month: String
        public var cases: Int
    }
}

/// Closed cases counted per dispute type, month of closing, outcome and satisfaction.
public struct ClosedCaseCount: Hashable, Sendable {
    public var type: DisputeType
    /// The month the cases closed in, `2026-03`.
    public var month: String
    public var outcome: CaseOutcome
    /// Nil for the cases whose parties were not asked.
    public var satisfaction: Satisfaction?
    public var cases: Int
    /// The days from opening to closing, summed over the cases.
    public var totalDays: Int
}

extension AppDatabase {
    /// Every active expert's capacity, open seats, sessions starting in `[sessionsFrom, sessionsBefore)` and
    /// whether `today` falls in their leave, by expert ID.
    public func expertLoads(today: CalendarDay, sessionsFrom: Date, sessionsBefore: Date) throws -> [ExpertLoadRow] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.name, e.capacity,
                    (SELECT group_concat(r.role) FROM expert_role r WHERE r.expert_id = e.id) AS roles,
                    (SELECT COUNT(*) FROM assignment a JOIN dispute_case c ON c.id = a.case_id
                        WHERE a.expert_id = e.id AND a.status IN ('offered', 'accepted') AND c.status <> 'closed') AS open_seats,
                    (SELECT COUNT(*) FROM session_member m JOIN session s ON s.id = m.session_id
                        WHERE m.expert_id = e.id AND s.status <> 'cancelled' AND s.starts_at >= ? AND s.starts_at < ?) AS upcoming_sessions,
                    EXISTS (SELECT 1 FROM expert_leave l
                        WHERE l.expert_id = e.id AND l.from_day <= ? AND l.through_day >= ?) AS on_leave
                FROM expert e WHERE e.is_active = 1 ORDER BY e.id
                """, arguments: [sessionsFrom, sessionsBefore, today.description, today.description]
            ).map { row in
                let id: String = row["id"]
                let roles = try ((row["roles"] as String?) ?? "").split(separator: ",").map { raw in
                    guard let role = ExpertRole(rawValue: String(raw)) else {
                        throw StoreError(table: "expert_role", id: id, column: "role", value: String(raw))
                    }
                    return role
                }
                return ExpertLoadRow(id: Expert.ID(id), name: row["name"], roles: roles.sorted(), capacity: row["capacity"],
                    openSeats: row["open_seats"], upcomingSessions: row["upcoming_sessions"], isOnLeave: row["on_leave"])
            }
        }
    }

    /// Cases opened from `from` through `through`, counted per area of `level` (a case counts for its
    /// community, or for the subdistrict holding it), dispute type and month of opening.
    public func openedCaseCounts(from: CalendarDay, through: CalendarDay, level: Area.Level) throws -> OpenedCaseCounts {
        try writer.read { db in
            let areas = try Row.fetchAll(db, sql: "SELECT id, name_zh FROM area WHERE level = ? ORDER BY id", arguments: [level.rawValue])
                .map { OpenedCaseCounts.AreaName(id: Area.ID($0["id"] as String), nameZh: $0["name_zh"]) }
            let counts = try Row.fetchAll(db, sql: """
                SELECT g.id AS area_id, c.dispute_type, substr(c.opened_on, 1, 7) AS month, COUNT(*) AS cases, MIN(c.id) AS case_id
                FROM dispute_case c
                JOIN area a ON a.id = c.community_id
                JOIN area g ON g.id = (CASE WHEN a.level = :level THEN a.id ELSE a.parent_id END) AND g.level = :level
                WHERE c.opened_on BETWEEN :from AND :through
                GROUP BY g.id, c.dispute_type, month
                ORDER BY g.id, c.dispute_type, month
                """, arguments: ["level": level.rawValue, "from": from.description, "through": through.description]
            ).map { row in
                OpenedCaseCounts.Count(areaID: Area.ID(row["area_id"] as String),
                    type: try row.decode(DisputeType.self, "dispute_type", table: "dispute_case", id: row["case_id"]),
                    month: row["month"], cases: row["cases"])
            }
            return OpenedCaseCounts(areas: areas, counts: counts)
        }
    }

    /// Cases closed from `from` through `through`, counted per dispute type, month of closing, outcome and
    /// satisfaction, with the days they took.
    public func closedCaseCounts(from: CalendarDay, through: CalendarDay) throws -> [ClosedCaseCount] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT dispute_type, substr(closed_on, 1, 7) AS month, outcome, satisfaction, COUNT(*) AS cases, MIN(id) AS case_id,
                    SUM(CAST(julianday(closed_on) - julianday(opened_on) AS INTEGER)) AS total_days
                FROM dispute_case
                WHERE status = 'closed' AND closed_on BETWEEN ? AND ?
                GROUP BY dispute_type, month, outcome, satisfaction
                ORDER BY dispute_type, month, outcome, satisfaction
                """, arguments: [from.description, through.description]
            ).map { row in
                let caseID: String = row["case_id"]
                return ClosedCaseCount(
                    type: try row.decode(DisputeType.self, "dispute_type", table: "dispute_case", id: caseID), month: row["month"],
                    outcome: try row.decode(CaseOutcome.self, "outcome", table: "dispute_case", id: caseID),
                    satisfaction: try row.decodeIfPresent(Satisfaction.self, "satisfaction", table: "dispute_case", id: caseID),
                    cases: row["cases"], totalDays: row["total_days"])
            }
        }
    }
}

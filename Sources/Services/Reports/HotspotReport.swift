import Domain
import Store

/// Where and when disputes arise: cases opened in a period, per area, dispute type and month.
public struct HotspotReport: Hashable, Sendable, Encodable {
    /// The areas a case is counted for: its community, or the subdistrict that holds it.
    public enum Level: String, CaseIterable, Hashable, Sendable, Encodable {
        case subdistrict, community

        var areaLevel: Area.Level {
            switch self {
            case .subdistrict: .subdistrict
            case .community: .community
            }
        }
    }

    public var from: CalendarDay
    public var through: CalendarDay
    public var level: Level
    /// Every month of the period, `2026-03`, first to last.
    public var months: [String]
    public var totalCases: Int
    /// Only the combinations that hold a case, by area, type and month.
    public var counts: [Count]
    /// Every area of the level, most cases first (then by ID), zeros included.
    public var areas: [AreaTotal]
    /// Every month of the period, first to last, zeros included.
    public var monthTotals: [MonthTotal]
    /// The dispute types that occur, most cases first (then by code).
    public var typeTotals: [TypeTotal]

    public struct Count: Hashable, Sendable, Encodable {
        public var areaID: Area.ID
        public var areaName: String
        public var type: DisputeType
        public var month: String
        public var cases: Int
    }

    public struct AreaTotal: Hashable, Sendable, Encodable {
        public var areaID: Area.ID
        public var areaName: String
        public var cases: Int
    }

    public struct MonthTotal: Hashable, Sendable, Encodable {
        public var month: String
        public var cases: Int
    }

    public struct TypeTotal: Hashable, Sendable, Encodable {
        public var type: DisputeType
        public var cases: Int
    }
}

extension HotspotReport {
    init(counts stored: OpenedCaseCounts, period: ReportPeriod, level: Level) {
        let names = Dictionary(stored.areas.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { first, _ in first })
        let byArea = Dictionary(grouping: stored.counts, by: \.areaID).mapValues { $0.map(\.cases).reduce(0, +) }
        let byMonth = Dictionary(grouping: stored.counts, by: \.month).mapValues { $0.map(\.cases).reduce(0, +) }
        let byType = Dictionary(grouping: stored.counts, by: \.type).mapValues { $0.map(\.cases).reduce(0, +) }
        let months = period.months
        self.init(
            from: period.from, through: period.through, level: level, months: months,
            totalCases: stored.counts.map(\.cases).reduce(0, +),
            counts: stored.counts.map {
                Count(areaID: $0.areaID, areaName: names[$0.areaID] ?? $0.areaID.rawValue, type: $0.type, month: $0.month, cases: $0.cases)
            },
            areas: stored.areas.map { AreaTotal(areaID: $0.id, areaName: $0.nameZh, cases: byArea[$0.id] ?? 0) }
                .sorted { ($0.cases, $1.areaID) > ($1.cases, $0.areaID) },
            monthTotals: months.map { MonthTotal(month: $0, cases: byMonth[$0] ?? 0) },
            typeTotals: byType.map { TypeTotal(type: $0.key, cases: $0.value) }.sorted { ($0.cases, $1.type) > ($1.cases, $0.type) })
    }
}

import Domain
import Matching
import Store

/// How loaded each active expert is on one day, and how evenly the load falls on them.
public struct LoadReport: Hashable, Sendable, Encodable {
    public var today: CalendarDay
    /// Sessions are counted from the start of `today` for this many days.
    public var sessionWindowDays: Int
    /// Busiest first: by utilisation, then open seats, then ID; experts without capacity last.
    public var experts: [ExpertLoad]
    public var summary: Summary
    /// Experts per band of utilisation, idle first, every band present; experts without capacity are left out.
    public var histogram: [UtilisationBucket]

    public struct ExpertLoad: Hashable, Sendable, Encodable {
        public var id: Expert.ID
        public var name: String
        public var roles: [ExpertRole]
        public var capacity: Int
        /// Seats held (offered or accepted) on cases not closed.
        public var openSeats: Int
        /// Open seats over capacity; null for an expert whose capacity is 0.
        public var utilisation: Double?
        /// Sessions not cancelled in the next `sessionWindowDays` days.
        public var upcomingSessions: Int
        public var onLeave: Bool

        enum CodingKeys: String, CodingKey { case id, name, roles, capacity, openSeats, utilisation, upcomingSessions, onLeave }

        /// Writes every key, a missing utilisation as null, so the shape of the JSON never changes.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(roles, forKey: .roles)
            try container.encode(capacity, forKey: .capacity)
            try container.encode(openSeats, forKey: .openSeats)
            try container.encode(utilisation, forKey: .utilisation)
            try container.encode(upcomingSessions, forKey: .upcomingSessions)
            try container.encode(onLeave, forKey: .onLeave)
        }
    }

    public struct Summary: Hashable, Sendable, Encodable {
        public var experts: Int
        public var capacity: Int
        public var openSeats: Int
        /// The mean utilisation of the experts with capacity; 0 when there are none.
        public var meanUtilisation: Double
        /// The busiest expert's open seats over the mean open seats.
        public var maxOverMean: Double
        /// The Gini coefficient of open seats: 0 when everyone holds the same, towards 1 when one holds all.
        public var gini: Double
        /// Experts with capacity who hold as many open seats as it allows, or more.
        public var atCapacity: Int
        public var onLeave: Int
        /// Experts whose capacity is 0, who take no cases.
        public var withoutCapacity: Int
    }
}

/// A band of the utilisation histogram.
public enum UtilisationBand: String, CaseIterable, Hashable, Sendable, Encodable {
    case idle, belowQuarter, belowHalf, belowThreeQuarters, belowFull, full

    /// The band of `openSeats` out of `capacity` (above 0), worked out in whole numbers so no rounding moves a border.
    public init(openSeats: Int, capacity: Int) {
        self = switch openSeats {
        case 0: .idle
        case capacity...: .full
        case _ where 4 * openSeats < capacity: .belowQuarter
        case _ where 2 * openSeats < capacity: .belowHalf
        case _ where 4 * openSeats < 3 * capacity: .belowThreeQuarters
        default: .belowFull
        }
    }

    /// The label of the band on a chart's axis.
    public var label: String { label(in: .en) }

    public func label(in language: TextLanguage) -> String {
        switch self {
        case .idle: "0"
        case .belowQuarter: "0–25%"
        case .belowHalf: "25–50%"
        case .belowThreeQuarters: "50–75%"
        case .belowFull: "75–100%"
        case .full: language.pick(zh: "满负荷", en: "full")
        }
    }
}

/// One bar of the utilisation histogram.
public struct UtilisationBucket: Hashable, Sendable, Encodable {
    public var band: UtilisationBand
    public var label: String
    public var experts: Int
}

extension LoadReport {
    init(rows: [ExpertLoadRow], today: CalendarDay, sessionWindowDays: Int) {
        let experts = rows.map { row in
            ExpertLoad(id: row.id, name: row.name, roles: row.roles, capacity: row.capacity, openSeats: row.openSeats,
                utilisation: row.capacity > 0 ? Double(row.openSeats) / Double(row.capacity) : nil,
                upcomingSessions: row.upcomingSessions, onLeave: row.isOnLeave)
        }
        let withCapacity = experts.filter { $0.capacity > 0 }
        let bands = withCapacity.map { UtilisationBand(openSeats: $0.openSeats, capacity: $0.capacity) }
        let spread = LoadSpread(counts: experts.map(\.openSeats))
        let utilisations = withCapacity.compactMap(\.utilisation)
        self.init(
            today: today, sessionWindowDays: sessionWindowDays,
            experts: experts.sorted { a, b in
                (a.utilisation ?? -1, a.openSeats, b.id) > (b.utilisation ?? -1, b.openSeats, a.id)
            },
            summary: Summary(
                experts: experts.count, capacity: experts.map(\.capacity).reduce(0) { $0 > Int.max - $1 ? Int.max : $0 + $1 },
                openSeats: experts.map(\.openSeats).reduce(0, +),
                meanUtilisation: utilisations.isEmpty ? 0 : utilisations.reduce(0, +) / Double(utilisations.count),
                maxOverMean: spread.maxOverMean, gini: spread.gini, atCapacity: bands.filter { $0 == .full }.count,
                onLeave: experts.filter(\.onLeave).count, withoutCapacity: experts.count - withCapacity.count),
            histogram: UtilisationBand.allCases.map { band in
                UtilisationBucket(band: band, label: band.label, experts: bands.filter { $0 == band }.count)
            })
    }
}

import Domain
import Foundation
import Store

/// The reports coordinators and administrators read: experts' load, where disputes arise, and how cases end.
/// Each is a plain value, ready for JSON and for charts.
public struct Reports: Sendable {
    public let database: AppDatabase
    /// The zone the days of a report are read in.
    public let timeZone: TimeZone

    public init(database: AppDatabase, timeZone: TimeZone = .deploymentDefault) {
        self.database = database
        self.timeZone = timeZone
    }

    /// The days ahead whose sessions the load report counts, today included.
    public static let sessionWindowDays = 14

    /// Every active expert's open seats against their capacity, sessions in the next two weeks and leave on `today`,
    /// with how evenly the load falls.
    public func load(today: CalendarDay) throws -> LoadReport {
        let rows = try database.expertLoads(today: today, sessionsFrom: today.start(in: timeZone),
            sessionsBefore: today.adding(days: Self.sessionWindowDays).start(in: timeZone))
        return LoadReport(rows: rows, today: today, sessionWindowDays: Self.sessionWindowDays)
    }

    /// Cases opened from `from` through `through`, per area of `level`, dispute type and month.
    public func hotspots(from: CalendarDay, through: CalendarDay, level: HotspotReport.Level) throws -> HotspotReport {
        let period = try ReportPeriod(from: from, through: through)
        let counts = try database.openedCaseCounts(from: from, through: through, level: level.areaLevel)
        return HotspotReport(counts: counts, period: period, level: level)
    }

    /// Cases closed from `from` through `through`: outcomes, satisfaction and days taken, per type and month.
    public func outcomes(from: CalendarDay, through: CalendarDay) throws -> OutcomeReport {
        let period = try ReportPeriod(from: from, through: through)
        return OutcomeReport(counts: try database.closedCaseCounts(from: from, through: through), period: period)
    }
}

import ArgumentParser
import Domain
import Foundation
import Services
import Store

extension HotspotReport.Level: ExpressibleByArgument {}

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for coordinators and administrators: experts' load, where disputes arise, how cases end.",
        subcommands: [Load.self, Hotspots.self, Outcomes.self])

    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each active expert's open seats against capacity, sessions in the next 14 days and leave today.")

        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let db = try database.openExisting()
            let report = try Reports(database: db).load(today: try Today.resolve(database: db))
            try output.show(report) { ReportText.load($0, limit: rows.limit) }
        }
    }

    struct Hotspots: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cases opened per subdistrict or community, dispute type and month.")

        @Option(help: "Count cases per subdistrict or per community.") var level: HotspotReport.Level = .subdistrict
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var period: PeriodOptions
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let db = try database.openExisting()
            let days = try period.resolve(in: db)
            let report = try Reports(database: db).hotspots(from: days.from, through: days.through, level: level)
            try output.show(report) { ReportText.hotspots($0, limit: rows.limit) }
        }
    }

    struct Outcomes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cases closed: outcomes, settlement rate, satisfaction and days taken, per dispute type and month.")

        @OptionGroup var period: PeriodOptions
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let db = try database.openExisting()
            let days = try period.resolve(in: db)
            try output.show(try Reports(database: db).outcomes(from: days.from, through: days.through), text: ReportText.outcomes)
        }
    }
}

/// `--limit`: the rows of a text table, largest first; `--json` always holds every row.
struct RowLimitOptions: ParsableArguments {
    @Option(help: "Rows of the text table, largest first (--json holds every row).") var limit = 20

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1; \(limit) was given.") }
    }
}

/// `--from` and `--through`: by default the twelve calendar months up to today.
struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The first day (default: the first of the month eleven months before --through).", valueName: "YYYY-MM-DD"))
    var from: String?
    @Option(help: ArgumentHelp("The last day (default: today).", valueName: "YYYY-MM-DD"))
    var through: String?

    func validate() throws {
        for (flag, text) in [("--from", from), ("--through", through)] {
            if let text, CalendarDay(text) == nil { throw ValidationError("\(flag) must be a day like 2026-03-01; \"\(text)\" is not.") }
        }
        if let first = from.flatMap({ CalendarDay($0) }), let last = through.flatMap({ CalendarDay($0) }), first > last {
            throw ValidationError("--from \(first) comes after --through \(last); give a first day on or before the last.")
        }
    }

    /// The period asked for, with the defaults filled in from the database's today.
    func resolve(in database: AppDatabase) throws -> ReportPeriod {
        let today = try Today.resolve(database: database)
        let last = through.flatMap { CalendarDay($0) } ?? today
        let first = from.flatMap { CalendarDay($0) } ?? ReportPeriod.lastTwelveMonths(endingOn: last).from
        guard first <= last else {
            throw ValidationError("--from \(first) comes after the last day \(last) (today); give --through as well.")
        }
        return try ReportPeriod(from: first, through: last)
    }
}

extension OutputOptions {
    /// Prints `report` as JSON with `--json`, else as the text `render` makes of it.
    func show<Report: Encodable>(_ report: Report, text render: (Report) -> String) throws {
        if json { return try Console.printJSON(report) }
        print(render(report))
    }
}

/// The reports as text tables for a terminal.
enum ReportText {
    static func load(_ report: LoadReport, limit: Int) -> String {
        let s = report.summary
        var lines = [Console.table(header: ["expert", "name", "roles", "capacity", "open", "use", "sessions \(report.sessionWindowDays)d", "leave"],
            rows: report.experts.prefix(limit).map {
                [$0.id.rawValue, $0.name, $0.roles.map(\.rawValue).joined(separator: ","), String($0.capacity), String($0.openSeats),
                 $0.utilisation.map(percent) ?? "-", String($0.upcomingSessions), $0.onLeave ? "on leave" : ""]
            })]
        if report.experts.count > limit { lines.append("(the busiest \(limit) of \(report.experts.count); raise --limit for more)") }
        lines.append("\n" + bars(report.histogram.map { ($0.label, $0.experts) }, header: ["utilisation", "experts"]))
        lines.append("""

            \(s.experts) active experts hold \(s.openSeats) open seats of \(s.capacity) on \(report.today); mean utilisation \(percent(s.meanUtilisation)).
            Load spread: max/mean \(number(s.maxOverMean)), Gini \(number(s.gini)); \(s.atCapacity) at capacity, \(s.onLeave) on leave today\
            \(s.withoutCapacity > 0 ? ", \(s.withoutCapacity) without capacity" : "").
            """)
        return lines.joined(separator: "\n")
    }

    static func hotspots(_ report: HotspotReport, limit: Int) -> String {
        let byArea = Dictionary(grouping: report.counts, by: \.areaID)
        func topTypes(_ area: Area.ID) -> String {
            let types = Dictionary(grouping: byArea[area] ?? [], by: \.type).mapValues { $0.map(\.cases).reduce(0, +) }
            return types.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { "\($0.key.nameZh) \($0.value)" }.joined(separator: ", ")
        }
        var lines = ["Cases opened \(report.from) – \(report.through), per \(report.level.rawValue): \(report.totalCases)\n"]
        lines.append(Console.table(header: [report.level.rawValue, "name", "cases", "share", "top types"], rows: report.areas.prefix(limit).map {
            [$0.areaID.rawValue, $0.areaName, String($0.cases), percent(share($0.cases, of: report.totalCases)), topTypes($0.areaID)]
        }))
        if report.areas.count > limit { lines.append("(the first \(limit) of \(report.areas.count); raise --limit for more)") }
        lines.append("\n" + bars(report.monthTotals.map { ($0.month, $0.cases) }, header: ["month", "cases"]))
        lines.append("\nBy type: " + report.typeTotals.map { "\($0.type.nameZh) \($0.cases)" }.joined(separator: ", ") + ".")
        return lines.joined(separator: "\n")
    }

    static func outcomes(_ report: OutcomeReport) -> String {
        let o = report.overall
        let header = ["closed"] + CaseOutcome.allCases.map(\.rawValue) + ["settlement", "satisfaction", "days"]
        func cells(_ tally: OutcomeTally) -> [String] {
            [String(tally.closedCases)] + tally.outcomes.map { String($0.cases) }
                + [percent(tally.settlementRate), tally.answered == 0 ? "-" : percent(tally.satisfactionRate), number(tally.meanDaysToClose)]
        }
        return [
            "Cases closed \(report.from) – \(report.through): \(o.closedCases); settled \(percent(o.settlementRate)); "
                + "satisfied or basically satisfied \(percent(o.satisfactionRate)) of \(o.answered) answers; \(number(o.meanDaysToClose)) days to close on average.\n",
            Console.table(header: ["type"] + header, rows: report.byType.map { [$0.type.nameZh] + cells($0.tally) } + [["all"] + cells(o)]),
            "",
            Console.table(header: ["month"] + header, rows: report.byMonth.map { [$0.month] + cells($0.tally) }),
        ].joined(separator: "\n")
    }

    /// A table with a bar of `█` per row, the longest 40 wide.
    static func bars(_ rows: [(label: String, value: Int)], header: [String]) -> String {
        let most = max(rows.map(\.value).max() ?? 0, 1)
        return Console.table(header: header + [""], rows: rows.map {
            [$0.label, String($0.value), String(repeating: "█", count: ($0.value * 40 + most - 1) / most)]
        })
    }

    static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }

    static func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}

import Domain
import Foundation
import Hummingbird
import Services

/// Reports for the office: hotspots over time by area and dispute type, the experts' load, and outcomes
/// and satisfaction, each with an SVG chart.
extension PageRoutes {
    func addReportPages(to pages: RouterGroup<APIContext>) {
        pages.get("/reports") { request, context -> Response in
            _ = try context.reader(of: request, roles: .office)
            let today = try clock.now().today
            let query = request.uri.queryParameters
            let level: HotspotReport.Level = query.get("level") == "community" ? .community : .subdistrict
            let period = ReportPeriod.lastTwelveMonths(endingOn: today)
            let reports = Reports(database: database)
            let language = context.language, t = Strings.table(language)
            let hotspots = try reports.hotspots(from: period.from, through: period.through, level: level)
            let outcomes = try reports.outcomes(from: period.from, through: period.through)
            let load = try reports.load(today: today)

            let topAreas = Array(hotspots.areas.prefix(5))
            let areaSeries = topAreas.enumerated().map { index, area in
                SVGChart.Series(name: area.areaName, values: hotspots.months.map { month in
                    Double(hotspots.counts.filter { $0.areaID == area.areaID && $0.month == month }.reduce(0) { $0 + $1.cases })
                }, colour: SVGChart.palette[index % SVGChart.palette.count])
            }
            let topTypes = Array(hotspots.typeTotals.prefix(5))
            let typeSeries = topTypes.enumerated().map { index, total in
                SVGChart.Series(name: total.type.name(in: language), values: hotspots.months.map { month in
                    Double(hotspots.counts.filter { $0.type == total.type && $0.month == month }.reduce(0) { $0 + $1.cases })
                }, colour: SVGChart.palette[index % SVGChart.palette.count])
            }
            let settled = outcomes.byMonth.map { $0.tally.settlementRate * 100 }
            let satisfied = outcomes.byMonth.map { $0.tally.satisfactionRate * 100 }
            let data: [String: Any] = [
                "from": period.from.description, "through": period.through.description, "community": level == .community,
                "areaChart": SVGChart.lines(title: t["hotspotsByArea"] ?? "", labels: hotspots.months, series: areaSeries),
                "typeChart": SVGChart.lines(title: t["hotspotsByType"] ?? "", labels: hotspots.months, series: typeSeries),
                "areas": hotspots.areas.prefix(15).map { ["name": $0.areaName, "id": $0.areaID.rawValue, "cases": $0.cases] },
                "loadChart": SVGChart.bars(title: t["loadChart"] ?? "", labels: load.histogram.map { $0.band.label(in: language) },
                    series: [.init(name: t["experts"] ?? "", values: load.histogram.map { Double($0.experts) }, colour: SVGChart.palette[0])]),
                "busiest": load.experts.prefix(15).map { ["id": $0.id.rawValue, "name": $0.name, "open": $0.openSeats, "capacity": $0.capacity,
                    "upcoming": $0.upcomingSessions, "onLeave": $0.onLeave] },
                "loadSummary": ["gini": String(format: "%.2f", load.summary.gini), "maxOverMean": String(format: "%.2f", load.summary.maxOverMean),
                    "atCapacity": load.summary.atCapacity, "mean": String(format: "%.1f", load.summary.meanUtilisation * 100)],
                "outcomeChart": SVGChart.bars(title: t["outcomeChart"] ?? "", labels: outcomes.months, series: [
                    .init(name: t["settledRate"] ?? "", values: settled, colour: SVGChart.palette[2]),
                    .init(name: t["satisfiedRate"] ?? "", values: satisfied, colour: SVGChart.palette[1]),
                ]),
                "overall": ["closed": outcomes.overall.closedCases, "settled": String(format: "%.1f", outcomes.overall.settlementRate * 100),
                    "satisfied": String(format: "%.1f", outcomes.overall.satisfactionRate * 100),
                    "days": String(format: "%.1f", outcomes.overall.meanDaysToClose)],
                "byType": outcomes.byType.map { ["type": $0.type.name(in: language), "closed": $0.tally.closedCases,
                    "settled": String(format: "%.1f", $0.tally.settlementRate * 100),
                    "satisfied": String(format: "%.1f", $0.tally.satisfactionRate * 100)] },
            ]
            return renderer.page("reports", data, context: context, request: request)
        }
    }
}

import Domain
import Foundation
import Hummingbird
import Services

extension FengqiaoAPI {
    var reports: [Endpoint] {
        let period: [Endpoint.Parameter] = [
            .init(name: "from", schema: Schema.date, description: "The first day (default: the first of the month eleven months back)."),
            .init(name: "through", schema: Schema.date, description: "The last day (default: today)."),
        ]
        return [
            Endpoint(method: .get, path: "/reports/load", access: .roles(.office), tag: "reports",
                summary: "Each active expert's open seats against capacity, sessions in the next 14 days and leave, with the spread and a histogram.",
                success: .json(.ok, Schema.ref("LoadReport"))
            ) { _, _ in
                try API.json(try Reports(database: database).load(today: try now.today))
            },
            Endpoint(method: .get, path: "/reports/hotspots", access: .roles(.office), tag: "reports",
                summary: "Cases opened per subdistrict or community, dispute type and month.",
                query: period + [.init(name: "level", schema: Schema.oneOf(HotspotReport.Level.self), description: "subdistrict (default) or community.")],
                success: .json(.ok, Schema.ref("HotspotReport")), refusals: [.unprocessableContent]
            ) { request, _ in
                let period = try reportPeriod(request)
                let level = try request.query.code("level", as: HotspotReport.Level.self) ?? .subdistrict
                return try API.json(try Reports(database: database).hotspots(from: period.from, through: period.through, level: level))
            },
            Endpoint(method: .get, path: "/reports/outcomes", access: .roles(.office), tag: "reports",
                summary: "How closed cases ended: outcomes, settlement and satisfaction rates and days to close, per dispute type and month.",
                query: period, success: .json(.ok, Schema.ref("OutcomeReport")), refusals: [.unprocessableContent]
            ) { request, _ in
                let period = try reportPeriod(request)
                return try API.json(try Reports(database: database).outcomes(from: period.from, through: period.through))
            },
        ]
    }

    private func reportPeriod(_ request: Request) throws -> ReportPeriod {
        let today = try now.today
        let through = try request.query.day("through") ?? today
        guard let from = try request.query.day("from") else { return ReportPeriod.lastTwelveMonths(endingOn: through) }
        guard from <= through else {
            throw Problem(status: .badRequest, detail: "The report runs from \(from), which comes after its last day \(through).", field: "from")
        }
        guard from.days(until: through) <= 3_660 else {
            throw Problem(status: .badRequest, detail: "A report covers at most ten years; \(from) to \(through) is longer.", field: "from")
        }
        return try ReportPeriod(from: from, through: through)
    }
}

import Domain
import Foundation
import Hummingbird
import Matching
import Services

/// Batch assignment for coordinators: the whole waiting queue as one optimal plan, previewed, then
/// committed as offers in one transaction.
extension PageRoutes {
    func addBatchPages(to pages: RouterGroup<APIContext>) {
        pages.get("/queue/assign") { request, context -> Response in
            _ = try context.reader(of: request, roles: .office)
            return try batchPage(request: request, context: context)
        }
        pages.post("/queue/assign") { request, context -> Response in
            let session = try context.reader(of: request, roles: .coordinators)
            try context.checkCSRF(try await request.form(CSRFForm.self).csrf)
            return try redirecting(in: context.language, {
                let (instant, today) = try clock.now()
                let assignment = QueueAssignment(database: database)
                let stored = try assignment.commit(try assignment.plan(today: today, now: instant), at: instant, by: FengqiaoAPI.actor(session.user))
                return "/queue/assign?stored=\(stored.count)"
            }) { error, status in try batchPage(request: request, context: context, error: error, status: status) }
        }
    }

    private func batchPage(request: Request, context: APIContext, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let (instant, today) = try clock.now()
        let plan = try QueueAssignment(database: database).plan(today: today, now: instant)
        var data: [String: Any] = [
            "placements": plan.placements.map { ["case": $0.caseID.rawValue, "seat": $0.seat, "role": $0.role.name(in: context.language),
                "expert": $0.expertID.rawValue, "name": $0.expertName, "score": String(format: "%.2f", $0.score.total)] },
            "empty": plan.emptySeats.map { ["case": $0.caseID.rawValue, "seat": $0.seat, "role": $0.role.name(in: context.language),
                "reason": $0.reason(in: context.language), "relaxation": $0.relaxation(in: context.language)] },
            "filled": plan.filledSeats, "total": plan.filledSeats + plan.emptySeats.count,
            "mean": String(format: "%.3f", plan.meanScore), "weightsVersion": plan.weightsVersion,
            "giniBefore": String(format: "%.3f", plan.loadBefore.gini), "giniAfter": String(format: "%.3f", plan.loadAfter.gini),
            "canCommit": !plan.placements.isEmpty && context.webSession?.user.role == .coordinator,
        ]
        if let stored = request.uri.queryParameters.get("stored") { data["stored"] = stored }
        if let error { data["error"] = error }
        return renderer.page("batch", data, context: context, request: request, status: status)
    }
}

import Domain
import Foundation
import Hummingbird
import Matching
import Services
import Store

/// The case page: the facts, the recommended panel with each term's share as a bar and the alternates,
/// why-not for any expert, confirming or overriding the panel, and the scheduling options to book.
extension PageRoutes {
    struct OverrideForm: Decodable {
        var csrf: String
        var expert: String
        var seat: Int
        var reason: String
    }

    struct BookForm: Decodable {
        var csrf: String
        var choice: Int
    }

    func addCasePages(to pages: RouterGroup<APIContext>) {
        pages.get("/cases/:case") { request, context -> Response in
            _ = try context.reader(of: request, roles: .office)
            return try casePage(try context.path("case"), request: request, context: context)
        }
        pages.post("/cases/:case/assign") { request, context -> Response in
            let session = try context.reader(of: request, roles: .coordinators)
            let fields = try await request.form([String: String].self)
            try context.checkCSRF(fields["csrf"])
            let id = try context.path("case")
            return try acting(id, request: request, context: context) {
                // The panel as the page showed it: `seat.N` names the expert shown for seat N.
                var shown: [Int: Expert.ID] = [:]
                for (name, value) in fields where name.hasPrefix("seat.") {
                    if let seat = Int(name.dropFirst("seat.".count)) { shown[seat] = Expert.ID(value) }
                }
                let (instant, today) = try clock.now()
                try QueueAssignment(database: database).confirm(DisputeCase.ID(id), shown: shown, today: today, at: instant,
                    by: FengqiaoAPI.actor(session.user))
                return "assigned"
            }
        }
        pages.post("/cases/:case/override") { request, context -> Response in
            let session = try context.reader(of: request, roles: .coordinators)
            let form = try await request.form(OverrideForm.self)
            try context.checkCSRF(form.csrf)
            let id = try context.path("case")
            return try acting(id, request: request, context: context) {
                let reason = try context.reason(form.reason, or: "overrideNeedsReason")
                let (instant, today) = try clock.now()
                _ = try ManualAssignment(database: database).assign(Expert.ID(form.expert.trimmingCharacters(in: .whitespaces)),
                    seat: form.seat, of: DisputeCase.ID(id), reason: reason, by: FengqiaoAPI.actor(session.user), today: today, at: instant)
                return "overridden"
            }
        }
        pages.post("/cases/:case/book") { request, context -> Response in
            let session = try context.reader(of: request, roles: .coordinators)
            let form = try await request.form(BookForm.self)
            try context.checkCSRF(form.csrf)
            let id = try context.path("case")
            return try acting(id, request: request, context: context) {
                _ = try SchedulingService(database: database).book(DisputeCase.ID(id), now: try clock.now().instant, choice: form.choice,
                    by: FengqiaoAPI.actor(session.user), language: context.language)
                return "booked"
            }
        }
    }

    /// Runs a form's change and goes back to the case page; a refused change is shown there with its reason.
    private func acting(_ id: String, request: Request, context: APIContext, _ change: () throws -> String) throws -> Response {
        try redirecting(in: context.language, { "/cases/\(id)?done=\(try change())" }) { error, status in
            try casePage(id, request: request, context: context, error: error, status: status)
        }
    }

    private func casePage(_ id: String, request: Request, context: APIContext, error: String? = nil, status: HTTPResponse.Status = .ok)
        throws -> Response
    {
        let (instant, today) = try clock.now()
        let matching = MatchingService(database: database)
        let found = try matching.recommend(DisputeCase.ID(id), today: today, now: instant)
        let (dispute, recommendation) = (found.dispute, found.recommendation)
        let language = context.language
        let t = Strings.table(language)
        let panel = try database.assignments(caseID: dispute.id)
        let venues = Dictionary(uniqueKeysWithValues: try database.venues().map { ($0.id, $0.name) })
        var data: [String: Any] = [
            "case": [
                "id": dispute.id.rawValue, "type": dispute.type.name(in: language),
                "difficulty": dispute.difficulty.name(in: language),
                "status": t["status." + dispute.status.rawValue] ?? dispute.status.rawValue, "summary": dispute.summary, "opened": dispute.openedOn.description,
                "deadline": dispute.deadline.description, "overdue": dispute.isOverdue(on: today),
                "signals": Self.shown(Triage.signals(of: dispute).map { $0.text(in: language) }.joined(separator: language.pick(zh: "；", en: "; "))),
            ],
            "seats": recommendation.seats.map { seat(view: $0, language: language) },
            "weightsVersion": recommendation.weightsVersion,
            "meeting": recommendation.meeting.map { MeetingText.describe($0, in: language) } ?? [],
            "meetingBlocked": recommendation.meeting.map { !$0.canMeet } ?? false,
            "panel": try panel.map { seat in
                let name = try database.expert(seat.expertID)?.name ?? ""
                return ["seat": seat.seat, "role": seat.role.name(in: language), "expert": "\(name) \(seat.expertID)",
                    "status": t["status." + seat.status.rawValue] ?? seat.status.rawValue]
            },
            "sessions": try database.sessions(caseID: dispute.id).map { ["id": $0.id.rawValue, "when": $0.timeText(in: language),
                "venue": venues[$0.venueID] ?? $0.venueID.rawValue, "status": t["status." + $0.status.rawValue] ?? $0.status.rawValue] },
            "canAssign": recommendation.seats.contains { !$0.isHeld && $0.chosen != nil } && dispute.isOpen,
            "seatNumbers": recommendation.seats.map { ["seat": $0.seat, "role": $0.requirement.role.name(in: language)] },
        ]
        if let whyNot = request.uri.queryParameters.get("whyNot"), !whyNot.isEmpty {
            let answer = found.whyNot(Expert.ID(whyNot))
            data["whyNot"] = ["expert": whyNot, "answer": WhyNotText.describe(answer, in: language)]
        }
        if panel.contains(where: \.status.holdsSeat) && [.assigned, .scheduled].contains(dispute.status) {
            let options = try SchedulingService(database: database).options(for: dispute.id, now: instant, language: language)
            data["options"] = options.options.enumerated().map { index, option in
                ["choice": index, "when": option.session.timeText(in: language), "venue": option.venueName, "reasons": option.reasons]
            }
            data["noSlot"] = Self.shown(options.noSlot)
        }
        if let done = request.uri.queryParameters.get("done") { data["done"] = t["done" + done.capitalized] ?? "" }
        if let error { data["error"] = error }
        return renderer.page("case", data, context: context, request: request, status: status)
    }

    /// One seat: the chosen expert and alternates, each with a bar per score term.
    private func seat(view seat: SeatRecommendation, language: TextLanguage) -> [String: Any] {
        let t = Strings.table(language)
        func expert(_ ranked: RankedExpert) -> [String: Any] {
            [
                "id": ranked.expertID.rawValue, "name": ranked.name, "rank": ranked.rank, "total": String(format: "%.2f", ranked.score.total),
                "terms": ScoreTermName.allCases.map { term in
                    let value = ranked.score[term]
                    return ["name": term.name(in: language), "value": String(format: "%.2f", value),
                        "percent": Int((value * 100).rounded())]
                },
            ]
        }
        return [
            "seat": seat.seat, "role": seat.requirement.role.name(in: language),
            "held": seat.isHeld, "chosen": seat.chosen.map(expert) as Any, "alternates": seat.alternates.map(expert),
            "hasAlternates": !seat.alternates.isEmpty,
            "eligible": seat.eligibleCount,
            "nobody": seat.eligibleCount > 0 ? t["nobodyFree"]! : HardRuleName.tally(seat.excludedBy, in: language),
        ]
    }

    /// Text for a template section: false (so the section is skipped) when there is none.
    static func shown(_ text: String?) -> Any {
        guard let text, !text.isEmpty else { return false }
        return text
    }
}

import Domain
import Foundation
import Hummingbird
import Services
import Store

/// The expert's pages: their offers to answer, their assignments, their week, and their availability and leave.
extension PageRoutes {
    struct DeclineForm: Decodable {
        var csrf: String
        var reason: String
    }

    struct LeaveForm: Decodable {
        var csrf: String
        var from: String
        var through: String
    }

    func addExpertPages(to pages: RouterGroup<APIContext>) {
        pages.get("/offers") { request, context -> Response in
            let session = try context.reader(of: request, roles: [.expert])
            return try offersPage(session, request: request, context: context)
        }
        pages.post("/offers/:offer/accept") { request, context -> Response in
            let session = try context.reader(of: request, roles: [.expert])
            try context.checkCSRF(try await request.form(CSRFForm.self).csrf)
            return try answering(session, request: request, context: context) {
                _ = try OfferDesk(database: database).accept(Assignment.ID(try context.path("offer")), as: session.user.expertID,
                    at: try clock.now().instant, by: FengqiaoAPI.actor(session.user))
                return "accepted"
            }
        }
        pages.post("/offers/:offer/decline") { request, context -> Response in
            let session = try context.reader(of: request, roles: [.expert])
            let form = try await request.form(DeclineForm.self)
            try context.checkCSRF(form.csrf)
            return try answering(session, request: request, context: context) {
                let reason = try context.reason(form.reason, or: "declineNeedsReason")
                let (instant, today) = try clock.now()
                _ = try OfferDesk(database: database).decline(Assignment.ID(try context.path("offer")), reason: reason,
                    as: session.user.expertID, at: instant, today: today, by: FengqiaoAPI.actor(session.user))
                return "declined"
            }
        }
        pages.get("/calendar") { request, context -> Response in
            let session = try context.reader(of: request, roles: [.expert])
            return try calendarPage(session, request: request, context: context)
        }
        pages.post("/calendar/link") { request, context -> Response in
            let session = try context.reader(of: request, roles: [.expert])
            try context.checkCSRF(try await request.form(CSRFForm.self).csrf)
            let link = try CalendarFeeds(database: database).renew(for: session.user, at: try clock.now().instant,
                by: FengqiaoAPI.actor(session.user))
            return try calendarPage(session, request: request, context: context, link: link)
        }
        pages.post("/calendar/link/revoke") { request, context -> Response in
            let session = try context.reader(of: request, roles: [.expert])
            try context.checkCSRF(try await request.form(CSRFForm.self).csrf)
            try CalendarFeeds(database: database).revoke(for: session.user.id, at: try clock.now().instant, by: FengqiaoAPI.actor(session.user))
            return .seeOther("/calendar?done=revoked")
        }
        pages.get("/availability") { request, context -> Response in
            let session = try context.reader(of: request, roles: [.expert])
            return try availabilityPage(session, request: request, context: context)
        }
        pages.post("/availability/leave") { request, context -> Response in
            let session = try context.reader(of: request, roles: [.expert])
            let form = try await request.form(LeaveForm.self)
            try context.checkCSRF(form.csrf)
            return try redirecting(in: context.language, {
                guard let from = CalendarDay(form.from), let through = CalendarDay(form.through), from <= through else {
                    throw Problem(status: .unprocessableContent, detail: Strings.table(context.language)["leaveDays"] ?? "", field: "from")
                }
                guard let expertID = session.user.expertID else { throw DomainError.notFound(kind: "expert", id: session.user.username) }
                try ExpertLeave(database: database).record(LeavePeriod(from: from, through: through), for: expertID,
                    reason: "leave \(from)..\(through), recorded by the expert", at: try clock.now().instant, by: FengqiaoAPI.actor(session.user))
                return "/availability?done=leave"
            }) { error, status in
                try availabilityPage(session, request: request, context: context, error: error, status: status)
            }
        }
    }

    /// Runs the expert's answer to an offer and goes back to their offers; an offer of theirs already answered
    /// (a form sent twice, or from a page left open) is refused in their words, saying how it was answered.
    private func answering(_ session: WebSession, request: Request, context: APIContext, _ answer: () throws -> String) throws -> Response {
        try redirecting(in: context.language, {
            if let offer = try database.assignment(Assignment.ID(try context.path("offer"))), offer.expertID == session.user.expertID,
                offer.status != .offered
            {
                let status = Strings.table(context.language)["status." + offer.status.rawValue] ?? offer.status.rawValue
                throw Problem(status: .conflict, detail: Strings.text("offerAnswered", in: context.language, status))
            }
            return "/offers?done=\(try answer())"
        }) { error, status in
            try offersPage(session, request: request, context: context, error: error, status: status)
        }
    }

    private func offersPage(_ session: WebSession, request: Request, context: APIContext, error: String? = nil,
        status: HTTPResponse.Status = .ok) throws -> Response
    {
        let expertID = session.user.expertID!
        let t = Strings.table(context.language)
        let seats = try database.assignments(expertID: expertID)
        func row(_ seat: Assignment) throws -> [String: Any] {
            let dispute = try database.dispute(seat.caseID)
            return [
                "id": seat.id.rawValue, "case": seat.caseID.rawValue, "seat": seat.seat,
                "role": seat.role.name(in: context.language), "status": t["status." + seat.status.rawValue] ?? seat.status.rawValue,
                "type": dispute.map { $0.type.name(in: context.language) } ?? "",
                "difficulty": dispute.map { $0.difficulty.name(in: context.language) } ?? "",
                "summary": dispute?.summary ?? "", "deadline": dispute?.deadline.description ?? "",
                "offered": Self.day(seat.offeredAt),
            ]
        }
        var data: [String: Any] = [
            "offers": try seats.filter { $0.status == .offered }.map(row),
            "assignments": try seats.filter { $0.status == .accepted }.sorted { $0.offeredAt > $1.offeredAt }.prefix(30).map(row),
        ]
        if let done = request.uri.queryParameters.get("done") { data["done"] = t["done" + done.capitalized] ?? "" }
        if let error { data["error"] = error }
        return renderer.page("offers", data, context: context, request: request, status: status)
    }

    /// The expert's week, Monday to Sunday, with the sessions they sit in.
    private func calendarPage(_ session: WebSession, request: Request, context: APIContext, link: String? = nil) throws -> Response {
        let expertID = session.user.expertID!
        let today = try clock.now().today
        let asked = request.uri.queryParameters.get("week").flatMap { CalendarDay($0) } ?? today
        let monday = asked.adding(days: 1 - asked.weekday.rawValue)
        let entries = try ExpertCalendar(database: database).entries(for: expertID).filter { $0.session.status != .cancelled }
        let zone = TimeZone.deploymentDefault
        let t = Strings.table(context.language)
        let days = (0..<7).map { offset -> [String: Any] in
            let day = monday.adding(days: offset)
            let sessions = entries.filter { CalendarDay(containing: $0.session.startsAt, in: zone) == day }
            return [
                "date": day.description, "weekday": day.weekday.name(in: context.language), "today": day == today,
                "sessions": sessions.map { entry in
                    ["time": entry.session.hoursText(), "case": entry.session.caseID.rawValue,
                     "venue": entry.venueName, "type": entry.type.name(in: context.language),
                     "status": t["status." + entry.session.status.rawValue] ?? entry.session.status.rawValue]
                },
            ]
        }
        var data: [String: Any] = [
            "days": days, "previous": monday.adding(days: -7).description, "next": monday.adding(days: 7).description,
            "monday": monday.description, "link": Self.shown(link),
            "hasLink": try CalendarFeeds(database: database).hasLink(session.user.id),
        ]
        if request.uri.queryParameters.get("done") == "revoked" { data["done"] = t["doneRevoked"] ?? "" }
        return renderer.page("calendar", data, context: context, request: request)
    }

    private func availabilityPage(_ session: WebSession, request: Request, context: APIContext, error: String? = nil,
        status: HTTPResponse.Status = .ok) throws -> Response
    {
        guard let expert = try database.expert(session.user.expertID!) else { throw DomainError.notFound(kind: "expert", id: "") }
        let t = Strings.table(context.language)
        let today = try clock.now().today
        var data: [String: Any] = [
            "windows": expert.availability.sorted().map { ["weekday": $0.weekday.name(in: context.language), "start": $0.start.description,
                "end": $0.end.description] },
            "leave": expert.leave.filter { $0.through >= today }.sorted { $0.from < $1.from }.map { ["from": $0.from.description,
                "through": $0.through.description] },
            "exceptions": expert.exceptions.sorted().map { change in
                "\(change.day) \(change.day.weekday.name(in: context.language)) \(change.start)–\(change.end) \(change.kind.name(in: context.language))"
            },
            "hasExceptions": !expert.exceptions.isEmpty,
            "capacity": expert.capacity,
        ]
        if request.uri.queryParameters.get("done") == "leave" { data["done"] = t["doneLeave"] ?? "" }
        if let error { data["error"] = error }
        return renderer.page("availability", data, context: context, request: request, status: status)
    }

    static func day(_ date: Date) -> String { CalendarDay(containing: date, in: .deploymentDefault).description }
}

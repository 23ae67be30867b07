import Domain
import Foundation
import Hummingbird
import Services

extension FengqiaoAPI {
    struct LeaveRequest: Decodable {
        var from: CalendarDay
        var through: CalendarDay
        var reason: String?
    }

    var experts: [Endpoint] {
        [
            Endpoint(method: .get, path: "/experts", access: .roles(.office), tag: "experts",
                summary: "The experts, by ID, filtered by role or active flag.",
                query: [
                    .init(name: "role", schema: Schema.oneOf(ExpertRole.self), description: "Only experts who can sit in this role."),
                    .init(name: "active", schema: Schema.boolean, description: "Only active (true) or inactive (false) experts."),
                ],
                success: .json(.ok, Schema.array(Schema.ref("Expert")))
            ) { request, _ in
                let role = try request.query.code("role", as: ExpertRole.self)
                let active = try request.query.bool("active")
                return try API.json(try database.experts().filter { expert in
                    (role.map { expert.roles.contains($0) } ?? true) && (active.map { expert.isActive == $0 } ?? true)
                })
            },
            Endpoint(method: .get, path: "/experts/{expert}", access: .roles(.everyone), tag: "experts",
                summary: "One expert; an expert may read only their own record.", success: .json(.ok, Schema.ref("Expert"))
            ) { _, context in
                let user = try context.caller()
                return try API.json(FengqiaoAPI.view(try requireExpert(try context.path("expert"), readBy: user), for: user))
            },
            Endpoint(method: .post, path: "/experts/{expert}/leave", access: .roles(.everyone), tag: "experts",
                summary: "Record leave; an expert records only their own. POST /schedule/repair then moves the sessions it breaks.",
                body: Schema.object(["from": Schema.date, "through": Schema.date, "reason": Schema.string], required: ["from", "through"]),
                success: .json(.ok, Schema.ref("Expert")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                let user = try context.caller()
                let owner = try requireExpert(try context.path("expert"), readBy: user)
                let leave = try await request.decode(LeaveRequest.self, context: context)
                guard leave.from <= leave.through else {
                    throw Problem(status: .unprocessableContent, detail: "The leave ends (\(leave.through)) before it starts (\(leave.from)).", field: "through")
                }
                let expert = try ExpertLeave(database: database).record(LeavePeriod(from: leave.from, through: leave.through), for: owner.id,
                    reason: leave.reason, at: try now.instant, by: FengqiaoAPI.actor(user))
                return try API.json(FengqiaoAPI.view(expert, for: user))
            },
            Endpoint(method: .get, path: "/experts/{expert}/calendar", access: .roles(.everyone), tag: "experts",
                summary: "An expert's sessions with their venues; an expert reads only their own.",
                success: .json(.ok, Schema.array(Schema.ref("CalendarEntry")))
            ) { _, context in
                let expert = try requireExpert(try context.path("expert"), readBy: try context.caller())
                return try API.json(try ExpertCalendar(database: database).entries(for: expert.id))
            },
            Endpoint(method: .get, path: "/experts/{expert}/calendar.ics", access: .rolesOrFeed(.everyone), tag: "experts",
                summary: "The same calendar as an RFC 5545 feed to subscribe to; no party data. Calendar apps, which send no headers, "
                    + "use the expert's feed link, whose `feed` secret opens this feed and nothing else.",
                success: .text(contentType: "text/calendar", description: "An iCalendar feed.")
            ) { _, context in
                let expertID = try context.path("expert")
                if let secret = context.feedSecret {
                    guard let feed = try CalendarFeeds(database: database).feed(of: Expert.ID(expertID), secret: secret, stamp: try now.instant) else {
                        throw Problem(status: .unauthorized, detail: "The calendar feed link of expert \(expertID) is unknown or revoked; "
                            + "the expert makes a new one on their calendar page.", field: "feed")
                    }
                    return API.text(feed, contentType: "text/calendar; charset=utf-8")
                }
                let expert = try requireExpert(expertID, readBy: try context.caller())
                return API.text(try ExpertCalendar(database: database).ics(for: expert.id, stamp: try now.instant),
                    contentType: "text/calendar; charset=utf-8")
            },
        ] + calendarFeeds
    }

    struct FeedLink: Encodable {
        var link: String
    }

    /// The expert's private feed link: made anew (the old one stops working) or revoked.
    var calendarFeeds: [Endpoint] {
        [
            Endpoint(method: .post, path: "/experts/{expert}/calendar-feed", access: .roles([.expert]), tag: "experts",
                summary: "Make a new private feed link for the expert's own calendar, shown only this once; any older link stops working.",
                success: .json(.created, Schema.object(["link": Schema.string], required: ["link"])), refusals: [.conflict]
            ) { _, context in
                let user = try context.caller()
                _ = try requireExpert(try context.path("expert"), readBy: user)
                let link = try CalendarFeeds(database: database).renew(for: user, at: try now.instant, by: FengqiaoAPI.actor(user))
                return try API.json(FeedLink(link: link), status: .created)
            },
            Endpoint(method: .delete, path: "/experts/{expert}/calendar-feed", access: .roles([.expert, .administrator]), tag: "experts",
                summary: "Revoke the expert's feed link; an expert revokes only their own.", success: .noContent
            ) { _, context in
                let user = try context.caller()
                let expert = try requireExpert(try context.path("expert"), readBy: user)
                try CalendarFeeds(database: database).revoke(forExpert: expert.id, at: try now.instant, by: FengqiaoAPI.actor(user))
                return API.noContent
            },
        ]
    }

    /// The expert as `user` may see them: an expert sees the people they declared ties to by name only,
    /// without the identity numbers the office keeps for conflict checks.
    static func view(_ expert: Expert, for user: User) -> Expert {
        guard user.role == .expert else { return expert }
        var expert = expert
        expert.relations = expert.relations.map { relation in
            guard case let .person(name, _) = relation.subject else { return relation }
            return DeclaredRelation(.person(name: name, identity: nil), nature: relation.nature)
        }
        return expert
    }

    /// The expert with this ID, if `user` may see them: the office sees everyone, an expert only themself.
    func requireExpert(_ id: String, readBy user: User) throws -> Expert {
        if user.role == .expert && user.expertID?.rawValue != id {
            throw Problem(status: .forbidden, detail: "An expert may see only their own record, calendar and leave.")
        }
        guard let expert = try database.expert(Expert.ID(id)) else { throw DomainError.notFound(kind: "expert", id: id) }
        return expert
    }
}

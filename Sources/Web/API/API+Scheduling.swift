import Domain
import Foundation
import Hummingbird
import Services

extension FengqiaoAPI {
    struct Booking: Decodable {
        /// Which of the options to book, 0 for the best.
        var choice: Int?
        var after: CalendarDay?
    }

    struct Move: Decodable {
        var startsAt: Date
        var venueID: Venue.ID?
        /// The revision the caller saw; a session changed since is refused.
        var revision: Int
        var reason: String?
    }

    struct QueueRun: Decodable {
        var dryRun: Bool?
        var seconds: Double?
    }

    struct QueueReport: Encodable {
        var plan: SchedulingService.QueuePlan
        var dryRun: Bool
    }

    struct RepairReport: Encodable {
        var plan: SchedulingService.RepairPlan
        var dryRun: Bool
    }

    var scheduling: [Endpoint] {
        [
            Endpoint(method: .get, path: "/cases/{case}/schedule-options", access: .roles(.office), tag: "scheduling",
                summary: "Up to three times and places, on different days, when the panel, the parties and a suitable room are free; or why there are none.",
                query: [.init(name: "after", schema: Schema.date, description: "Only on or after this day.")],
                success: .json(.ok, Schema.ref("ScheduleOptions")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                try API.json(try SchedulingService(database: database).options(for: DisputeCase.ID(try context.path("case")),
                    now: try now.instant, after: try request.query.day("after")))
            },
            Endpoint(method: .post, path: "/cases/{case}/sessions", access: .roles(.coordinators), tag: "scheduling",
                summary: "Book one of the case's options (the best by default); the slot is re-checked as it is stored.",
                body: Schema.object(["choice": Schema.integer(minimum: 0, maximum: 2), "after": Schema.date]),
                success: .json(.created, Schema.ref("Session")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                let booking = try await request.decode(Booking.self, context: context)
                let choice = booking.choice ?? 0
                guard (0...2).contains(choice) else {
                    throw Problem(status: .badRequest, detail: "The choice is 0, 1 or 2; \(choice) was given.", field: "choice")
                }
                let session = try SchedulingService(database: database).book(DisputeCase.ID(try context.path("case")), now: try now.instant,
                    after: booking.after, choice: choice, by: FengqiaoAPI.actor(try context.caller()))
                return try API.json(session, status: .created)
            },
            Endpoint(method: .get, path: "/sessions", access: .roles(.everyone), tag: "scheduling",
                summary: "Sessions: an expert sees their own, of cases where they still hold a seat; the office those between from and to "
                    + "(the next 14 days by default).",
                query: [
                    .init(name: "from", schema: Schema.date, description: "The first day."),
                    .init(name: "to", schema: Schema.date, description: "The last day."),
                ],
                success: .json(.ok, Schema.array(Schema.ref("Session")))
            ) { request, context in
                let user = try context.caller()
                if let expertID = user.expertID { return try API.json(try ExpertReach(database: database).sessions(of: expertID)) }
                let today = try now.today
                let from = try request.query.day("from") ?? today
                let through = try request.query.day("to") ?? from.adding(days: 13)
                guard from <= through, from.days(until: through) <= 366 else {
                    throw Problem(status: .badRequest, detail: "The days from \(from) to \(through) must be in order and at most a year apart.", field: "to")
                }
                let zone = TimeZone.deploymentDefault
                return try API.json(try database.sessions(from: from.start(in: zone), to: through.adding(days: 1).start(in: zone)))
            },
            Endpoint(method: .get, path: "/sessions/{session}", access: .roles(.everyone), tag: "scheduling",
                summary: "One session; an expert sees only sessions they sit in, of cases where they still hold a seat.",
                success: .json(.ok, Schema.ref("Session"))
            ) { _, context in
                let user = try context.caller()
                let id = try context.path("session")
                let found = if let expertID = user.expertID {
                    try ExpertReach(database: database).session(Session.ID(id), for: expertID)
                } else {
                    try database.session(Session.ID(id))
                }
                guard let session = found else { throw DomainError.notFound(kind: "session", id: id) }
                return try API.json(session)
            },
            Endpoint(method: .post, path: "/sessions/{session}/move", access: .roles(.coordinators), tag: "scheduling",
                summary: "Move a session by hand; it is checked against every scheduling rule, and a session changed since `revision` is refused.",
                body: Schema.object([
                    "startsAt": Schema.dateTime, "venueID": Schema.string, "revision": Schema.integer(minimum: 0), "reason": Schema.string,
                ], required: ["startsAt", "revision"]),
                success: .json(.ok, Schema.ref("Session")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                let id = Session.ID(try context.path("session"))
                let move = try await request.decode(Move.self, context: context)
                return try API.json(try SchedulingService(database: database).move(id, to: move.startsAt, venueID: move.venueID,
                    revision: move.revision, now: try now.instant, by: FengqiaoAPI.actor(try context.caller()), reason: move.reason))
            },
            Endpoint(method: .post, path: "/schedule/queue", access: .roles(.coordinators), tag: "scheduling",
                summary: "Schedule every assigned case without a session: a greedy pass, then a search for the given seconds (dryRun only shows it).",
                body: Schema.object(["dryRun": Schema.boolean, "seconds": .object(["type": "number", "minimum": .number(0.1), "maximum": .number(10)])]),
                success: .json(.ok, Schema.ref("QueueSchedule")), refusals: [.conflict]
            ) { request, context in
                let run = try await request.decode(QueueRun.self, context: context)
                let seconds = run.seconds ?? 2
                guard (0.1...10).contains(seconds) else {
                    throw Problem(status: .badRequest, detail: "The search runs from 0.1 to 10 seconds; \(seconds) was given.", field: "seconds")
                }
                let service = SchedulingService(database: database)
                let instant = try now.instant
                let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
                let plan = try service.planQueue(now: instant, iterations: .max) { ContinuousClock.now < deadline }
                let dryRun = run.dryRun ?? false
                if !dryRun { try service.commit(plan, at: instant, by: FengqiaoAPI.actor(try context.caller())) }
                return try API.json(QueueReport(plan: plan, dryRun: dryRun))
            },
            Endpoint(method: .post, path: "/schedule/repair", access: .roles(.coordinators), tag: "scheduling",
                summary: "Move only the booked sessions that leave or changed availability broke (dryRun only shows it).",
                body: Schema.object(["dryRun": Schema.boolean]),
                success: .json(.ok, Schema.ref("Repair")), refusals: [.conflict]
            ) { request, context in
                let run = try await request.decode(QueueRun.self, context: context)
                let service = SchedulingService(database: database)
                let instant = try now.instant
                let plan = try service.planRepair(now: instant)
                let dryRun = run.dryRun ?? false
                if !dryRun { try service.commit(plan, at: instant, by: FengqiaoAPI.actor(try context.caller())) }
                return try API.json(RepairReport(plan: plan, dryRun: dryRun))
            },
        ]
    }
}

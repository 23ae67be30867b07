import Domain
import Foundation
import Hummingbird
import Matching
import Services

extension FengqiaoAPI {
    struct PlanRequest: Decodable {
        var dryRun: Bool?
        var candidates: Int?
    }

    struct PlanReport: Encodable {
        var plan: BatchPlan
        var stored: [Assignment]
        var dryRun: Bool
    }

    struct SeatChoice: Decodable {
        var expertID: Expert.ID
        var reason: String
    }

    struct Answer: Decodable {
        var reason: String?
    }

    var matching: [Endpoint] {
        let planBody = Schema.object([
            "dryRun": Schema.boolean, "candidates": Schema.integer(minimum: 1, maximum: 50),
        ])
        return [
            Endpoint(method: .get, path: "/cases/{case}/recommendation", access: .roles(.office), tag: "matching",
                summary: "The recommended panel, one that can meet: for each seat the chosen expert and alternates free with the rest, with each score term, and when the panel and the parties can first meet (or what stops them).",
                success: .json(.ok, Schema.ref("Recommendation"))
            ) { _, context in
                let (instant, today) = try now
                return try API.json(try MatchingService(database: database).recommend(DisputeCase.ID(try context.path("case")),
                    today: today, now: instant).recommendation)
            },
            Endpoint(method: .get, path: "/cases/{case}/why-not/{expert}", access: .roles(.office), tag: "matching",
                summary: "Why an expert is not on the recommended panel: the hard rule that keeps them off, or the terms where they lose.",
                success: .json(.ok, Schema.anyObject)
            ) { _, context in
                let (instant, today) = try now
                return try API.json(try MatchingService(database: database).whyNot(Expert.ID(try context.path("expert")),
                    caseID: DisputeCase.ID(try context.path("case")), today: today, now: instant))
            },
            Endpoint(method: .post, path: "/cases/{case}/assignments", access: .roles(.coordinators), tag: "matching",
                summary: "Confirm the panel: offer the case's open seats by the optimal plan (dryRun only shows it).",
                body: planBody, success: .json(.ok, Schema.ref("PlanReport")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                let dispute = try requireCase(try context.path("case"))
                return try API.json(try plan(cases: [dispute], request: try await request.decode(PlanRequest.self, context: context),
                    by: try context.caller()))
            },
            Endpoint(method: .put, path: "/cases/{case}/seats/{seat}", access: .roles(.coordinators), tag: "matching",
                summary: "Override one seat with the coordinator's choice and reason; capacity, conflicts and the other hard rules are re-checked.",
                body: Schema.object(["expertID": Schema.nonEmptyString, "reason": Schema.nonEmptyString], required: ["expertID", "reason"]),
                success: .json(.created, Schema.ref("Assignment")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                let seatText = try context.path("seat")
                guard let seat = Int(seatText), seat >= 0 else {
                    throw Problem(status: .badRequest, detail: "The seat is a number from 0 (the lead mediator); \"\(seatText)\" was given.", field: "seat")
                }
                let choice = try await request.decode(SeatChoice.self, context: context)
                let (instant, today) = try now
                let offer = try ManualAssignment(database: database).assign(choice.expertID, seat: seat,
                    of: DisputeCase.ID(try context.path("case")), reason: choice.reason, by: FengqiaoAPI.actor(try context.caller()),
                    today: today, at: instant)
                return try API.json(offer, status: .created)
            },
            Endpoint(method: .post, path: "/queue/assignment", access: .roles(.coordinators), tag: "matching",
                summary: "Assign the whole waiting queue at once as one optimal plan, stored as offers in one transaction (dryRun only shows it).",
                body: planBody, success: .json(.ok, Schema.ref("PlanReport")), refusals: [.conflict]
            ) { request, context in
                try API.json(try plan(cases: nil, request: try await request.decode(PlanRequest.self, context: context), by: try context.caller()))
            },
            Endpoint(method: .get, path: "/assignments", access: .roles(.everyone), tag: "offers",
                summary: "Panel seats: an expert sees their own; the office gives a case or an expert.",
                query: [
                    .init(name: "case", schema: Schema.string, description: "The seats of this case."),
                    .init(name: "expert", schema: Schema.string, description: "The seats of this expert."),
                ],
                success: .json(.ok, Schema.array(Schema.ref("Assignment")))
            ) { request, context in
                let user = try context.caller()
                let caseID = request.query.string("case").map { DisputeCase.ID($0) }
                var expertID = request.query.string("expert").map { Expert.ID($0) }
                if let own = user.expertID {
                    if let expertID, expertID != own { throw Problem(status: .forbidden, detail: "An expert sees only their own seats.", field: "expert") }
                    expertID = own
                }
                guard caseID != nil || expertID != nil else {
                    throw Problem(status: .badRequest, detail: "Give a case or an expert.", field: "case")
                }
                var seats = try expertID.map { try database.assignments(expertID: $0) } ?? database.assignments(caseID: caseID!)
                if let caseID { seats = seats.filter { $0.caseID == caseID } }
                return try API.json(seats)
            },
            Endpoint(method: .get, path: "/offers", access: .roles(.everyone), tag: "offers",
                summary: "Offers waiting for an answer: an expert sees their own, the office all of them.",
                success: .json(.ok, Schema.array(Schema.ref("Assignment")))
            ) { _, context in
                let user = try context.caller()
                return try API.json(try database.openOffers().filter { offer in user.expertID.map { offer.expertID == $0 } ?? true })
            },
            Endpoint(method: .post, path: "/offers/{offer}/accept", access: .roles([.expert, .coordinator]), tag: "offers",
                summary: "Accept an offer; an expert answers only their own, a coordinator records an answer given by phone.",
                success: .json(.ok, Schema.ref("OfferOutcome")), refusals: [.conflict]
            ) { _, context in
                let user = try context.caller()
                let id = try ownOffer(try context.path("offer"), of: user)
                return try API.json(try OfferDesk(database: database).accept(id, as: user.expertID,
                    at: try now.instant, by: FengqiaoAPI.actor(user)))
            },
            Endpoint(method: .post, path: "/offers/{offer}/decline", access: .roles([.expert, .coordinator]), tag: "offers",
                summary: "Decline an offer with a reason; the seat, and only that seat, is offered at once to the next-best eligible expert.",
                body: Schema.object(["reason": Schema.nonEmptyString], required: ["reason"]),
                success: .json(.ok, Schema.ref("OfferOutcome")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                let user = try context.caller()
                let id = try ownOffer(try context.path("offer"), of: user)
                let answer = try await request.decode(Answer.self, context: context)
                guard let reason = answer.reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw Problem(status: .unprocessableContent, detail: "Declining needs a reason.", field: "reason")
                }
                let (instant, today) = try now
                return try API.json(try OfferDesk(database: database).decline(id, reason: reason,
                    as: user.expertID, at: instant, today: today, by: FengqiaoAPI.actor(user)))
            },
        ]
    }

    /// The offer's ID, once it is known that an expert answers only their own: to them, another's offer does
    /// not exist.
    private func ownOffer(_ id: String, of user: User) throws -> Assignment.ID {
        let id = Assignment.ID(id)
        if let expertID = user.expertID, try database.assignment(id)?.expertID != expertID {
            throw DomainError.notFound(kind: "offer among yours", id: id.rawValue)
        }
        return id
    }

    private func plan(cases: [DisputeCase]?, request: PlanRequest, by user: User) throws -> PlanReport {
        let candidates = request.candidates ?? 8
        guard (1...50).contains(candidates) else {
            throw Problem(status: .badRequest, detail: "The candidates kept per seat must be from 1 to 50; \(candidates) was given.", field: "candidates")
        }
        let (instant, today) = try now
        let assignment = QueueAssignment(database: database)
        let plan = try assignment.plan(cases: cases, today: today, now: instant, candidatesPerSeat: candidates)
        let dryRun = request.dryRun ?? false
        let stored = dryRun ? [] : try assignment.commit(plan, at: instant, by: FengqiaoAPI.actor(user))
        return PlanReport(plan: plan, stored: stored, dryRun: dryRun)
    }
}

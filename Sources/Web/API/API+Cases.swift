import Domain
import Foundation
import Hummingbird
import Services
import Store

extension FengqiaoAPI {
    /// A line of the case list.
    struct CaseSummary: Encodable {
        var id: DisputeCase.ID
        var type: DisputeType
        var difficulty: Difficulty
        var status: CaseStatus
        var source: CaseSource
        var communityID: Area.ID
        var summary: String
        var openedOn: CalendarDay
        var deadline: CalendarDay
        var overdue: Bool

        init(_ c: DisputeCase, today: CalendarDay) {
            (id, type, difficulty, status, source, communityID, summary) = (c.id, c.type, c.difficulty, c.status, c.source, c.communityID, c.summary)
            (openedOn, deadline, overdue) = (c.openedOn, c.deadline, c.isOverdue(on: today))
        }
    }

    /// A case as the office sees it: every fact, with the panel and sessions.
    struct CaseFile: Encodable {
        var `case`: DisputeCase
        var overdue: Bool
        var triageSignals: [String]
        var panel: [Assignment]
        var sessions: [Session]
    }

    /// A case as an expert on its panel sees it: what they need to mediate, and no party's identity number.
    struct CaseBrief: Encodable {
        struct Party: Encodable {
            var name: String
            var kind: Domain.Party.Kind
            var role: CaseParty.Role
        }

        var id: DisputeCase.ID
        var type: DisputeType
        var difficulty: Difficulty
        var status: CaseStatus
        var communityID: Area.ID
        var summary: String
        var language: Language
        var amountYuan: Int?
        var openedOn: CalendarDay
        var deadline: CalendarDay
        var parties: [Party]
        var mySeats: [Assignment]
        var sessions: [Session]
    }

    struct NewCase: Decodable {
        struct PartyEntry: Decodable {
            var partyID: Party.ID?
            var kind: Party.Kind?
            var name: String?
            var identity: String?
            var organisation: String?
            var role: CaseParty.Role
        }

        var type: DisputeType
        var difficulty: Difficulty?
        var source: CaseSource
        var referralNumber: String?
        var evidence: [String]?
        var communityID: Area.ID
        var summary: String
        var amountYuan: Int?
        var language: Language?
        var allowsOnline: Bool?
        var priorMediations: Int?
        var petitions: Int?
        var escalationRisk: Bool?
        var parties: [PartyEntry]
        var openedOn: CalendarDay?
        var deadline: CalendarDay?

        func draft(today: CalendarDay) throws -> CaseDraft {
            let entries = try parties.enumerated().map { index, entry -> CaseDraft.PartyEntry in
                if let id = entry.partyID { return .returning(id, role: entry.role) }
                guard let name = entry.name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw Problem(status: .badRequest, detail: "A new party needs a name (or give the partyID of one on file).",
                        field: "parties[\(index)].name")
                }
                return .new(kind: entry.kind ?? .person, name: name, identity: entry.identity, organisation: entry.organisation, role: entry.role)
            }
            return CaseDraft(
                type: type, difficulty: difficulty, source: source, referralNumber: referralNumber, evidence: evidence ?? [],
                communityID: communityID, summary: summary, amountYuan: amountYuan, language: language ?? .mandarin,
                allowsOnline: allowsOnline ?? false, priorMediations: priorMediations ?? 0, petitions: petitions ?? 0,
                escalationRisk: escalationRisk ?? false, parties: entries, openedOn: openedOn ?? today, deadline: deadline)
        }
    }

    struct Closing: Decodable {
        var outcome: CaseOutcome
        var satisfaction: Satisfaction?
        var closedOn: CalendarDay?
        var reason: String?
    }

    struct DifficultyChange: Decodable {
        var difficulty: Difficulty
        var reason: String
    }

    var cases: [Endpoint] {
        [
            Endpoint(method: .get, path: "/cases", access: .roles(.office), tag: "cases",
                summary: "Cases, newest first, filtered by status, type or community.",
                query: [
                    .init(name: "status", schema: Schema.oneOf(CaseStatus.self), description: "Only cases in this status."),
                    .init(name: "open", schema: Schema.boolean, description: "Only open (true) or closed (false) cases."),
                    .init(name: "type", schema: Schema.oneOf(DisputeType.self), description: "Only cases of this dispute type."),
                    .init(name: "community", schema: Schema.string, description: "Only cases of this community code."),
                    .init(name: "limit", schema: Schema.integer(minimum: 1, maximum: 1000), description: "At most this many (50)."),
                ],
                success: .json(.ok, Schema.array(Schema.ref("CaseSummary")))
            ) { request, _ in
                let query = request.query
                var filter = CaseFilter()
                if let status = try query.code("status", as: CaseStatus.self) { filter.statuses = [status] }
                if let open = try query.bool("open") {
                    if filter.statuses != nil {
                        throw Problem(status: .badRequest, detail: "Give either status or open, not both.", field: "open")
                    }
                    filter.statuses = open ? CaseFilter.open.statuses : CaseFilter.closed.statuses
                }
                filter.type = try query.code("type", as: DisputeType.self)
                filter.communityID = query.string("community").map { Area.ID($0) }
                filter.limit = try query.int("limit", default: 50, in: 1...1000)
                let today = try now.today
                return try API.json(try database.cases(filter).map { CaseSummary($0, today: today) })
            },
            Endpoint(method: .post, path: "/cases", access: .roles(.coordinators), tag: "cases",
                summary: "Take in a case; triage proposes the difficulty when none is given.",
                body: Schemas.newCase, success: .json(.created, Schema.ref("CaseFile")),
                refusals: [.conflict, .unprocessableContent],
                fieldNames: ["community": "communityID", "referral_number": "referralNumber", "amount_yuan": "amountYuan", "prior_mediations": "priorMediations",
                    "expert_id": "expertID", "opened_on": "openedOn"]
            ) { request, context in
                let new = try await request.decode(NewCase.self, context: context)
                let (instant, today) = try now
                let dispute = try CaseIntake(database: database).add(try new.draft(today: today), audit: AuditContext(at: instant,
                    actor: FengqiaoAPI.actor(try context.caller()), reason: "taken in"))
                return try API.json(try caseFile(dispute, today: today), status: .created)
            },
            Endpoint(method: .get, path: "/cases/{case}", access: .roles(.everyone), tag: "cases",
                summary: "One case: every fact for the office; for an expert on its panel, only what they need, without identity numbers.",
                success: .json(.ok, Schema.either([Schema.ref("CaseFile"), Schema.ref("CaseBrief")]))
            ) { _, context in
                let user = try context.caller()
                let dispute = try requireCase(try context.path("case"))
                if let expertID = user.expertID { return try API.json(try brief(dispute, for: expertID)) }
                return try API.json(try caseFile(dispute, today: try now.today))
            },
            Endpoint(method: .post, path: "/cases/{case}/start", access: .roles(.coordinators), tag: "cases",
                summary: "Mark a scheduled case as in mediation.", success: .json(.ok, Schema.ref("CaseFile")), refusals: [.conflict]
            ) { _, context in
                let (instant, today) = try now
                let dispute = try CaseProgress(database: database).startMediation(DisputeCase.ID(try context.path("case")), at: instant,
                    by: FengqiaoAPI.actor(try context.caller()))
                return try API.json(try caseFile(dispute, today: today))
            },
            Endpoint(method: .post, path: "/cases/{case}/close", access: .roles(.coordinators), tag: "cases",
                summary: "Close a case with its outcome and, when the parties were asked, their satisfaction.",
                body: Schema.object([
                    "outcome": Schema.oneOf(CaseOutcome.self), "satisfaction": Schema.oneOf(Satisfaction.self), "closedOn": Schema.date,
                    "reason": Schema.string,
                ], required: ["outcome"]),
                success: .json(.ok, Schema.ref("CaseFile")), refusals: [.conflict, .unprocessableContent], fieldNames: ["closed_on": "closedOn"]
            ) { request, context in
                let closing = try await request.decode(Closing.self, context: context)
                let (instant, today) = try now
                let dispute = try CaseProgress(database: database).close(DisputeCase.ID(try context.path("case")), outcome: closing.outcome,
                    satisfaction: closing.satisfaction, on: closing.closedOn ?? today, at: instant, by: FengqiaoAPI.actor(try context.caller()),
                    reason: closing.reason)
                return try API.json(try caseFile(dispute, today: today))
            },
            Endpoint(method: .put, path: "/cases/{case}/difficulty", access: .roles(.coordinators), tag: "cases",
                summary: "Set the difficulty, with the reason; the triage proposal is recorded beside it.",
                body: Schema.object(["difficulty": Schema.oneOf(Difficulty.self), "reason": Schema.nonEmptyString],
                    required: ["difficulty", "reason"]),
                success: .json(.ok, Schema.ref("CaseFile")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                let change = try await request.decode(DifficultyChange.self, context: context)
                let (instant, today) = try now
                let dispute = try CaseProgress(database: database).setDifficulty(DisputeCase.ID(try context.path("case")),
                    to: change.difficulty, reason: change.reason, at: instant, by: FengqiaoAPI.actor(try context.caller()))
                return try API.json(try caseFile(dispute, today: today))
            },
        ]
    }

    func requireCase(_ id: String) throws -> DisputeCase {
        guard let dispute = try database.dispute(DisputeCase.ID(id)) else { throw DomainError.notFound(kind: "case", id: id) }
        return dispute
    }

    func caseFile(_ dispute: DisputeCase, today: CalendarDay) throws -> CaseFile {
        CaseFile(case: dispute, overdue: dispute.isOverdue(on: today), triageSignals: Triage.signals(of: dispute).map(\.description),
            panel: try database.assignments(caseID: dispute.id), sessions: try database.sessions(caseID: dispute.id))
    }

    /// The brief of a case for an expert who holds a seat on it, offered or accepted; to anyone else, and to an
    /// expert whose seat was declined, released or expired, the case does not exist.
    func brief(_ dispute: DisputeCase, for expertID: Expert.ID) throws -> CaseBrief {
        let seats = try ExpertReach(database: database).seats(of: expertID, on: dispute.id)
        guard !seats.isEmpty else { throw DomainError.notFound(kind: "case on your panels", id: dispute.id.rawValue) }
        return CaseBrief(
            id: dispute.id, type: dispute.type, difficulty: dispute.difficulty, status: dispute.status, communityID: dispute.communityID,
            summary: dispute.summary, language: dispute.language, amountYuan: dispute.amountYuan, openedOn: dispute.openedOn,
            deadline: dispute.deadline,
            parties: dispute.parties.map { CaseBrief.Party(name: $0.party.name, kind: $0.party.kind, role: $0.role) },
            mySeats: seats, sessions: try database.sessions(caseID: dispute.id).filter { $0.panel.contains(expertID) })
    }
}

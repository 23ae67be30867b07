import Domain
import Foundation
import Hummingbird
import Services

extension FengqiaoAPI {
    struct Verification: Encodable {
        var intact: Bool
        var events: Int?
        /// The first event that breaks the chain, and how.
        var brokenAt: Int64?
        var problem: String?

        init(_ result: AuditVerification) {
            switch result {
            case let .intact(events): (intact, self.events) = (true, events)
            case let .broken(sequence, problem): (intact, brokenAt, self.problem) = (false, sequence, problem)
            }
        }
    }

    /// The outcome fed back to the police station or court that referred each case; no party data.
    var records: [Endpoint] {
        let referralSource = Endpoint.Parameter(name: "source", schema: .object(["type": "string", "enum": .array(["police", "court"])]),
            description: "Only referrals from the police or from the courts.")
        return [
            Endpoint(method: .get, path: "/referrals/feedback", access: .roles(.office), tag: "referrals",
                summary: "For each police or court referral: its number, the case, its status and outcome, without party data.",
                query: [referralSource], success: .json(.ok, Schema.array(Schema.ref("ReferralFeedback")))
            ) { request, _ in
                try API.json(try ReferralFeedback(database: database).rows(source: try referralSourceParameter(request)))
            },
            Endpoint(method: .get, path: "/referrals/feedback.csv", access: .roles(.office), tag: "referrals",
                summary: "The same feedback as CSV, to send to the referring body.", query: [referralSource],
                success: .text(contentType: "text/csv", description: "CSV with a header row.")
            ) { request, _ in
                API.text(try ReferralFeedback(database: database).csv(source: try referralSourceParameter(request)), contentType: "text/csv; charset=utf-8")
            },
            Endpoint(method: .get, path: "/audit", access: .roles(.administrators), tag: "audit",
                summary: "Audit events, newest first: who changed which record, when, why, before and after.",
                query: [
                    .init(name: "before", schema: Schema.integer(minimum: 1), description: "Only events before this sequence number (to page back)."),
                    .init(name: "record", schema: Schema.string, description: "Only events about this record ID."),
                    .init(name: "limit", schema: Schema.integer(minimum: 1, maximum: 500), description: "At most this many (100)."),
                ],
                success: .json(.ok, Schema.array(Schema.ref("AuditEvent")))
            ) { request, _ in
                let query = request.query
                let before = try query.int("before", default: .max, in: 1...Int.max)
                return try API.json(try database.auditEvents(before: Int64(before), recordID: query.string("record"),
                    limit: try query.int("limit", default: 100, in: 1...500)))
            },
            Endpoint(method: .get, path: "/audit/verify", access: .roles(.administrators), tag: "audit",
                summary: "Recompute the hash chain: intact, or the first edited, deleted or relinked event.",
                success: .json(.ok, Schema.ref("AuditVerification"))
            ) { _, _ in
                try API.json(Verification(try database.verifyAuditChain()))
            },
        ]
    }

    private func referralSourceParameter(_ request: Request) throws -> CaseSource? {
        switch request.query.string("source") {
        case nil: return nil
        case "police": return .policeReferral
        case "court": return .courtReferral
        case let other?:
            throw Problem(status: .badRequest, detail: "The source is police or court; \"\(other)\" was given.", field: "source")
        }
    }
}

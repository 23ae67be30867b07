import Domain
import Foundation
import Hummingbird
import Matching
import Services

extension FengqiaoAPI {
    /// A weights profile with its weights keyed by term name.
    struct WeightsView: Encodable {
        var version: Int
        var name: String
        var note: String
        var weights: [String: Double]
        var rules: HardRuleSettings
        var createdAt: Date
        var createdBy: String
        var active: Bool
        var activation: WeightsProfile.Activation?

        init(_ profile: WeightsProfile) {
            (version, name, note, rules, createdAt, createdBy) = (profile.version, profile.name, profile.note, profile.rules,
                profile.createdAt, profile.createdBy)
            weights = Dictionary(uniqueKeysWithValues: profile.weights.map { ($0.key.rawValue, $0.value) })
            active = profile.activation != nil
            activation = profile.activation
        }
    }

    struct ReplayRequest: Decodable {
        var last: Int?
    }

    struct ActivationRequest: Decodable {
        var reason: String
    }

    var weights: [Endpoint] {
        [
            Endpoint(method: .get, path: "/weights", access: .roles(.administrators), tag: "weights",
                summary: "Every weights profile version; exactly one is active.", success: .json(.ok, Schema.array(Schema.ref("Weights")))
            ) { _, _ in
                try API.json(try database.weightsProfiles().map(WeightsView.init))
            },
            Endpoint(method: .get, path: "/weights/{version}", access: .roles(.administrators), tag: "weights",
                summary: "One weights profile version.", success: .json(.ok, Schema.ref("Weights"))
            ) { _, context in
                try API.json(WeightsView(try profile(try context.path("version"))))
            },
            Endpoint(method: .post, path: "/weights", access: .roles(.administrators), tag: "weights",
                summary: "Add a profile as the next version, not yet active: {name, note, weights: {term: weight}, rules: {…}}.",
                body: Schema.object([
                    "name": Schema.nonEmptyString, "note": Schema.string,
                    "weights": Schema.map(.object(["type": "number", "minimum": .int(0), "maximum": .number(FieldBounds.weight)])),
                    "rules": Schema.map(Schema.integer(minimum: FieldBounds.ruleWindowDays.lowerBound, maximum: FieldBounds.ruleWindowDays.upperBound)),
                ], required: ["name", "weights"]),
                success: .json(.created, Schema.ref("Weights")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                let body = try await request.body.collect(upTo: Request.maximumBody)
                let file = try WeightsProfileFile(json: Data(buffer: body), file: "the request body")
                let profile = try WeightsAdministration(database: database).addVersion(file, at: try now.instant,
                    by: FengqiaoAPI.actor(try context.caller()))
                return try API.json(WeightsView(profile), status: .created)
            },
            Endpoint(method: .post, path: "/weights/{version}/replay", access: .roles(.administrators), tag: "weights",
                summary: "What-if: re-match the last N closed cases under this version and the active one, and compare the panels, scores and load spread.",
                body: Schema.object(["last": Schema.integer(minimum: 1, maximum: 2000)]),
                success: .json(.ok, Schema.ref("Replay"))
            ) { request, context in
                let candidate = try profile(try context.path("version"))
                let last = try await request.decode(ReplayRequest.self, context: context).last ?? 200
                guard (1...2000).contains(last) else {
                    throw Problem(status: .badRequest, detail: "Replay 1 to 2000 closed cases; \(last) was given.", field: "last")
                }
                return try API.json(try MatchingService(database: database).replay(candidate: candidate, last: last, today: try now.today))
            },
            Endpoint(method: .post, path: "/weights/{version}/activate", access: .roles(.administrators), tag: "weights",
                summary: "Make this version the active one (rolling back is activating an older one); the reason is recorded.",
                body: Schema.object(["reason": Schema.nonEmptyString], required: ["reason"]),
                success: .json(.ok, Schema.ref("Weights")), refusals: [.conflict, .unprocessableContent]
            ) { request, context in
                let version = try profile(try context.path("version")).version
                let activation = try await request.decode(ActivationRequest.self, context: context)
                try WeightsAdministration(database: database).activate(version: version, at: try now.instant,
                    by: FengqiaoAPI.actor(try context.caller()), reason: activation.reason)
                return try API.json(WeightsView(try profile(String(version))))
            },
        ]
    }

    private func profile(_ version: String) throws -> WeightsProfile {
        guard let number = Int(version), let profile = try database.weightsProfiles().first(where: { $0.version == number }) else {
            throw DomainError.notFound(kind: "weights profile version", id: version)
        }
        return profile
    }
}

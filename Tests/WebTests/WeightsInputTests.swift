import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

/// A weights profile that once stopped the server or broke every score later is refused, naming the field.
@Suite struct WeightsInputTests {
    @Test(arguments: [#""x""#, "1", "true", "null", "[1]"])
    func aWeightsProfileWhoseRulesIsNotAnObjectIsRefusedNamingRules(rules: String) async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.administrator)
            let answer = try await client.send(.post, "/api/v1/weights", token: token,
                json: #"{"name": "odd rules", "weights": {"specialty": 1}, "rules": \#(rules)}"#)
            #expect(answer.status == .unprocessableContent, "\(answer.text)")
            #expect(answer.object["field"] as? String == "rules")
            #expect(try world.database.weightsProfiles().count == 1)
        }
    }

    @Test func weightsWhoseSumOverflowsOrThatExceedTheBoundAreRefused() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.administrator)
            for weights in [#"{"specialty": 1e308, "load": 1e308}"#, #"{"specialty": 1, "fairness": 1000000}"#] {
                let answer = try await client.send(.post, "/api/v1/weights", token: token, json: #"{"name": "huge", "weights": \#(weights)}"#)
                #expect(answer.status == .unprocessableContent, "\(weights): \(answer.text)")
                #expect((answer.object["field"] as? String)?.hasPrefix("weights") == true, "\(answer.text)")
            }
            #expect(try world.database.weightsProfiles().count == 1)
        }
    }

    @Test(arguments: [
        ("conflict_lookback_days", "1000000000000000000"), ("fairness_window_days", "4000"), ("strain_window_days", "0"),
    ])
    func ruleWindowsOutsideTheirBoundsAreRefusedNamingTheRule(rule: String, days: String) async throws {
        try await APIWorld.withClient { world, client in
            let answer = try await client.send(.post, "/api/v1/weights", token: try world.token(.administrator),
                json: #"{"name": "long memory", "weights": {"specialty": 1}, "rules": {"\#(rule)": \#(days)}}"#)
            #expect(answer.status == .unprocessableContent, "\(answer.text)")
            #expect((answer.object["field"] as? String)?.hasSuffix(rule) == true, "\(answer.text)")
        }
    }
}

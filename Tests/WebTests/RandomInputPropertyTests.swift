import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

/// Whatever numbers and dates the write endpoints are sent, the service keeps answering: every read endpoint
/// and every matching command afterwards answers without a 5xx, and nothing stops the server.
@Suite struct RandomInputPropertyTests {
    /// Numbers and dates at the edges of what JSON and the types can hold, and ordinary ones between, from a seed.
    struct Values {
        var random: SeededRandom

        mutating func integer() -> Any {
            random.chance(0.5) ? random.pick([Int.max, Int.min, 0, -1, 1_000_000_000_000_000_000, 1 << 31, 1001, 3651])
                : random.int(-5...400)
        }

        mutating func number() -> Any {
            random.chance(0.5) ? random.pick([Double.greatestFiniteMagnitude, -1e308, 1e308, 1e-300, 0, 1e19, 1e6]) : random.unit() * 20
        }

        mutating func date() -> String {
            if random.chance(0.5) { return TestTime.today.adding(days: random.int(-400...400)).description }
            let year = random.pick([0, 1, 999, 1999, 2000, 2100, 2101, 9999, random.int(0...9999)])
            let month = random.int(1...12), day = random.int(1...28)
            return String(format: "%04d-%02d-%02d", year, month, day)
        }

        mutating func dateTime() -> String {
            let hour = random.int(0...23)
            return date() + String(format: "T%02d:%02d:00Z", hour, random.pick([0, 15, 30, 45]))
        }
    }

    /// The fields of each write endpoint that are not numbers or dates, so that a request gets as far as its numbers.
    static func base(_ operation: String, world: APIWorld) -> [String: Any] {
        switch operation {
        case "POST /api/v1/tokens": ["username": "coordinator", "password": APIWorld.password]
        case "POST /api/v1/cases":
            ["type": "NEIGHBOR", "source": "walk_in", "communityID": "210203004005", "summary": "楼上漏水",
                "parties": [["name": "王芳", "role": "applicant"]]]
        case "POST /api/v1/cases/{case}/close": ["outcome": "settled"]
        case "PUT /api/v1/cases/{case}/difficulty": ["difficulty": "major", "reason": "random input"]
        case "PUT /api/v1/cases/{case}/seats/{seat}": ["expertID": world.otherExpertID.rawValue, "reason": "random input"]
        case "POST /api/v1/offers/{offer}/decline", "POST /api/v1/weights/{version}/activate": ["reason": "random input"]
        case "POST /api/v1/weights": ["name": "random"]
        case "POST /api/v1/users": ["username": "u\(UUID().uuidString.prefix(8))", "displayName": "随机", "role": "coordinator",
            "password": "a long passphrase"]
        case "POST /api/v1/queue/assignment", "POST /api/v1/schedule/queue", "POST /api/v1/schedule/repair": ["dryRun": true]
        default: [:]
        }
    }

    /// The keys of the maps among the bodies' fields.
    static let mapKeys: [String: [String]] = [
        "weights": ScoreTermName.allCases.map(\.rawValue),
        "rules": ["conflict_lookback_days", "continuity_lookback_days", "fairness_window_days", "strain_window_days"],
    ]

    /// `body` with every number and date field of `schema` set to a random value, nested objects and arrays included.
    static func randomised(_ body: [String: Any], schema: [String: Any], values: inout Values) -> [String: Any] {
        var body = body
        for (name, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
            if let value = randomValue(property, name: name, existing: body[name], values: &values) { body[name] = value }
        }
        return body
    }

    static func randomValue(_ schema: [String: Any], name: String, existing: Any?, values: inout Values) -> Any? {
        switch (schema["type"] as? String, schema["format"] as? String) {
        case ("integer", _): return values.integer()
        case ("number", _): return values.number()
        case ("string", "date"): return values.date()
        case ("string", "date-time"): return values.dateTime()
        case ("object", _):
            if let entries = schema["additionalProperties"] as? [String: Any] {
                var map: [String: Any] = [:]
                for key in mapKeys[name] ?? [] where values.random.chance(0.7) {
                    map[key] = randomValue(entries, name: key, existing: nil, values: &values)
                }
                return map.isEmpty ? nil : map
            }
            return randomised(existing as? [String: Any] ?? [:], schema: schema, values: &values)
        case ("array", _):
            guard let items = schema["items"] as? [String: Any], let existing = existing as? [[String: Any]] else { return nil }
            return existing.map { randomised($0, schema: items, values: &values) }
        default: return nil
        }
    }

    /// `path` with its parameters filled with records of the world.
    static func fill(_ path: String, world: APIWorld, random: inout SeededRandom) throws -> String {
        let cases = try world.database.cases(), versions = try world.database.weightsProfiles().map(\.version)
        let sessions = try world.database.sessions(from: .distantPast, to: .distantFuture)
        let offers = try world.database.openOffers()
        return path.replacingOccurrences(of: "{case}", with: random.pick(cases).id.rawValue)
            .replacingOccurrences(of: "{expert}", with: world.expertID.rawValue)
            .replacingOccurrences(of: "{version}", with: String(random.pick(versions)))
            .replacingOccurrences(of: "{session}", with: sessions.isEmpty ? "S-none" : random.pick(sessions).id.rawValue)
            .replacingOccurrences(of: "{offer}", with: offers.isEmpty ? "A-none" : random.pick(offers).id.rawValue)
            .replacingOccurrences(of: "{user}", with: "U-other")
            .replacingOccurrences(of: "{seat}", with: "0")
    }

    /// Sends as the coordinator, and as the administrator where the coordinator may not.
    static func send(_ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, body: String?, world: APIWorld) async throws
        -> Answer
    {
        let answer = try await client.send(method, path, token: try world.token(.coordinator), json: body)
        guard answer.status == .forbidden else { return answer }
        return try await client.send(method, path, token: try world.token(.administrator), json: body)
    }

    @Test func randomNumbersAndDatesOnEveryWriteEndpointLeaveEveryReadAndMatchingCommandAnswering() async throws {
        try await APIWorld.withClient { world, client in
            let document = try await client.send(.get, "/openapi.json").object
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            var writes: [(method: String, path: String, schema: [String: Any])] = []
            var reads: [String] = []
            for (path, operations) in paths {
                for (method, operation) in operations {
                    if method == "get" { reads.append(path); continue }
                    let content = ((operation["requestBody"] as? [String: Any])?["content"] as? [String: Any])?["application/json"]
                    writes.append((method, path, (content as? [String: Any])?["schema"] as? [String: Any] ?? [:]))
                }
            }
            writes.sort { ($0.path, $0.method) < ($1.path, $1.method) }
            #expect(writes.count >= 20)

            var values = Values(random: SeededRandom(seed: 13))
            var failures: [String] = []
            for round in 0..<6 {
                for write in writes where write.path != "/api/v1/tokens/current" {
                    let operation = "\(write.method.uppercased()) \(write.path)"
                    let body = Self.randomised(Self.base(operation, world: world), schema: write.schema, values: &values)
                    let path = try Self.fill(write.path, world: world, random: &values.random)
                    let text = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
                    let answer = try await Self.send(client, HTTPRequest.Method(write.method.uppercased())!, path, body: text, world: world)
                    if answer.status.code >= 500 { failures.append("round \(round): \(operation) \(text) → \(answer.status.code) \(answer.text)") }
                }
            }

            var checks: [(HTTPRequest.Method, String, String?)] = []
            for path in reads.sorted() { checks.append((.get, try Self.fill(path, world: world, random: &values.random), nil)) }
            for dispute in try world.database.cases(CaseFilter(statuses: [.intake, .matching])).prefix(10) {
                checks.append((.get, "/api/v1/cases/\(dispute.id)/recommendation", nil))
            }
            for version in try world.database.weightsProfiles().map(\.version) {
                checks.append((.post, "/api/v1/weights/\(version)/replay", #"{"last": 40}"#))
                checks.append((.post, "/api/v1/weights/\(version)/activate", #"{"reason": "check every version"}"#))
                checks.append((.post, "/api/v1/queue/assignment", #"{"dryRun": true}"#))
                if let open = try world.database.cases(CaseFilter(statuses: [.intake, .matching])).first {
                    checks.append((.get, "/api/v1/cases/\(open.id)/recommendation", nil))
                }
            }
            checks.append((.get, "/api/v1/reports/load", nil))
            for (method, path, body) in checks {
                let answer = try await Self.send(client, method, path, body: body, world: world)
                if answer.status.code >= 500 { failures.append("afterwards: \(method) \(path) → \(answer.status.code) \(answer.text)") }
            }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
    }
}

import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

/// A control character in text is refused, naming the field, before it reaches the database or the audit log.
@Suite struct ControlCharacterTests {
    @Test(arguments: [("summary", "漏水\u{0}删除"), ("summary", "漏水\u{1B}[2J"), ("referralNumber", "XG\n42")])
    func aControlCharacterInACaseFieldIsRefusedNamingTheField(field: String, text: String) async throws {
        try await APIWorld.withClient { world, client in
            var body = try #require(try JSONSerialization.jsonObject(with: Data((RecordBoundsTests.newCase + "}").utf8)) as? [String: Any])
            body[field] = text
            if field == "referralNumber" { body["source"] = "police" }
            let answer = try await client.send(.post, "/api/v1/cases", token: try world.token(.coordinator),
                json: String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self))
            #expect(answer.status == .unprocessableContent, "\(answer.text)")
            #expect(answer.object["field"] as? String == field, "\(answer.text)")
        }
    }

    @Test func aLineBreakInASummaryIsKept() async throws {
        try await APIWorld.withClient { world, client in
            let answer = try await client.send(.post, "/api/v1/cases", token: try world.token(.coordinator),
                json: RecordBoundsTests.newCase.replacingOccurrences(of: "楼上漏水", with: #"楼上漏水\n三次"#) + "}")
            #expect(answer.status == .created, "\(answer.text)")
        }
    }

    @Test func aControlCharacterInAReasonNameOrLabelIsRefusedNamingTheField() async throws {
        try await APIWorld.withClient { world, client in
            let coordinator = try world.token(.coordinator), administrator = try world.token(.administrator)
            let dispute = try #require(try world.database.cases(.open).first)
            let events = try world.database.auditEvents().count
            for (method, path, token, body, field) in [
                (HTTPRequest.Method.put, "/api/v1/cases/\(dispute.id)/difficulty", coordinator,
                    #"{"difficulty": "major", "reason": "bad\u0000reason"}"#, "reason"),
                (.post, "/api/v1/experts/\(world.expertID)/leave", coordinator,
                    #"{"from": "2026-12-20", "through": "2026-12-21", "reason": "away\u0007"}"#, "reason"),
                (.post, "/api/v1/users", administrator,
                    #"{"username": "liu\u0000na", "displayName": "刘娜", "role": "coordinator", "password": "a long passphrase"}"#, "username"),
                (.post, "/api/v1/users", administrator,
                    #"{"username": "liuna", "displayName": "刘\u0008娜", "role": "coordinator", "password": "a long passphrase"}"#, "displayName"),
                (.post, "/api/v1/tokens", nil,
                    #"{"username": "coordinator", "password": "\#(APIWorld.password)", "label": "laptop\u0000"}"#, "label"),
                (.post, "/api/v1/weights", administrator, #"{"name": "v\u0000", "weights": {"specialty": 1}}"#, "name"),
                (.post, "/api/v1/weights/1/activate", administrator, #"{"reason": "because\u001b"}"#, "reason"),
            ] as [(HTTPRequest.Method, String, String?, String, String)] {
                let answer = try await client.send(method, path, token: token, json: body)
                #expect(answer.status == .unprocessableContent, "\(path): \(answer.text)")
                #expect(answer.object["field"] as? String == field, "\(path): \(answer.text)")
            }
            #expect(try world.database.auditEvents().count == events, "a refused request writes nothing to the audit log")
        }
    }
}

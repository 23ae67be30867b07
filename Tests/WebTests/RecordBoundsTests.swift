import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

/// Absurd numbers and dates are refused with a 422 naming the field, and nothing is stored.
@Suite struct RecordBoundsTests {
    static let newCase = #"{"type": "NEIGHBOR", "source": "walk_in", "communityID": "210203004005", "summary": "楼上漏水", "#
        + #""parties": [{"name": "王芳", "role": "applicant"}]"#

    @Test(arguments: [
        ("openedOn", #""0000-01-01""#), ("openedOn", #""9999-01-01""#), ("deadline", #""9999-12-31""#),
        ("amountYuan", "9223372036854775807"), ("priorMediations", "9223372036854775807"), ("petitions", "9223372036854775807"),
        ("petitions", "1001"),
    ])
    func aCaseWithAnAbsurdValueIsRefusedNamingTheField(field: String, value: String) async throws {
        try await APIWorld.withClient { world, client in
            let before = try world.database.cases().count
            let answer = try await client.send(.post, "/api/v1/cases", token: try world.token(.coordinator),
                json: Self.newCase + #", "\#(field)": \#(value)}"#)
            #expect(answer.status == .unprocessableContent, "\(answer.text)")
            #expect(answer.object["field"] as? String == field, "\(answer.text)")
            #expect(try world.database.cases().count == before)
        }
    }

    @Test func aClosingDayFarInTheFutureIsRefused() async throws {
        try await APIWorld.withClient { world, client in
            let dispute = try #require(try world.database.cases(CaseFilter(statuses: [.assigned])).first)
            let answer = try await client.send(.post, "/api/v1/cases/\(dispute.id)/close", token: try world.token(.coordinator),
                json: #"{"outcome": "settled", "closedOn": "9999-12-31"}"#)
            #expect(answer.status == .unprocessableContent, "\(answer.text)")
            #expect(answer.object["field"] as? String == "closedOn", "\(answer.text)")
        }
    }

    @Test(arguments: [("0001-01-01", "9999-12-31"), ("2026-12-01", "2030-12-01"), ("1999-12-30", "2000-01-02")])
    func leaveOutsideTheWindowOrLongerThanTwoYearsIsRefused(from: String, through: String) async throws {
        try await APIWorld.withClient { world, client in
            let answer = try await client.send(.post, "/api/v1/experts/\(world.expertID)/leave", token: try world.token(.coordinator),
                json: #"{"from": "\#(from)", "through": "\#(through)"}"#)
            #expect(answer.status == .unprocessableContent, "\(answer.text)")
            #expect(["from", "through", "leave"].contains(answer.object["field"] as? String ?? ""), "\(answer.text)")
            #expect(try world.database.expert(world.expertID)?.leave.contains { $0.description == "\(from)..\(through)" } == false)
        }
    }
}

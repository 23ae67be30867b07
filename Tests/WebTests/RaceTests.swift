import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Services
import Store
import TestSupport
import Testing
@testable import Web

/// Changes sent at the same moment by several people, on a file database: every acknowledged change is
/// kept, and no two people are ever merged into one record.
@Suite struct RaceTests {
    /// A different identity number for each `index`, differing in the digits a masked number keeps.
    static func identity(_ index: Int) -> String {
        "2102" + String(format: "%02d", index / 10_000) + "19800101" + String(format: "%04d", index % 10_000)
    }

    @Test func coordinatorsTakingInNamesakesAtOnceNeverMergeTwoPeople() async throws {
        try await APIWorld.withClient { world, client in
            let community = try world.database.cases().first!.communityID
            let (clients, intakesEach) = (8, 60)
            let tokens = try (0..<clients).map { _ in try world.token(.coordinator) }
            let answers = try await withThrowingTaskGroup(of: [(Int, Answer)].self) { group in
                for (desk, token) in tokens.enumerated() {
                    group.addTask {
                        var answers: [(Int, Answer)] = []
                        for round in 0..<intakesEach {
                            let index = desk * intakesEach + round
                            let answer = try await client.send(.post, "/api/v1/cases", token: token, json: """
                                {"type": "NEIGHBOR", "source": "walk_in", "communityID": "\(community)", "summary": "楼上漏水",
                                 "parties": [
                                   {"kind": "person", "name": "王伟", "identity": "\(Self.identity(index))", "role": "applicant"},
                                   {"kind": "organisation", "name": "西岗区某物业服务有限公司", "role": "respondent"}]}
                                """)
                            answers.append((index, answer))
                        }
                        return answers
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(answers.count == clients * intakesEach)
            let refused = answers.filter { $0.1.status != .created }
            #expect(refused.isEmpty, "\(refused.count) intakes refused, e.g. \(refused.first.map { "\($0.1.status): \($0.1.text)" } ?? "")")

            var caseIDs: Set<String> = [], partyIDs: Set<String> = []
            for (index, answer) in answers where answer.status == .created {
                let file = try #require(answer.object["case"] as? [String: Any])
                let caseID = try #require(file["id"] as? String)
                caseIDs.insert(caseID)
                let stored = try #require(try world.database.dispute(DisputeCase.ID(caseID)))
                let person = try #require(stored.parties.first { $0.party.kind == .person }?.party)
                #expect(person.identity == MaskedIdentityNumber(Self.identity(index)), "\(caseID) holds \(person.id) of another intake")
                #expect(try world.database.party(person.id)?.identity == MaskedIdentityNumber(Self.identity(index)))
                for entry in stored.parties { partyIDs.insert(entry.party.id.rawValue) }
            }
            #expect(caseIDs.count == clients * intakesEach, "case numbers were shared")
            #expect(partyIDs.count == 2 * clients * intakesEach, "a party record was shared by two intakes")
        }
    }

    @Test func leaveRecordedEightAtATimeIsAllKept() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.expert)
            let before = try #require(try world.database.expert(world.expertID)).leave
            let first = CalendarDay(year: 2027, month: 3, day: 1)!
            let periods = (0..<200).map { LeavePeriod(from: first.adding(days: 2 * $0), through: first.adding(days: 2 * $0)) }
            var statuses: [HTTPResponse.Status] = []
            for batch in stride(from: 0, to: periods.count, by: 8).map({ Array(periods[$0..<min($0 + 8, periods.count)]) }) {
                statuses += try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                    for period in batch {
                        group.addTask {
                            try await client.send(.post, "/api/v1/experts/\(world.expertID)/leave", token: token,
                                json: #"{"from": "\#(period.from)", "through": "\#(period.through)"}"#).status
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
            }
            #expect(statuses.allSatisfy { $0 == .ok }, "\(Set(statuses.map(\.code)))")
            let stored = Set(try #require(try world.database.expert(world.expertID)).leave)
            let lost = periods.filter { !stored.contains($0) }
            #expect(lost.isEmpty, "\(lost.count) acknowledged leave records were lost")
            #expect(stored.isSuperset(of: before))
        }
    }

    @Test func aCloseSentWithADifficultyChangeNeverUndoesIt() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.coordinator)
            for _ in 0..<20 {
                let dispute = try world.takeIn(difficulty: .ordinary)
                async let changed = client.send(.put, "/api/v1/cases/\(dispute.id)/difficulty", token: token,
                    json: #"{"difficulty": "major", "reason": "the parties threaten to escalate"}"#)
                async let closed = client.send(.post, "/api/v1/cases/\(dispute.id)/close", token: token,
                    json: #"{"outcome": "withdrawn", "reason": "the applicant withdrew"}"#)
                let (change, close) = try await (changed, closed)
                #expect([.ok, .conflict].contains(change.status) && close.status == .ok, "\(change.status) \(close.status)")
                let stored = try #require(try world.database.dispute(dispute.id))
                #expect(stored.status == .closed)
                if change.status == .ok { #expect(stored.difficulty == .major, "the close undid the acknowledged difficulty of \(dispute.id)") }
            }
        }
    }

    @Test func twoAdministratorsChangingOneUserAtOnceEachKeepTheirChange() async throws {
        try await APIWorld.withClient { world, client in
            let tokens = try (0..<2).map { _ in try world.token(.administrator) }
            for round in 0..<10 {
                let name = "协调员\(round)"
                async let renamed = client.send(.patch, "/api/v1/users/U-coordinator", token: tokens[0], json: #"{"displayName": "\#(name)"}"#)
                async let repassworded = client.send(.patch, "/api/v1/users/U-coordinator", token: tokens[1],
                    json: #"{"password": "a new password \#(round)"}"#)
                let (rename, repassword) = try await (renamed, repassworded)
                #expect(rename.status == .ok && repassword.status == .ok, "\(rename.status) \(repassword.status)")
                let stored = try #require(try world.database.user("U-coordinator"))
                #expect(stored.displayName == name, "round \(round): the password change undid the acknowledged new name")
            }
        }
    }
}

import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Services
import Store
import TestSupport
import Testing
@testable import Web

/// Coordinators working at once on a file database: each request plans from what it read, and the store has
/// the last word inside its write, so an expert never goes over capacity and a slot is never booked twice.
@Suite struct ConcurrencyTests {
    /// `count` new cases alike in every way that matters to matching and scheduling.
    static func identicalCases(_ count: Int, in world: APIWorld) throws -> [DisputeCase] {
        try (0..<count).map { _ in try world.takeIn(difficulty: .ordinary) }
    }

    static func openSeats(of expertID: Expert.ID, in database: AppDatabase) throws -> Int {
        let open = Set(try database.cases(CaseFilter.open).map(\.id))
        return try database.assignments(expertID: expertID).filter { $0.status.holdsSeat && open.contains($0.caseID) }.count
    }

    /// An expert whom matching still puts first on `dispute`'s lead seat once they have one place left, so
    /// every coordinator's plan reaches for the same last place.
    static func favouriteWithOnePlaceLeft(for dispute: DisputeCase, in world: APIWorld) throws -> Expert.ID {
        // Without the load term, being one place from full does not itself push the expert down the ranking.
        var profile = try world.database.activeWeightsProfile()!
        profile.version += 1
        profile.name = "no load term"
        profile.weights[.load] = 0
        profile.activation = nil
        try world.database.insertWeightsProfile(profile)
        try world.database.activateWeights(version: profile.version, at: APIWorld.now, by: "test", reason: "the test")
        let assignment = QueueAssignment(database: world.database)
        func lead() throws -> Expert.ID? {
            try assignment.plan(cases: [dispute], today: TestTime.today).placements.first { $0.seat == 0 }?.expertID
        }
        var tried: Set<Expert.ID> = []
        while let candidate = try lead(), tried.insert(candidate).inserted {
            var expert = try world.database.expert(candidate)!
            expert.capacity = try openSeats(of: candidate, in: world.database) + 1
            try world.database.updateExpert(expert, audit: AuditContext(at: APIWorld.now, actor: "test"))
            if try lead() == candidate { return candidate }
        }
        throw DomainError.conflict(record: "the test world", reason: "no expert stays first with one place left")
    }

    @Test func coordinatorsConfirmingPanelsAtOnceLeaveTheLastPlaceToOne() async throws {
        try await APIWorld.withClient { world, client in
            let cases = try Self.identicalCases(6, in: world)
            let favourite = try Self.favouriteWithOnePlaceLeft(for: cases[0], in: world)
            let capacity = try world.database.expert(favourite)!.capacity
            let tokens = try cases.map { _ in try world.token(.coordinator) }

            let statuses = try await client.sendAtOnce(zip(cases, tokens).map { ("/api/v1/cases/\($0.id)/assignments", $1, "{}") })
            #expect(statuses.allSatisfy { $0 == .ok || $0 == .conflict }, "\(statuses)")
            #expect(statuses.contains(.ok))
            #expect(try Self.openSeats(of: favourite, in: world.database) == capacity)
            let seated = try cases.filter { dispute in
                try world.database.assignments(caseID: dispute.id).contains { $0.expertID == favourite && $0.status.holdsSeat }
            }
            #expect(seated.count == 1)
        }
    }

    @Test func coordinatorsBookingAtOnceNeverDoubleBookAnExpertOrARoom() async throws {
        try await APIWorld.withClient { world, client in
            let cases = try Self.identicalCases(4, in: world)
            let recommendation = try MatchingService(database: world.database).recommend(cases[0].id, today: TestTime.today).recommendation
            let mediator = try #require(recommendation.seats[0].chosen)
            var expert = try world.database.expert(mediator.expertID)!
            expert.capacity = try Self.openSeats(of: expert.id, in: world.database) + cases.count
            try world.database.updateExpert(expert, audit: AuditContext(at: APIWorld.now, actor: "test"))
            let offers = cases.map { dispute in
                Assignment(id: "", caseID: dispute.id, seat: 0, role: recommendation.seats[0].requirement.role, expertID: expert.id,
                    status: .accepted, offeredAt: APIWorld.now, respondedAt: APIWorld.now)
            }
            try world.database.recordOffers(offers, caseStatuses: Dictionary(uniqueKeysWithValues: cases.map { ($0.id, .assigned) }),
                audit: AuditContext(at: APIWorld.now, actor: "test"))
            let tokens = try cases.map { _ in try world.token(.coordinator) }

            let statuses = try await client.sendAtOnce(zip(cases, tokens).map { ("/api/v1/cases/\($0.id)/sessions", $1, "{}") })
            #expect(statuses.allSatisfy { $0 == .created || $0 == .conflict }, "\(statuses)")
            #expect(statuses.contains(.created))

            let live = try world.database.sessions(expertID: expert.id).filter { $0.status == .proposed || $0.status == .confirmed }
            #expect(live.filter { session in cases.contains { $0.id == session.caseID } }.count == statuses.filter { $0 == .created }.count)
            for (a, b) in pairs(live) {
                #expect(!(a.startsAt < b.endsAt && b.startsAt < a.endsAt), "\(a.id) and \(b.id) overlap for \(expert.id)")
            }
            let venues = Dictionary(uniqueKeysWithValues: try world.database.venues().map { ($0.id, $0) })
            let everyLive = try world.database.sessions(from: APIWorld.now, to: APIWorld.now.addingTimeInterval(40 * 86_400))
                .filter { ($0.status == .proposed || $0.status == .confirmed) && venues[$0.venueID]?.isOnline == false }
            for (a, b) in pairs(everyLive) where a.venueID == b.venueID {
                #expect(!(a.startsAt < b.endsAt && b.startsAt < a.endsAt), "\(a.id) and \(b.id) share \(a.venueID)")
            }
        }
    }

    @Test func twoMovesOfOneSessionAtOnceCannotBothWin() async throws {
        try await APIWorld.withClient { world, client in
            let session = try world.database.sessions(expertID: world.expertID)[0]
            let options = try SchedulingService(database: world.database).options(for: session.caseID, now: APIWorld.now)
            let targets = options.options.map(\.session.startsAt).filter { $0 != session.startsAt }.prefix(2)
            try #require(targets.count == 2)
            let formatter = ISO8601DateFormatter()
            let bodies = targets.map { start in
                #"{"startsAt": "\#(formatter.string(from: start))", "revision": \#(session.revision), "reason": "the parties asked"}"#
            }
            let tokens = try targets.map { _ in try world.token(.coordinator) }
            let statuses = try await client.sendAtOnce(zip(bodies, tokens).map { ("/api/v1/sessions/\(session.id)/move", $1, $0) })
            #expect(statuses.sorted { $0.code < $1.code } == [.ok, .conflict], "\(statuses)")
            #expect(try world.database.session(session.id)?.revision == session.revision + 1)
        }
    }
}

extension TestClientProtocol {
    /// POSTs every request at the same moment, as coordinators at different desks would; the statuses come
    /// back in the order the answers arrive.
    func sendAtOnce(_ requests: [(path: String, token: String, body: String)]) async throws -> [HTTPResponse.Status] {
        try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
            for request in requests {
                group.addTask { try await send(.post, request.path, token: request.token, json: request.body).status }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}

private func pairs<T>(_ items: [T]) -> [(T, T)] {
    items.indices.flatMap { i in items.indices.filter { $0 > i }.map { (items[i], items[$0]) } }
}

import Domain
import Foundation
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

/// An expert reads only their own offers, seats, sessions and record, and of a case only what they need:
/// never a party's identity number.
@Suite struct ExpertViewTests {
    @Test func offersSeatsAndSessionsAreTheExpertsOwn() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.expert)
            let offers = try await client.send(.get, "/api/v1/offers", token: token).array
            #expect(!offers.isEmpty && offers.allSatisfy { $0["expertID"] as? String == world.expertID.rawValue })
            let all = try await client.send(.get, "/api/v1/offers", token: try world.token(.coordinator)).array
            #expect(all.count > offers.count)

            let seats = try await client.send(.get, "/api/v1/assignments", token: token).array
            #expect(!seats.isEmpty && seats.allSatisfy { $0["expertID"] as? String == world.expertID.rawValue })
            let others = try await client.send(.get, "/api/v1/assignments?expert=\(world.otherExpertID)", token: token)
            #expect(others.status == .forbidden && others.object["field"] as? String == "expert")

            let sessions = try await client.send(.get, "/api/v1/sessions", token: token).array
            #expect(!sessions.isEmpty && sessions.allSatisfy { ($0["panel"] as? [String] ?? []).contains(world.expertID.rawValue) })
        }
    }

    @Test func aCaseOnTheirPanelShowsNoIdentityNumbers() async throws {
        try await APIWorld.withClient { world, client in
            let session = try world.database.sessions(expertID: world.expertID).first!
            let dispute = try world.database.dispute(session.caseID)!
            let identities = dispute.parties.compactMap { $0.party.identity?.text }
            #expect(!identities.isEmpty)

            let brief = try await client.send(.get, "/api/v1/cases/\(dispute.id)", token: try world.token(.expert))
            #expect(brief.status == .ok)
            #expect(!brief.text.contains("identity") && identities.allSatisfy { !brief.text.contains($0) })
            #expect((brief.object["parties"] as? [[String: Any]])?.map { $0["name"] as? String } == dispute.parties.map(\.party.name))
            #expect((brief.object["mySeats"] as? [[String: Any]])?.isEmpty == false)

            let file = try await client.send(.get, "/api/v1/cases/\(dispute.id)", token: try world.token(.coordinator))
            #expect(identities.allSatisfy { file.text.contains($0) })
        }
    }

    @Test func theirOwnRecordNamesTheirTiesWithoutIdentityNumbers() async throws {
        try await APIWorld.withClient { world, client in
            var expert = try world.database.expert(world.expertID)!
            let identity = MaskedIdentityNumber("210203197505051234")!
            expert.relations.append(DeclaredRelation(.person(name: "王小丽", identity: identity), nature: .relative))
            try world.database.updateExpert(expert, audit: AuditContext(at: APIWorld.now, actor: "test"))

            let own = try await client.send(.get, "/api/v1/experts/\(world.expertID)", token: try world.token(.expert))
            #expect(own.status == .ok && own.text.contains("王小丽") && !own.text.contains(identity.text))
            let office = try await client.send(.get, "/api/v1/experts/\(world.expertID)", token: try world.token(.coordinator))
            #expect(office.text.contains(identity.text))
        }
    }

    @Test func otherCasesExpertsAndOffersAreOutOfReach() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.expert)
            let mine = Set(try world.database.assignments(expertID: world.expertID).map(\.caseID))
            let elsewhere = try world.database.cases(CaseFilter(statuses: [.assigned])).first { !mine.contains($0.id) }!
            #expect(try await client.send(.get, "/api/v1/cases/\(elsewhere.id)", token: token).status == .notFound)
            for path in ["/experts/\(world.otherExpertID)", "/experts/\(world.otherExpertID)/calendar", "/experts/\(world.otherExpertID)/calendar.ics"] {
                #expect(try await client.send(.get, "/api/v1" + path, token: token).status == .forbidden, "\(path)")
            }
            let leave = try await client.send(.post, "/api/v1/experts/\(world.otherExpertID)/leave", token: token,
                json: #"{"from": "2026-12-07", "through": "2026-12-08"}"#)
            #expect(leave.status == .forbidden)
            #expect(try world.database.expert(world.otherExpertID)!.leave.allSatisfy { $0.from != CalendarDay("2026-12-07")! })

            let foreign = try world.database.openOffers().first { $0.expertID != world.expertID }!
            let accept = try await client.send(.post, "/api/v1/offers/\(foreign.id)/accept", token: token)
            #expect(accept.status == .notFound)
            #expect(try world.database.assignment(foreign.id)?.status == .offered)
        }
    }

    @Test func anExpertAcceptsTheirOfferAndDeclinesAnotherWithAReason() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.expert)
            let offer = try world.database.openOffers().first { $0.expertID == world.expertID }!
            let accepted = try await client.send(.post, "/api/v1/offers/\(offer.id)/accept", token: token)
            #expect(accepted.status == .ok)
            #expect(try world.database.assignment(offer.id)?.status == .accepted)
            let again = try await client.send(.post, "/api/v1/offers/\(offer.id)/decline", token: token, json: #"{"reason": "too late"}"#)
            #expect(again.status == .conflict && again.text.contains("already accepted"))

            let other = try world.database.openOffers().first { $0.expertID == world.otherExpertID }
                ?? world.database.openOffers().first { $0.expertID != world.expertID }!
            let otherToken = try world.token(other.expertID == world.otherExpertID ? "other" : "coordinator")
            let declined = try await client.send(.post, "/api/v1/offers/\(other.id)/decline", token: otherToken,
                json: #"{"reason": "on a training course that week"}"#)
            #expect(declined.status == .ok)
            #expect(try world.database.assignment(other.id)?.reason == "on a training course that week")
            let refill = declined.object["refill"] as? [String: Any]
            #expect(refill == nil || (refill?["seat"] as? Int == other.seat && refill?["expertID"] as? String != other.expertID.rawValue))
        }
    }
}

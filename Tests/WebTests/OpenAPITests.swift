import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

@Suite struct OpenAPITests {
    static func document() async throws -> [String: Any] {
        let database = try AppDatabase.inMemory()
        let app = Application(router: try FengqiaoServer.router(database: database, clock: APIWorld.clock))
        return try await app.test(.router) { client in
            try await client.send(.get, "/openapi.json").object
        }
    }

    /// Each route the router serves but the pages, as `GET /api/v1/cases/{case}`.
    static func routes() throws -> Set<String> {
        func template(_ path: String) -> String {
            path.split(separator: "/", omittingEmptySubsequences: false).map { part in
                part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
            }.joined(separator: "/")
        }
        let pages = Set(PageRoutes.paths.map(template))
        let router = try FengqiaoServer.router(database: try AppDatabase.inMemory(), clock: APIWorld.clock)
        return Set(router.routes.map { (method: $0.method, path: template($0.path.description)) }.filter { !pages.contains($0.path) }
            .map { "\($0.method.rawValue) \($0.path)" })
    }

    static func operations(_ document: [String: Any]) -> Set<String> {
        let paths = document["paths"] as? [String: [String: Any]] ?? [:]
        return Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
    }

    /// A route added to the router without an entry in the document fails here, and so does a documented
    /// operation that nothing serves.
    @Test func everyRouteIsDocumentedAndEveryDocumentedOperationIsServed() async throws {
        let routes = try Self.routes(), documented = Self.operations(try await Self.document())
        #expect(routes.count >= 45)
        #expect(routes.subtracting(documented).isEmpty, "not in /openapi.json: \(routes.subtracting(documented).sorted())")
        #expect(documented.subtracting(routes).isEmpty, "documented but not served: \(documented.subtracting(routes).sorted())")
        for required in ["GET /healthz", "GET /metrics", "GET /openapi.json", "GET /api/v1/cases/{case}/why-not/{expert}",
            "POST /api/v1/queue/assignment", "POST /api/v1/weights/{version}/replay", "GET /api/v1/audit/verify",
            "GET /api/v1/referrals/feedback"]
        {
            #expect(documented.contains(required), "\(required)")
        }
    }

    @Test func theDocumentIsOpenAPIThreeOneWithEveryReferenceResolved() async throws {
        let document = try await Self.document()
        #expect(document["openapi"] as? String == "3.1.0")
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
        var references: Set<String> = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if let ref = object["$ref"] as? String { references.insert(ref) }
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(document)
        #expect(!references.isEmpty)
        for reference in references {
            #expect(schemas[String(reference.dropFirst("#/components/schemas/".count))] != nil, "\(reference) does not resolve")
        }
        var operationIDs: [String] = []
        for (_, operations) in document["paths"] as? [String: [String: [String: Any]]] ?? [:] {
            for (_, operation) in operations {
                operationIDs.append(operation["operationId"] as? String ?? "")
                let responses = operation["responses"] as? [String: Any] ?? [:]
                #expect(responses["400"] != nil && responses["401"] != nil, "\(operation["operationId"] ?? "")")
            }
        }
        #expect(Set(operationIDs).count == operationIDs.count && !operationIDs.contains(""))
    }
}

/// Errors are problem details that name the field at fault.
@Suite struct ProblemTests {
    @Test func bodiesThatDoNotDecodeNameTheField() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.coordinator)
            let notJSON = try await client.send(.post, "/api/v1/cases", token: token, json: "{type: neighbour")
            #expect(notJSON.status == .badRequest && notJSON.contentType == "application/problem+json")
            let wrongType = try await client.send(.post, "/api/v1/cases", token: token, json: """
                {"type": "NEIGHBOR", "source": "walk_in", "communityID": "210203004005", "summary": "漏水", "amountYuan": "lots",
                 "parties": [{"name": "甲", "role": "applicant"}]}
                """)
            #expect(wrongType.status == .badRequest && wrongType.object["field"] as? String == "amountYuan")
            let badCode = try await client.send(.post, "/api/v1/cases", token: token, json: """
                {"type": "FEUD", "source": "walk_in", "communityID": "210203004005", "summary": "漏水", "parties": []}
                """)
            #expect(badCode.status == .badRequest && badCode.object["field"] as? String == "type")
            let missing = try await client.send(.post, "/api/v1/cases", token: token, json: """
                {"type": "NEIGHBOR", "source": "walk_in", "communityID": "210203004005", "summary": "漏水", "parties": [{"name": "甲"}]}
                """)
            #expect(missing.status == .badRequest && missing.object["field"] as? String == "parties[0].role")
        }
    }

    @Test func rulesTheDomainKeepsNameTheFieldOfTheRequest() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.coordinator)
            let before = try world.database.counts()
            let unknown = try await client.send(.post, "/api/v1/cases", token: token, json: """
                {"type": "NEIGHBOR", "source": "walk_in", "communityID": "210203999999", "summary": "漏水", "parties": [{"name": "甲", "role": "applicant"}]}
                """)
            #expect(unknown.status == .unprocessableContent && unknown.object["field"] as? String == "communityID")
            let police = try await client.send(.post, "/api/v1/cases", token: token, json: """
                {"type": "NEIGHBOR", "source": "police", "communityID": "210203004005", "summary": "漏水", "parties": [{"name": "甲", "role": "applicant"}]}
                """)
            #expect(police.status == .unprocessableContent && police.object["field"] as? String == "referralNumber")
            #expect(try world.database.counts() == before)

            let taken = try await client.send(.post, "/api/v1/cases", token: token, json: """
                {"type": "NEIGHBOR", "source": "police", "referralNumber": "JQ-2026-1130-77", "evidence": ["现场照片"],
                 "communityID": "210203004005", "summary": "漏水", "parties": [{"name": "甲", "identity": "210203198001011234", "role": "applicant"}]}
                """)
            #expect(taken.status == .created)
            let id = try #require((taken.object["case"] as? [String: Any])?["id"] as? String)
            #expect(try world.database.auditEvents().contains { $0.action == "case.intake" && $0.recordID == id })
            let illegal = try await client.send(.post, "/api/v1/cases/\(id)/start", token: token)
            #expect(illegal.status == .conflict && illegal.text.contains("cannot move from intake to in_mediation"))
        }
    }

    /// Found by fuzzing: a day centuries ahead once made the scheduler build a frame without bound.
    @Test func schedulingFarAheadIsRefusedNamingTheField() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.coordinator)
            let session = try world.database.sessions(expertID: world.expertID)[0]
            let options = try await client.send(.get, "/api/v1/cases/\(session.caseID)/schedule-options?after=3333-11-19", token: token)
            #expect(options.status == .unprocessableContent && options.object["field"] as? String == "after")
            let booking = try await client.send(.post, "/api/v1/cases/\(session.caseID)/sessions", token: token, json: #"{"after": "3333-11-19"}"#)
            #expect(booking.status == .unprocessableContent && booking.object["field"] as? String == "after")
            let move = try await client.send(.post, "/api/v1/sessions/\(session.id)/move", token: token,
                json: #"{"startsAt": "3333-11-19T09:00:00+08:00", "revision": \#(session.revision)}"#)
            #expect(move.status == .unprocessableContent && move.object["field"] as? String == "startsAt")
            let report = try await client.send(.get, "/api/v1/reports/outcomes?from=0815-12-09&through=2026-11-30", token: token)
            #expect(report.status == .badRequest && report.object["field"] as? String == "from")
        }
    }

    @Test func unknownRoutesAndRecordsAreProblemsToo() async throws {
        try await APIWorld.withClient { world, client in
            let token = try world.token(.coordinator)
            let route = try await client.send(.get, "/api/v1/nothing-here", token: token)
            #expect(route.status == .notFound && route.contentType == "application/problem+json")
            let record = try await client.send(.get, "/api/v1/cases/C-1999-00001", token: token)
            #expect(record.status == .notFound && record.text.contains("C-1999-00001"))
            let query = try await client.send(.get, "/api/v1/cases?status=pending", token: token)
            #expect(query.status == .badRequest && query.object["field"] as? String == "status")
        }
    }

    @Test func aRoleRefusedIsToldWhoTheEndpointIsFor() async throws {
        try await APIWorld.withClient { world, client in
            let expert = try await client.send(.get, "/api/v1/users", token: try world.token(.expert))
            #expect(expert.status == .forbidden && expert.object["detail"] as? String == "An expert may not do this; it is for administrator.")
            let coordinator = try await client.send(.get, "/api/v1/users", token: try world.token(.coordinator))
            #expect(coordinator.object["detail"] as? String == "A coordinator may not do this; it is for administrator.")
        }
    }
}

import Domain
import Foundation
import HummingbirdTesting
import Store
import TestSupport
import Testing
@testable import Web

/// Every endpoint, called by nobody and by each role: nobody gets 401 unless the endpoint is public, a role
/// the endpoint is not for gets 403, a role it is for gets past the door; every answer is one the OpenAPI
/// document lists for that endpoint.
@Suite struct RoleMatrixTests {
    static let endpoints: [Endpoint] = {
        let database = try! AppDatabase.inMemory()
        let api = FengqiaoAPI(database: database, clock: APIWorld.clock, passwordCost: APIWorld.passwordCost)
        return api.groups(metrics: { "" }).flatMap { prefix, endpoints in
            endpoints.map { endpoint in
                var endpoint = endpoint
                endpoint.path = prefix + endpoint.path
                return endpoint
            }
        }
    }()

    @Test func theMatrixCoversEveryEndpointAndEveryRole() {
        #expect(Self.endpoints.count >= 40)
        for role in User.Role.allCases {
            #expect(Self.endpoints.contains { $0.allowedRoles.contains(role) && $0.allowedRoles != Set(User.Role.allCases) },
                "no endpoint is for \(role) in particular")
        }
        #expect(Self.endpoints.contains { !$0.allowedRoles.contains(.expert) })
    }

    @Test(arguments: endpoints)
    func callersMeetTheirAccessRule(_ endpoint: Endpoint) async throws {
        try await APIWorld.withClient { world, client in
            let path = try world.fill(endpoint.path)
            let body = endpoint.body == nil ? nil : "{}"
            let documented = Set(endpoint.problemStatuses.map(\.code) + [endpoint.successStatus])

            let anonymous = try await client.send(endpoint.method, path, json: body)
            if case .anyone = endpoint.access {
                #expect(anonymous.status != .unauthorized, "\(endpoint.method) \(path) is public")
            } else {
                #expect(anonymous.status == .unauthorized, "\(endpoint.method) \(path) needs a token")
            }
            #expect(documented.contains(anonymous.status.code), "\(endpoint.method) \(path): \(anonymous.status) is not documented")

            for role in User.Role.allCases {
                let answer = try await client.send(endpoint.method, path, token: try world.token(role), json: body)
                if endpoint.allowedRoles.contains(role) {
                    #expect(answer.status != .unauthorized && answer.status != .forbidden,
                        "\(role) may \(endpoint.method) \(path) but got \(answer.status): \(answer.text)")
                } else {
                    #expect(answer.status == .forbidden, "\(role) may not \(endpoint.method) \(path) but got \(answer.status)")
                }
                #expect(documented.contains(answer.status.code), "\(role) \(endpoint.method) \(path): \(answer.status) is not documented: \(answer.text)")
                if answer.status.code >= 400 {
                    #expect(answer.contentType == "application/problem+json", "\(endpoint.method) \(path) \(answer.status): \(answer.text)")
                }
            }
        }
    }
}

extension Endpoint: CustomTestStringConvertible {
    public var testDescription: String { "\(method) \(path)" }

    var successStatus: Int {
        switch success {
        case let .json(status, _): status.code
        case .text: 200
        case .noContent: 204
        }
    }
}

extension APIWorld {
    /// The path with each parameter filled by a record the expert user may see: their case, offer, session.
    func fill(_ path: String) throws -> String {
        let offer = try database.openOffers().first { $0.expertID == expertID }!
        let session = try database.sessions(expertID: expertID).first!
        let values = [
            "{case}": session.caseID.rawValue, "{expert}": expertID.rawValue, "{offer}": offer.id.rawValue,
            "{session}": session.id.rawValue, "{user}": "U-other", "{version}": "1", "{seat}": "1",
        ]
        return values.reduce(path) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
}

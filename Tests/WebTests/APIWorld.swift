import Domain
import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Matching
import Services
import Store
import TestSupport
import Testing
@testable import Web

/// The Xigang district after a morning's work: the queue assigned as offers, a few cases booked, and one
/// user of each role. Built once in memory; each test gets its own file copy, so tests may change it freely
/// and concurrent requests meet real SQLite locking.
struct APIWorld {
    static let now = TestTime.at(TestTime.today, hour: 8)
    static let clock = APIClock { (now, TestTime.today) }
    /// Bcrypt's lowest cost, so tests that log in stay quick; the product uses 12.
    static let passwordCost: UInt8 = 4
    static let password = "correct horse battery"

    /// The expert who logs in as `expert`: they hold an open offer and sit in a booked session.
    let expertID: Expert.ID
    /// Another expert, whose records the expert user may not read.
    let otherExpertID: Expert.ID
    let database: AppDatabase
    let path: String

    private static let template: Result<(AppDatabase, Expert.ID, Expert.ID), any Error> = Result {
        let database = try AppDatabase.inMemory()
        var dataset = try FixtureLoader().read(directory: FixturePaths.xigang)
        dataset.weights = [DefaultWeights.profile(createdAt: Date(timeIntervalSince1970: 0))]
        dataset.panelRequirements = PanelTable.defaults.requirements
        try database.insertDataset(dataset, label: "test")
        let assignment = QueueAssignment(database: database)
        try assignment.commit(try assignment.plan(today: TestTime.today), at: now)
        let scheduling = SchedulingService(database: database)
        var booked: [Session] = []
        for dispute in try database.cases(CaseFilter(statuses: [.assigned])).prefix(6) {
            if let session = try? scheduling.book(dispute.id, now: now) { booked.append(session) }
        }
        let offered = Set(try database.openOffers().map(\.expertID))
        guard let expertID = booked.flatMap(\.panel).first(where: offered.contains) else {
            throw DomainError.conflict(record: "the test world", reason: "no booked expert also holds an open offer")
        }
        let otherExpertID = try database.experts().first { $0.id != expertID }!.id
        // Every user logs in with the same test password.
        let hash = Bcrypt.hash(password, cost: passwordCost)
        let users: [User] = [
            .fixture(id: "U-coordinator", username: "coordinator", role: .coordinator, passwordHash: hash),
            .fixture(id: "U-administrator", username: "admin", role: .administrator, passwordHash: hash),
            .fixture(id: "U-expert", username: "expert", role: .expert, expertID: expertID, passwordHash: hash),
            .fixture(id: "U-other", username: "other", role: .expert, expertID: otherExpertID, passwordHash: hash),
        ]
        for user in users { try database.insertUser(user) }
        return (database, expertID, otherExpertID)
    }

    init() throws {
        let (template, expertID, otherExpertID) = try Self.template.get()
        path = FileManager.default.temporaryDirectory.appendingPathComponent("fengqiao-api-\(UUID().uuidString).sqlite").path
        try template.copyForTesting(to: path)
        database = try AppDatabase.open(path: path)
        self.expertID = expertID
        self.otherExpertID = otherExpertID
    }

    func removeFiles() {
        for suffix in ["", "-wal", "-shm", ".audit-key"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// A fresh token for the user of this role (`other` for the second expert).
    func token(_ username: String) throws -> String {
        guard let user = try database.user(username: username) else { throw DomainError.notFound(kind: "user", id: username) }
        return try database.issueToken(for: user.id, label: "test", expiresAt: nil, audit: AuditContext(at: Self.now, actor: "test"))
    }

    func token(_ role: User.Role) throws -> String {
        try token(role == .administrator ? "admin" : role.rawValue)
    }

    func application() throws -> some ApplicationProtocol {
        Application(router: try FengqiaoServer.router(database: database, clock: Self.clock, passwordCost: Self.passwordCost))
    }

    /// Runs `body` with a client of a fresh copy of the world, removing the copy afterwards.
    static func withClient<T: Sendable>(_ body: @Sendable (APIWorld, any TestClientProtocol) async throws -> T) async throws -> T {
        let world = try APIWorld()
        defer { world.removeFiles() }
        return try await world.application().test(.router) { client in try await body(world, client) }
    }
}

/// One answer, with its body read as JSON when it is JSON.
struct Answer {
    var status: HTTPResponse.Status
    var contentType: String?
    var text: String
    var headers: HTTPFields = [:]

    var json: Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
}

extension TestClientProtocol {
    func send(_ method: HTTPRequest.Method, _ path: String, token: String? = nil, json body: String? = nil) async throws -> Answer {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if body != nil { headers[.contentType] = "application/json" }
        return try await send(method, path, headers: headers, body: body)
    }

    func send(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields, body: String? = nil) async throws -> Answer {
        try await execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            Answer(status: response.status, contentType: response.headers[.contentType], text: String(buffer: response.body),
                headers: response.headers)
        }
    }
}

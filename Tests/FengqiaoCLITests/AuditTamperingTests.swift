import Crypto
import Domain
import Foundation
import Store
import Testing

/// Someone who can write the database file, but has no audit key, tampers with the chain in each way
/// `audit verify` must catch.
@Suite struct AuditTamperingTests {
    @Test func droppingTheNewestEventsIsCaughtByThePublishedHead() throws {
        let directory = try ScheduleCommandTests.assignedDemo()
        let head = try CommandRunner.run(["audit", "head", "--db", "d.sqlite"], in: directory)
        #expect(head.status == 0, "\(head.errors)")
        let published = head.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let count = try #require(published.split(separator: ":").last.flatMap { Int($0) })
        #expect(try CommandRunner.run(["audit", "verify", "--head", published, "--db", "d.sqlite"], in: directory).status == 0)

        let database = try Self.open(directory)
        try database.executeForTesting("DROP TRIGGER audit_event_is_append_only_delete")
        try database.executeForTesting("DELETE FROM audit_event WHERE sequence > \(count - 3)")
        // What is left is consistent in itself: only the published head shows what is missing.
        #expect(try CommandRunner.run(["audit", "verify", "--db", "d.sqlite"], in: directory).status == 0)
        let caught = try CommandRunner.run(["audit", "verify", "--head", published, "--db", "d.sqlite"], in: directory)
        #expect(caught.status == 1)
        #expect(caught.output == """
            The audit chain is broken at event \(count - 2): it is missing, yet the published head counts \(count) events \
            (the newest 3 were dropped).\n
            """)
    }

    @Test func aChainRewrittenFromAnEditedEventWithPlainHashesIsCaught() throws {
        let directory = try ScheduleCommandTests.assignedDemo()
        let database = try Self.open(directory)
        let events = try database.auditEvents()
        let edited = try #require(events.last).sequence - 2
        try database.executeForTesting("DROP TRIGGER audit_event_is_append_only_update")
        var previous = events[Int(edited) - 2].hash
        for var event in events.dropFirst(Int(edited) - 1) {
            if event.sequence == edited { event.actor = "nobody" }
            event.previousHash = previous
            event.hash = Self.plainHash(event)
            try database.executeForTesting("""
                UPDATE audit_event SET actor = '\(event.actor)', previous_hash = '\(event.previousHash)', hash = '\(event.hash)'
                WHERE sequence = \(event.sequence)
                """)
            previous = event.hash
        }
        let caught = try CommandRunner.run(["audit", "verify", "--db", "d.sqlite"], in: directory)
        #expect(caught.status == 1)
        #expect(caught.output == """
            The audit chain is broken at event \(edited): its hash is not signed with the audit key, so it was rewritten by \
            someone without the key.\n
            """)
    }

    @Test func aStatusChangedByHandInSQLIsNamed() throws {
        let directory = try ScheduleCommandTests.assignedDemo()
        let clean = try CommandRunner.run(["audit", "verify", "--records", "--db", "d.sqlite"], in: directory)
        #expect(clean.status == 0, "\(clean.output)\(clean.errors)")
        let database = try Self.open(directory)
        let moved = try #require(try database.auditEvents().last { $0.action == "case.status" })
        let said = try #require(try JSONDecoder().decode([String: String].self, from: Data((moved.after ?? "").utf8))["status"])
        try database.executeForTesting("UPDATE dispute_case SET status = 'intake' WHERE id = '\(moved.recordID)'")
        let caught = try CommandRunner.run(["audit", "verify", "--records", "--db", "d.sqlite"], in: directory)
        #expect(caught.status == 1)
        #expect(caught.output.contains("""
            case \(moved.recordID): status is intake in the database, but the audit chain's last event (#\(moved.sequence)) says \(said).
            """))
    }

    static func open(_ directory: URL) throws -> AppDatabase {
        try AppDatabase.open(path: directory.appendingPathComponent("d.sqlite").path)
    }

    /// What a forger without the key can compute: SHA-256 over the event's fields, as the chain was made before it was keyed.
    static func plainHash(_ event: AuditEvent) -> String {
        let milliseconds = Int64((event.at.timeIntervalSince1970 * 1000).rounded())
        let fields: [String?] = [
            String(event.sequence), String(milliseconds), event.actor, event.action, event.recordType, event.recordID,
            event.before, event.after, event.reason, event.previousHash,
        ]
        let data = (try? JSONEncoder().encode(fields)) ?? Data()
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

@Suite struct AuditKeyCommandTests {
    @Test func theKeyFileComesFromTheOptionOrTheEnvironmentAndRotationKeepsTheChainVerifiable() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let key = ["--audit-key-file", "keys/audit.key", "--db", "d.sqlite"]
        #expect(try CommandRunner.run(["db", "migrate"] + key, in: directory).status == 0)
        let rotated = try CommandRunner.run(["audit", "rotate-key", "--by", "王主任"] + key, in: directory)
        #expect(rotated.status == 0, "\(rotated.errors)")
        #expect(rotated.output.hasPrefix("Audit key ") && rotated.output.contains(" now signs new events "))
        let keyFile = directory.appendingPathComponent("keys/audit.key").path
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let environment = ["FENGQIAO_AUDIT_KEY_FILE": keyFile]
        let verified = try CommandRunner.run(["audit", "verify", "--db", "d.sqlite"], in: directory, environment: environment)
        #expect(verified.output == "The audit chain is intact: 1 events, every hash and link checks out.\n")
        let listed = try CommandRunner.run(["audit", "list", "--db", "d.sqlite"], in: directory, environment: environment)
        #expect(listed.output.contains("audit.rotate-key") && listed.output.contains("王主任"))

        // With another key (here the default file beside the database, created on first use), nothing verifies.
        let stranger = try CommandRunner.run(["audit", "verify", "--db", "d.sqlite"], in: directory)
        #expect(stranger.status == 1)
        #expect(stranger.output.hasPrefix("The audit chain is broken at event 1: it is signed with audit key "))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("d.sqlite.audit-key").path))
    }
}

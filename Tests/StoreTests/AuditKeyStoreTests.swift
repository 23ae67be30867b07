import Crypto
import Domain
import Foundation
import Store
import Testing
import TestSupport

/// The chain is signed with a key outside the database: someone who can write the file but has no key cannot
/// rewrite it, a published head catches events dropped since, and rotated keys keep older events verifiable.
@Suite struct AuditKeyStoreTests {
    @Test func eachEventIsSignedWithTheKeyFileBesideTheDatabase() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("fengqiao.sqlite").path
        let database = try AppDatabase.open(path: path)
        let events = try (1...3).map { try database.appendAudit(auditDraft($0)) }
        let keyFile = AuditKeyring.defaultFile(forDatabaseAt: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let keyID = try #require(try AuditKeyring.load(file: keyFile).keyIDs.last)
        #expect(events.allSatisfy { $0.hash.hasPrefix(keyID + ".") && $0.hash.count == 8 + 1 + 64 })
        #expect(try AppDatabase.open(path: path).verifyAuditChain() == .intact(events: 3))

        // Without its key, the same file proves nothing.
        try FileManager.default.removeItem(atPath: keyFile)
        #expect(try AppDatabase.open(path: path).verifyAuditChain()
            == .broken(sequence: 1, problem: "it is signed with audit key \(keyID), which is not in the key file"))
    }

    @Test func aTailRewrittenWithPlainHashesIsCaught() throws {
        let database = try AppDatabase.inMemory()
        let events = try (1...4).map { try database.appendAudit(auditDraft($0)) }
        try database.executeForTesting("DROP TRIGGER audit_event_is_append_only_update")
        var previous = events[1].hash
        for var event in events.dropFirst(2) {
            event.reason = event.sequence == 3 ? "nothing happened" : event.reason
            event.previousHash = previous
            event.hash = plainHash(event)
            try database.executeForTesting("""
                UPDATE audit_event SET reason = '\(event.reason ?? "")', previous_hash = '\(event.previousHash)', hash = '\(event.hash)'
                WHERE sequence = \(event.sequence)
                """)
            previous = event.hash
        }
        #expect(try database.verifyAuditChain() == .broken(sequence: 3,
            problem: "its hash is not signed with the audit key, so it was rewritten by someone without the key"))
    }

    @Test func aPublishedHeadCatchesDroppedAndRewrittenEvents() throws {
        let database = try AppDatabase.inMemory()
        for number in 1...5 { try database.appendAudit(auditDraft(number)) }
        let head = try database.auditHead()
        #expect(head.count == 5 && AuditHead(head.description) == head)
        #expect(try database.verifyAuditChain(head: head) == .intact(events: 5))
        try database.executeForTesting("DROP TRIGGER audit_event_is_append_only_delete")
        try database.executeForTesting("DELETE FROM audit_event WHERE sequence > 3")
        #expect(try database.verifyAuditChain() == .intact(events: 3))
        #expect(try database.verifyAuditChain(head: head) == .broken(sequence: 4,
            problem: "it is missing, yet the published head counts 5 events (the newest 2 were dropped)"))
        // Even someone holding the key, who writes two other events in their place, is caught.
        for number in 6...7 { try database.appendAudit(auditDraft(number)) }
        #expect(try database.verifyAuditChain(head: head) == .broken(sequence: 5,
            problem: "it does not match the published head, so the chain was rewritten from it or an earlier event on"))
    }

    @Test func aChainMadeBeforeKeyingIsSealedByTheFirstKeyedEvent() throws {
        let database = try AppDatabase.inMemory()
        try database.executeForTesting("DROP TRIGGER audit_event_is_append_only_update")
        var previous = ""
        for number in 1...2 {
            try database.executeForTesting("""
                INSERT INTO audit_event (sequence, at, actor, action, record_type, record_id, after, previous_hash, hash)
                VALUES (\(number), '2026-11-30 00:00:0\(number).000', 'coordinator', 'case.status', 'case', 'C-2026-00001',
                    '{"status":"matching"}', '\(previous)', '')
                """)
            previous = plainHash(try #require(try database.auditEvents().last))
            try database.executeForTesting("UPDATE audit_event SET hash = '\(previous)' WHERE sequence = \(number)")
        }
        #expect(try database.verifyAuditChain() == .broken(sequence: 1, problem: """
            none of its 2 events is signed with the audit key (they were chained before it was keyed); \
            the next change, or `fengqiao audit rotate-key`, seals them
            """))
        try database.appendAudit(auditDraft(3))
        #expect(try database.verifyAuditChain() == .intact(events: 3))
        try database.executeForTesting("UPDATE audit_event SET actor = 'nobody' WHERE sequence = 1")
        #expect(try database.verifyAuditChain() == .broken(sequence: 1, problem: "its contents do not match its hash (edited)"))
    }

    @Test func afterARotationOldEventsVerifyWithTheOldKeyAndNewOnesUseTheNew() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("fengqiao.sqlite").path
        let keyFile = AuditKeyring.defaultFile(forDatabaseAt: path), oldKeyFile = keyFile + ".old"
        for number in 1...2 { try AppDatabase.open(path: path).appendAudit(auditDraft(number)) }
        try FileManager.default.copyItem(atPath: keyFile, toPath: oldKeyFile)
        let keys = try AuditKeyring.addKey(toFile: keyFile)
        #expect(keys.keyIDs.count == 2)
        for number in 3...4 { try AppDatabase.open(path: path).appendAudit(auditDraft(number)) }
        let database = try AppDatabase.open(path: path)
        #expect(try database.auditEvents().map { String($0.hash.prefix(8)) } == [keys.keyIDs[0], keys.keyIDs[0], keys.keyIDs[1], keys.keyIDs[1]])
        #expect(try database.verifyAuditChain() == .intact(events: 4))

        // A process still holding only the old key signs after the new key took over: caught.
        try AppDatabase.open(path: path, auditKeys: AuditKeyring.load(file: oldKeyFile)).appendAudit(auditDraft(5))
        #expect(try database.verifyAuditChain() == .broken(sequence: 5, problem: """
            it is signed with audit key \(keys.keyIDs[0]), which key \(keys.keyIDs[1]) replaced by event 3: \
            a process started before the rotation, or someone holding the old key, signed it
            """))
    }
}

/// What a forger without the key can compute: SHA-256 over the event's fields, as the chain was made before it was keyed.
func plainHash(_ event: AuditEvent) -> String {
    let milliseconds = Int64((event.at.timeIntervalSince1970 * 1000).rounded())
    let fields: [String?] = [
        String(event.sequence), String(milliseconds), event.actor, event.action, event.recordType, event.recordID,
        event.before, event.after, event.reason, event.previousHash,
    ]
    let data = (try? JSONEncoder().encode(fields)) ?? Data()
    return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}

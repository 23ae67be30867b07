import Foundation
import Store
import Testing

@Suite struct AuditCommandTests {
    @Test func changesAreAuditedAndAnEditedRowBreaksTheChain() throws {
        let directory = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["demo", "--db", "d.sqlite"], in: directory).status == 0)
        #expect(try CommandRunner.run(["assign", "--queue", "--by", "王主任", "--db", "d.sqlite"], in: directory).status == 0)
        let intact = try CommandRunner.run(["audit", "verify", "--db", "d.sqlite"], in: directory)
        #expect(intact.status == 0, "\(intact.errors)")
        #expect(intact.output.hasPrefix("The audit chain is intact: "))
        let listed = try CommandRunner.run(["audit", "list", "--last", "3", "--db", "d.sqlite"], in: directory)
        #expect(listed.output.contains("王主任"))
        #expect(listed.output.contains("case.status") || listed.output.contains("assignment.offer"))

        let database = try AppDatabase.open(path: directory.appendingPathComponent("d.sqlite").path)
        try database.executeForTesting("DROP TRIGGER audit_event_is_append_only_update")
        try database.executeForTesting("UPDATE audit_event SET actor = 'nobody' WHERE sequence = 5")
        let broken = try CommandRunner.run(["audit", "verify", "--db", "d.sqlite"], in: directory)
        #expect(broken.status == 1)
        #expect(broken.output == "The audit chain is broken at event 5: its contents do not match its hash (edited).\n")
    }
}

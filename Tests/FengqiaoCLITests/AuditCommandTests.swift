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

@Suite struct CaseProgressCommandTests {
    @Test func aCaseMovesThroughItsLifecycleAndAnIllegalMoveIsExplained() throws {
        let directory = try ScheduleCommandTests.assignedDemo()
        let env = ScheduleCommandTests.environment
        let list = try CommandRunner.run(["case", "list", "--status", "assigned", "--json", "--limit", "1", "--db", "d.sqlite"], in: directory)
        struct Listed: Decodable { var id: String }
        let caseID = try #require(try JSONDecoder().decode([Listed].self, from: Data(list.output.utf8)).first).id
        let early = try CommandRunner.run(["case", "start", caseID, "--db", "d.sqlite"], in: directory, environment: env)
        #expect(early.status != 0)
        #expect(early.errors.contains("Case \(caseID) cannot move from assigned to in_mediation; from assigned it may go to closed, matching, scheduled."))
        let hard = try CommandRunner.run(["case", "difficulty", caseID, "--set", "major", "--reason", "threats", "--by", "王主任", "--db", "d.sqlite"],
            in: directory, environment: env)
        #expect(hard.output.hasPrefix("\(caseID) is major (triage proposes "))
        let closed = try CommandRunner.run(["case", "close", caseID, "--outcome", "withdrawn", "--db", "d.sqlite"], in: directory, environment: env)
        #expect(closed.status == 0, "\(closed.errors)")
        #expect(closed.output == "\(caseID) is closed on 2026-11-30: withdrawn.\n")
        let audit = try CommandRunner.run(["audit", "list", "--record", caseID, "--db", "d.sqlite"], in: directory)
        #expect(audit.output.contains("threats (triage proposed"))
        #expect(try CommandRunner.run(["audit", "verify", "--db", "d.sqlite"], in: directory).status == 0)
    }
}

@Suite struct OfferCommandTests {
    @Test func aDeclineRefillsTheSeatAndRefusesASecondAnswer() throws {
        let directory = try ScheduleCommandTests.assignedDemo()
        let env = ScheduleCommandTests.environment
        let open = try CommandRunner.run(["offer", "list", "--json", "--db", "d.sqlite"], in: directory)
        struct Offer: Decodable { var id: String; var expertID: String; var seat: Int }
        let offer = try #require(try JSONDecoder().decode([Offer].self, from: Data(open.output.utf8)).first)
        let declined = try CommandRunner.run(["offer", "decline", offer.id, "--reason", "I know the family", "--expert", offer.expertID,
            "--db", "d.sqlite"], in: directory, environment: env)
        #expect(declined.status == 0, "\(declined.errors)")
        #expect(declined.output.hasPrefix("\(offer.id): \(offer.expertID) declined seat \(offer.seat) of "))
        let again = try CommandRunner.run(["offer", "accept", offer.id, "--db", "d.sqlite"], in: directory, environment: env)
        #expect(again.status != 0)
        #expect(again.errors.contains("Offer \(offer.id) cannot be changed: it is already declined."))
        let none = try CommandRunner.run(["offer", "expire", "--hours", "1000", "--db", "d.sqlite"], in: directory, environment: env)
        #expect(none.output.hasSuffix("0 offers expired.\n"))
    }
}

import Foundation
import Testing

@Suite struct ScheduleCommandTests {
    /// Scheduling from 08:00 on the fixtures' day, whatever the real clock says.
    static let environment = ["FENGQIAO_NOW": "2026-11-30T08:00:00+08:00"]

    /// A demo database with the queue assigned.
    static func assignedDemo() throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["demo", "--db", "d.sqlite"], in: directory).status == 0)
        #expect(try CommandRunner.run(["assign", "--queue", "--db", "d.sqlite"], in: directory).status == 0)
        return directory
    }

    struct Proposal: Decodable {
        struct Option: Decodable {
            struct Session: Decodable { var id: String; var startsAt: String; var panel: [String] }
            var session: Session
            var reasons: [String]
        }
        var options: [Option]
        var noSlot: String?
    }

    struct Report: Decodable {
        var proposal: Proposal
        var booked: Proposal.Option.Session?
    }

    @Test func aCaseGetsOptionsWithReasonsAndBooksTheFirst() throws {
        let directory = try Self.assignedDemo()
        let list = try CommandRunner.run(["case", "list", "--status", "assigned", "--json", "--limit", "40", "--db", "d.sqlite"], in: directory)
        struct Listed: Decodable { var id: String }
        var booked = false
        for dispute in try JSONDecoder().decode([Listed].self, from: Data(list.output.utf8)) {
            let shown = try CommandRunner.run(["schedule", dispute.id, "--db", "d.sqlite"], in: directory, environment: Self.environment)
            #expect(shown.status == 0, "\(shown.errors)")
            guard shown.output.hasPrefix("Options for \(dispute.id):") else {
                #expect(shown.output.contains("No slot within 21 days: "))
                continue
            }
            #expect(shown.output.contains("1. 2026-"))
            #expect(shown.output.contains(") and the parties are free "))
            let result = try CommandRunner.run(["schedule", dispute.id, "--book", "--json", "--db", "d.sqlite"], in: directory, environment: Self.environment)
            let report = try JSONDecoder().decode(Report.self, from: Data(result.output.utf8))
            #expect(report.booked?.id == "\(dispute.id)-S1")
            #expect(report.booked?.startsAt == report.proposal.options.first?.session.startsAt)
            let calendar = try CommandRunner.run(["calendar", report.booked!.panel[0], "--ics", "--db", "d.sqlite"], in: directory, environment: Self.environment)
            #expect(calendar.output.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(calendar.output.contains("UID:\(dispute.id)-S1@fengqiao\r\nSEQUENCE:0\r\n"))
            booked = true
            break
        }
        #expect(booked)
    }

    @Test func theQueueIsScheduledThenRepairedAroundLeave() throws {
        let directory = try Self.assignedDemo()
        let dry = try CommandRunner.run(["schedule", "--queue", "--dry-run", "--seconds", "1", "--db", "d.sqlite"], in: directory, environment: Self.environment)
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.output.contains("Dry run: nothing was stored."))
        struct Plan: Decodable {
            struct Session: Decodable { var id: String; var startsAt: String; var panel: [String] }
            struct Unplaced: Decodable { var caseID: String; var reason: String }
            var sessions: [Session]
            var unplaced: [Unplaced]
        }
        let stored = try CommandRunner.run(["schedule", "--queue", "--seconds", "1", "--json", "--db", "d.sqlite"], in: directory, environment: Self.environment)
        let plan = try JSONDecoder().decode(Plan.self, from: Data(stored.output.utf8))
        #expect(plan.sessions.count > 50)
        #expect(plan.unplaced.allSatisfy { !$0.reason.isEmpty })
        let first = try #require(plan.sessions.first)
        let day = String(first.startsAt.prefix(10))
        let leave = try CommandRunner.run(["expert", "leave", first.panel[0], "--from", day, "--through", day, "--db", "d.sqlite"], in: directory)
        #expect(leave.status == 0, "\(leave.errors)")
        let repair = try CommandRunner.run(["schedule", "--repair", "--db", "d.sqlite"], in: directory, environment: Self.environment)
        #expect(repair.status == 0, "\(repair.errors)")
        #expect(repair.output.contains("Moved \(first.id) to ") || repair.output.contains("Could not move \(first.id)"))
        #expect(repair.output.contains("untouched."))
    }

    @Test func aManualMoveIsCheckedAndRefusalsNameTheConflict() throws {
        let directory = try Self.assignedDemo()
        _ = try CommandRunner.run(["schedule", "--queue", "--seconds", "1", "--db", "d.sqlite"], in: directory, environment: Self.environment)
        let rows = try CommandRunner.run(["calendar", "E-0033", "--json", "--db", "d.sqlite"], in: directory, environment: Self.environment)
        struct Entry: Decodable { struct Session: Decodable { var id: String; var startsAt: String }; var session: Session }
        let entries = try JSONDecoder().decode([Entry].self, from: Data(rows.output.utf8))
        let session = try #require(entries.last?.session)
        let day = String(session.startsAt.prefix(10))
        let refused = try CommandRunner.run(["session", "move", session.id, "--at", "\(day) 03:00", "--db", "d.sqlite"], in: directory, environment: Self.environment)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("Session \(session.id) cannot be changed: "))
        #expect(refused.errors.contains("is not available at \(day) 03:00") || refused.errors.contains("notice"))
        let malformed = try CommandRunner.run(["session", "move", session.id, "--at", "tomorrow", "--db", "d.sqlite"], in: directory)
        #expect(malformed.errors.contains("--at must be a local time like \"2026-12-03 09:30\"; \"tomorrow\" is not."))
    }

    @Test func aBenchmarkInstanceIsScheduledAsJSON() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let instance = """
            {"format":"fengqiao-sched-1","seed":1,"grain_minutes":15,"days":2,"grains_per_day":8,
             "rules":{"travel_grains_between_zones":2,"staff_daily_cap_grains":6,"follow_up_on_later_day":true},
             "objective":{"unscheduled":10000,"start_grain":1,"online":40},
             "venues":[{"id":"V0","kind":"centre","zone":0,"capacity":10},{"id":"ONLINE","kind":"online","zone":null,"capacity":null}],
             "people":[{"id":"MED0","role":"mediator","staff":true,"available":[[0,16]]},
                       {"id":"C0P0","role":"party","staff":false,"available":[[2,16]]}],
             "sessions":[{"id":"S0","case":"C0","order":0,"duration":4,"attendees":3,"people":["MED0","C0P0"],"venues":["V0","ONLINE"]},
                         {"id":"S1","case":"C0","order":1,"duration":2,"attendees":3,"people":["MED0","C0P0"],"venues":["V0"]}],
             "cases":[{"id":"C0","zone":1,"sessions":["S0","S1"]}]}
            """
        try instance.write(to: directory.appendingPathComponent("i.json"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["schedule", "--instance", "i.json", "--seconds", "0.2"], in: directory)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "{\"sessions\":[{\"id\":\"S0\",\"start\":2,\"venue\":\"V0\"},{\"id\":\"S1\",\"start\":8,\"venue\":\"V0\"}]}\n")
        try "{\"format\":\"fengqiao-sched-1\",\"days\":2}".write(to: directory.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let bad = try CommandRunner.run(["schedule", "--instance", "bad.json"], in: directory)
        #expect(bad.status != 0)
        #expect(bad.errors.contains("bad.json:1: column \"grain_minutes\": the field is missing."))
    }
}

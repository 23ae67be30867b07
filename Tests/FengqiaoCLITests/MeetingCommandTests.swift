import Foundation
import Testing

/// Panels that can meet, on the command line and the demo database: the queue assigned and then scheduled is
/// booked whole, and a hard case taken in by hand gets a panel that `schedule` finds a time for.
@Suite struct MeetingCommandTests {
    static let environment = ScheduleCommandTests.environment

    struct PlanReport: Decodable {
        struct Plan: Decodable {
            struct Placement: Decodable { var caseID: String; var expertID: String }
            struct Empty: Decodable { var caseID: String; var seat: Int; var reason: String; var relaxation: String }
            var placements: [Placement]
            var emptySeats: [Empty]
            var repairedCases: Int
            var objective: Int64
            var bound: Int64
        }
        var plan: Plan
    }

    struct Listed: Decodable { var id: String }

    struct QueueSchedule: Decodable {
        struct Session: Decodable { var caseID: String }
        struct Unplaced: Decodable { var caseID: String; var reason: String }
        var sessions: [Session]
        var unplaced: [Unplaced]
    }

    struct RecommendReport: Decodable {
        struct Recommendation: Decodable {
            struct Meeting: Decodable {
                struct Obstacle: Decodable { var kind: String; var text: String; var textZh: String }
                var earliest: String?
                var obstacles: [Obstacle]
                var exhaustive: Bool
            }
            var meeting: Meeting?
        }
        var recommendation: Recommendation
    }

    @Test func theAssignedQueueIsBookedWholeAndEveryCaseLeftOutSaysWhy() throws {
        let directory = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["demo", "--db", "d.sqlite"], in: directory).status == 0)
        let assigned = try CommandRunner.run(["assign", "--queue", "--json", "--db", "d.sqlite"], in: directory, environment: Self.environment)
        #expect(assigned.status == 0, "\(assigned.errors)")
        let plan = try JSONDecoder().decode(PlanReport.self, from: Data(assigned.output.utf8)).plan
        #expect(plan.placements.count > 100)
        #expect(plan.objective >= plan.bound, "the flow that ignores meeting times bounds the plan")

        let list = try CommandRunner.run(["case", "list", "--status", "assigned", "--json", "--limit", "1000", "--db", "d.sqlite"], in: directory)
        let waiting = Set(try JSONDecoder().decode([Listed].self, from: Data(list.output.utf8)).map(\.id))
        #expect(waiting.count > 100)

        let scheduled = try CommandRunner.run(["schedule", "--queue", "--seconds", "2", "--json", "--db", "d.sqlite"], in: directory,
            environment: Self.environment)
        #expect(scheduled.status == 0, "\(scheduled.errors)")
        let schedule = try JSONDecoder().decode(QueueSchedule.self, from: Data(scheduled.output.utf8))
        #expect(schedule.unplaced.isEmpty, "every assigned case is booked: \(schedule.unplaced.map { "\($0.caseID): \($0.reason)" })")
        #expect(Set(schedule.sessions.map(\.caseID)) == waiting)

        // The cases the plan left a seat empty in: the search over every eligible panel proves none can meet.
        for caseID in Set(plan.emptySeats.map(\.caseID)) {
            let seat = try #require(plan.emptySeats.first { $0.caseID == caseID })
            #expect(!seat.reason.isEmpty && !seat.relaxation.isEmpty)
            let shown = try CommandRunner.run(["recommend", caseID, "--json", "--db", "d.sqlite"], in: directory, environment: Self.environment)
            let meeting = try #require(try JSONDecoder().decode(RecommendReport.self, from: Data(shown.output.utf8)).recommendation.meeting)
            #expect(!meeting.obstacles.isEmpty && meeting.exhaustive, "\(caseID): \(meeting.obstacles.map(\.text))")
            #expect(meeting.obstacles.allSatisfy { !$0.textZh.isEmpty && !$0.text.isEmpty })
        }
    }

    @Test(arguments: [("LABOR", "difficult"), ("MARRIAGE_FAMILY", "major"), ("NEIGHBOR", "difficult")])
    func aHardCaseTakenInByHandGetsAPanelThatCanMeet(type: String, difficulty: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["demo", "--db", "d.sqlite"], in: directory).status == 0)
        let add = try CommandRunner.run([
            "case", "add", "--type", type, "--community", "210203011001", "--source", "walk_in", "--difficulty", difficulty,
            "--party", "person|王伟|210203198001011234||applicant", "--party", "person|李娜|210203198502023456||respondent",
            "--summary", "协商不成", "--db", "d.sqlite",
        ], in: directory, environment: Self.environment)
        #expect(add.status == 0, "\(add.errors)")
        let caseID = try #require(add.output.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) })

        let shown = try CommandRunner.run(["recommend", caseID, "--db", "d.sqlite"], in: directory, environment: Self.environment)
        #expect(shown.output.contains("The whole panel and the parties can first meet 2026-"), "\(shown.output)")
        let assigned = try CommandRunner.run(["assign", caseID, "--db", "d.sqlite"], in: directory, environment: Self.environment)
        #expect(assigned.status == 0, "\(assigned.errors)")
        #expect(!assigned.output.contains("Seats left empty"), "\(assigned.output)")
        let options = try CommandRunner.run(["schedule", caseID, "--db", "d.sqlite"], in: directory, environment: Self.environment)
        #expect(options.output.hasPrefix("Options for \(caseID):"), "\(options.output)")
        #expect(options.output.contains("1. 2026-"))
    }
}

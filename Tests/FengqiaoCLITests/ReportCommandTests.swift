import Domain
import Foundation
import Store
import TestSupport
import Testing

@Suite struct ReportCommandTests {
    static let environment = ["FENGQIAO_TODAY": "2026-11-30"]

    /// Two experts holding three open seats (one of four, two of two), two open cases opened today and two closed
    /// ones, all in Jiusan: 19 and 9 days to close, one settled and satisfied, one not settled and not asked.
    static func handBuiltDatabase() throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        let database = try AppDatabase.open(path: directory.appendingPathComponent("r.sqlite").path)
        try database.insertAreas(TestAreas.all)
        try database.insertExperts([.fixture(id: "E-0001", name: "王建国", capacity: 4), .fixture(id: "E-0002", name: "李娜", capacity: 2)])
        try database.insertCases([
            .fixture(id: "C-2026-00001", status: .matching), .fixture(id: "C-2026-00002", status: .assigned),
            .fixture(id: "C-2026-00003", openedOn: TestTime.day("2026-11-01"), status: .closed, outcome: .settled, satisfaction: .satisfied,
                closedOn: TestTime.day("2026-11-20")),
            .fixture(id: "C-2026-00004", openedOn: TestTime.day("2026-10-01"), status: .closed, outcome: .notSettled,
                closedOn: TestTime.day("2026-10-10")),
        ])
        try database.insertAssignments([
            .fixture(id: "C-2026-00001:0:1", caseID: "C-2026-00001", seat: 0, expertID: "E-0001", status: .offered),
            .fixture(id: "C-2026-00001:1:1", caseID: "C-2026-00001", seat: 1, expertID: "E-0002", status: .accepted),
            .fixture(id: "C-2026-00002:0:1", caseID: "C-2026-00002", seat: 0, expertID: "E-0002", status: .accepted),
        ])
        return directory
    }

    @Test func loadShowsEachExpertBusiestFirstWithTheSpreadAndHistogram() throws {
        let directory = try Self.handBuiltDatabase()
        let result = try CommandRunner.run(["report", "load", "--db", "r.sqlite"], in: directory, environment: Self.environment)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.prefix(4) == [
            "expert  name    roles     capacity  open  use     sessions 14d  leave",
            "------  ------  --------  --------  ----  ------  ------------  -----",
            "E-0002  李娜    mediator  2         2     100.0%  0",
            "E-0001  王建国  mediator  4         1     25.0%   0",
        ])
        #expect(lines.contains("25–50%       1        " + String(repeating: "█", count: 40)))
        #expect(result.output.hasSuffix("""
            2 active experts hold 3 open seats of 6 on 2026-11-30; mean utilisation 62.5%.
            Load spread: max/mean 1.33, Gini 0.17; 1 at capacity, 0 on leave today.

            """))

        let json = try CommandRunner.run(["report", "load", "--json", "--db", "r.sqlite"], in: directory, environment: Self.environment)
        struct Report: Decodable {
            struct Summary: Decodable { var atCapacity: Int; var meanUtilisation: Double }
            struct Bucket: Decodable { var band: String; var experts: Int }
            var summary: Summary
            var histogram: [Bucket]
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(json.output.utf8))
        #expect(report.summary.atCapacity == 1 && report.summary.meanUtilisation == 0.625)
        #expect(report.histogram.map(\.band) == ["idle", "belowQuarter", "belowHalf", "belowThreeQuarters", "belowFull", "full"])
        #expect(report.histogram.map(\.experts) == [0, 0, 1, 0, 0, 1])
    }

    @Test func hotspotsAndOutcomesDefaultToTheTwelveMonthsUpToToday() throws {
        let directory = try Self.handBuiltDatabase()
        let hotspots = try CommandRunner.run(["report", "hotspots", "--level", "community", "--db", "r.sqlite"], in: directory,
            environment: Self.environment)
        #expect(hotspots.status == 0, "\(hotspots.errors)")
        #expect(hotspots.output.hasPrefix("Cases opened 2025-12-01 – 2026-11-30, per community: 4\n"))
        #expect(hotspots.output.contains("210203011001  九三社区  4      100.0%  邻里 4"))
        #expect(hotspots.output.contains("2026-10  1      " + String(repeating: "█", count: 14) + "\n"))
        #expect(hotspots.output.contains("2026-11  3      " + String(repeating: "█", count: 40) + "\n"))

        let outcomes = try CommandRunner.run(["report", "outcomes", "--db", "r.sqlite"], in: directory, environment: Self.environment)
        #expect(outcomes.status == 0, "\(outcomes.errors)")
        #expect(outcomes.output.hasPrefix("""
            Cases closed 2025-12-01 – 2026-11-30: 2; settled 50.0%; satisfied or basically satisfied 100.0% of 1 answers; \
            14.00 days to close on average.
            """))
        #expect(outcomes.output.contains("邻里  2       1        1            0          0                  50.0%       100.0%        14.00"))

        let october = try CommandRunner.run(["report", "outcomes", "--from", "2026-10-01", "--through", "2026-10-31", "--json", "--db", "r.sqlite"],
            in: directory, environment: Self.environment)
        struct Report: Decodable {
            struct Tally: Decodable { var closedCases: Int; var settlementRate: Double; var meanDaysToClose: Double }
            var months: [String]
            var overall: Tally
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(october.output.utf8))
        #expect(report.months == ["2026-10"])
        #expect(report.overall.closedCases == 1 && report.overall.settlementRate == 0 && report.overall.meanDaysToClose == 9)
    }

    @Test func aBackwardsOrMalformedPeriodIsRefusedNamingTheFlag() throws {
        let directory = try Self.handBuiltDatabase()
        let backwards = try CommandRunner.run(["report", "hotspots", "--from", "2026-12-01", "--through", "2026-11-30", "--db", "r.sqlite"],
            in: directory)
        #expect(backwards.status != 0)
        #expect(backwards.errors.contains("--from 2026-12-01 comes after --through 2026-11-30; give a first day on or before the last."))
        let malformed = try CommandRunner.run(["report", "outcomes", "--through", "2026-13-01", "--db", "r.sqlite"], in: directory)
        #expect(malformed.status != 0)
        #expect(malformed.errors.contains("--through must be a day like 2026-03-01; \"2026-13-01\" is not."))
        let future = try CommandRunner.run(["report", "outcomes", "--from", "2027-01-01", "--db", "r.sqlite"], in: directory,
            environment: Self.environment)
        #expect(future.status != 0)
        #expect(future.errors.contains("--from 2027-01-01 comes after the last day 2026-11-30 (today); give --through as well."))
    }

    @Test func everyReportRunsOnTheDemoAndItsTotalsAgree() throws {
        let directory = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["demo", "--db", "d.sqlite"], in: directory).status == 0)
        let load = try CommandRunner.run(["report", "load", "--db", "d.sqlite"], in: directory)
        #expect(load.status == 0, "\(load.errors)")
        #expect(load.output.contains("(the busiest 20 of "))

        let hotspots = try CommandRunner.run(["report", "hotspots", "--level", "community", "--json", "--db", "d.sqlite"], in: directory)
        struct Hotspots: Decodable {
            struct Total: Decodable { var cases: Int }
            var totalCases: Int
            var months: [String]
            var areas: [Total]
            var monthTotals: [Total]
        }
        let report = try JSONDecoder().decode(Hotspots.self, from: Data(hotspots.output.utf8))
        #expect(report.months.count == 12 && report.months.last == "2026-11")
        #expect(report.areas.count == 47)
        #expect(report.totalCases > 0)
        #expect(report.areas.map(\.cases).reduce(0, +) == report.totalCases)
        #expect(report.monthTotals.map(\.cases).reduce(0, +) == report.totalCases)

        let outcomes = try CommandRunner.run(["report", "outcomes", "--db", "d.sqlite"], in: directory)
        #expect(outcomes.status == 0, "\(outcomes.errors)")
        #expect(outcomes.output.hasPrefix("Cases closed 2025-12-01 – 2026-11-30: "))
    }
}

import Foundation
import Testing

@Suite struct DemoCommandTests {
    @Test func demoBuildsTheDatabaseFromAnyWorkingDirectoryAndReusesIt() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let first = try CommandRunner.run(["demo"], in: directory)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("loaded fengqiao.sqlite"))
        #expect(first.output.contains("47 communities"))
        #expect(first.output.contains("3000 closed over two years, 150 open (40 difficult or major)"))
        #expect(first.output.contains("Matching at work on C-"))
        #expect(first.output.contains("party_veto: party P-"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("fengqiao.sqlite").path))

        let again = try CommandRunner.run(["demo", "--json"], in: directory)
        #expect(again.status == 0, "\(again.errors)")
        struct Report: Decodable {
            struct Counts: Decodable { var experts: Int; var openCases: Int; var closedCases: Int }
            var outcome: String
            var counts: Counts
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(again.output.utf8))
        #expect(report.outcome == "reused")
        #expect(report.counts.openCases == 150)
        #expect((330...370).contains(report.counts.experts))
    }

    @Test func demoLeavesADatabaseWithOtherDataAlone() throws {
        let directory = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["db", "migrate", "--db", "mine.sqlite"], in: directory).status == 0)
        let areas = directory.appendingPathComponent("areas.csv")
        try "id,level,parent,name_zh,pinyin,latitude,longitude,synthetic\n210203,district,,西岗区,Xigang,38.9141,121.6128,false\n"
            .write(to: areas, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["import", "areas", "areas.csv", "--db", "mine.sqlite"], in: directory).status == 0)

        let demo = try CommandRunner.run(["demo", "--db", "mine.sqlite"], in: directory)
        #expect(demo.status != 0)
        #expect(demo.errors.contains("leaves it alone"))
        let export = try CommandRunner.run(["export", "areas", "--db", "mine.sqlite"], in: directory)
        #expect(export.output.split(separator: "\n").count == 2)
    }
}

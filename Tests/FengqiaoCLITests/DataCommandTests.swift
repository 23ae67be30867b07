import Foundation
import TestSupport
import Testing

@Suite struct DataCommandTests {
    /// A database holding the Xigang areas, venues and experts, but no cases.
    func databaseWithExperts() throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        for kind in ["areas", "venues", "experts"] {
            let file = FixturePaths.xigang.appendingPathComponent("\(kind).csv").path
            let result = try CommandRunner.run(["import", kind, file], in: directory, environment: ["FENGQIAO_DB": "x.sqlite"])
            #expect(result.status == 0, "\(result.errors)")
        }
        return directory
    }

    @Test func aBadImportExitsNonZeroNamingThePlaceAndChangesNothing() throws {
        let directory = try databaseWithExperts()
        let cases = try String(contentsOf: FixturePaths.xigang.appendingPathComponent("cases.csv"), encoding: .utf8)
        var lines = cases.split(separator: "\n", omittingEmptySubsequences: false).prefix(6).map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: ",NEIGHBOR,", with: ",FEUD,").replacingOccurrences(of: ",TRAFFIC,", with: ",FEUD,")
            .replacingOccurrences(of: ",MARRIAGE_FAMILY,", with: ",FEUD,").replacingOccurrences(of: ",DAMAGES,", with: ",FEUD,")
            .replacingOccurrences(of: ",PROPERTY_MGMT,", with: ",FEUD,").replacingOccurrences(of: ",CONTRACT,", with: ",FEUD,")
        try #require(lines[2].contains(",FEUD,"))
        try (lines.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)

        let result = try CommandRunner.run(["import", "cases", "bad.csv", "--db", "x.sqlite"], in: directory)
        #expect(result.status != 0)
        #expect(result.errors.contains("bad.csv:3: column \"type\": \"FEUD\" is not a known dispute type"))
        #expect(result.errors.contains("Nothing was imported"))
        let export = try CommandRunner.run(["export", "cases", "--db", "x.sqlite"], in: directory)
        #expect(export.output.split(separator: "\n").count == 1)
    }

    @Test func exportWritesWhatImportReads() throws {
        let directory = try databaseWithExperts()
        let export = try CommandRunner.run(["export", "experts", "--db", "x.sqlite"], in: directory)
        #expect(export.status == 0)
        let original = try String(contentsOf: FixturePaths.xigang.appendingPathComponent("experts.csv"), encoding: .utf8)
        #expect(export.output == original)
    }

    @Test func casesAreTakenInShownAndListed() throws {
        let directory = try databaseWithExperts()
        let add = try CommandRunner.run([
            "case", "add", "--type", "PROPERTY_MGMT", "--community", "210203011001", "--source", "police",
            "--referral", "XG-JT-2026-9001", "--party", "person|张伟|210203198001011234||applicant",
            "--party", "organisation|大连万科物业管理有限公司|||respondent", "--amount", "150000", "--escalation-risk",
            "--opened", "2026-11-28", "--db", "x.sqlite",
        ], in: directory)
        #expect(add.status == 0, "\(add.errors)")
        #expect(add.output.contains("Took in C-2026-00001: property management, difficult, deadline 2026-12-28."))

        let show = try CommandRunner.run(["case", "show", "C-2026-00001", "--json", "--db", "x.sqlite"], in: directory)
        #expect(show.status == 0, "\(show.errors)")
        #expect(show.output.contains("\"referralNumber\" : \"XG-JT-2026-9001\""))
        #expect(show.output.contains("210203********1234"))
        #expect(!show.output.contains("210203198001011234"))

        let list = try CommandRunner.run(["case", "list", "--status", "intake", "--db", "x.sqlite"], in: directory)
        #expect(list.output.contains("C-2026-00001"))
        #expect(list.output.contains("1 case."))
    }

    @Test func aMissingCaseOrDatabaseGetsAClearError() throws {
        let directory = try databaseWithExperts()
        let missingCase = try CommandRunner.run(["case", "show", "C-1999-00001", "--db", "x.sqlite"], in: directory)
        #expect(missingCase.status != 0)
        #expect(missingCase.errors.contains("There is no case C-1999-00001"))
        let missingDatabase = try CommandRunner.run(["case", "list", "--db", "nowhere.sqlite"], in: directory)
        #expect(missingDatabase.status != 0)
        #expect(missingDatabase.errors.contains("There is no database at nowhere.sqlite"))
    }

    @Test func theGeneratorCommandReproducesTheCheckedInFixtures() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["fixtures", "generate", "--seed", "1", "--output", "out"], in: directory)
        #expect(result.status == 0, "\(result.errors)")
        for name in ["areas.csv", "venues.csv", "experts.csv", "cases.csv", "dataset.json"] {
            let made = try Data(contentsOf: directory.appendingPathComponent("out/\(name)"))
            #expect(made == (try Data(contentsOf: FixturePaths.xigang.appendingPathComponent(name))), "\(name)")
        }
    }
}

import Domain
import Foundation
import Store
import TestSupport
import Testing

/// Bad input to the commands is a clear error naming the file and field, never a crash.
@Suite struct InputCommandTests {
    /// A database of the test areas and two experts, in a fresh directory.
    static func database(capacity: Int = 4) throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        let database = try AppDatabase.open(path: directory.appendingPathComponent("i.sqlite").path)
        try database.insertAreas(TestAreas.all)
        try database.insertExperts([.fixture(id: "E-0001", name: "王建国", capacity: capacity), .fixture(id: "E-0002", name: "李娜", capacity: 4)])
        return directory
    }

    @Test(arguments: [["weights", "set", "--file"], ["weights", "replay", "--profile"]])
    func aProfileWhoseRulesIsNotAnObjectIsAClearError(command: [String]) throws {
        let directory = try Self.database()
        try #"{"name": "odd", "weights": {"load": 1}, "rules": "x"}"#.write(to: directory.appendingPathComponent("p.json"),
            atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(command + ["p.json", "--db", "i.sqlite"], in: directory)
        #expect(result.status == 1, "exit \(result.status): \(result.errors)")
        #expect(result.errors.contains("p.json:1: column \"rules\""), "\(result.errors)")
    }

    @Test func aProfileWithAnOverflowingSumIsAClearError() throws {
        let directory = try Self.database()
        try #"{"name": "huge", "weights": {"load": 1e308, "specialty": 1e308}}"#.write(to: directory.appendingPathComponent("p.json"),
            atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["weights", "set", "--file", "p.json", "--db", "i.sqlite"], in: directory)
        #expect(result.status == 1, "exit \(result.status): \(result.errors)")
        #expect(result.errors.contains("p.json:1: column \"weights"), "\(result.errors)")
    }

    @Test func anExpertWithAHugeCapacityIsRefusedNamingFileLineAndColumn() throws {
        let directory = try Self.database()
        let file = "id,name,roles,team,specialties,languages,credentials,home_community,advises_community,capacity,availability,leave,relations,active,joined_on\n"
            + "E-0003,刘洋,mediator,,NEIGHBOR:3,zh,,210203011001,,9223372036854775807,Mon 09:00-12:00,,,true,2020-03-01\n"
        try file.write(to: directory.appendingPathComponent("e.csv"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import", "experts", "e.csv", "--db", "i.sqlite"], in: directory)
        #expect(result.status == 1, "exit \(result.status): \(result.errors)")
        #expect(result.errors.contains("e.csv:2: column \"capacity\""), "\(result.errors)")
    }

    @Test func aCaseOpenedInYearZeroIsRefusedNamingFileLineAndColumn() throws {
        let directory = try Self.database()
        let file = "id,type,difficulty,source,referral_number,community,summary,amount_yuan,language,allows_online,prior_mediations,petitions,"
            + "escalation_risk,opened_on,deadline,status,outcome,satisfaction,closed_on,parties,vetoes,panel\n"
            + "C-0-00001,NEIGHBOR,ordinary,walk_in,,210203011001,漏水,,zh,false,0,0,false,0000-11-20,,intake,,,,"
            + "P-000001|person|张伟|||applicant,,\n"
        try file.write(to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import", "cases", "c.csv", "--db", "i.sqlite"], in: directory)
        #expect(result.status == 1, "exit \(result.status): \(result.errors)")
        #expect(result.errors.contains("c.csv:2: column \"opened_on\""), "\(result.errors)")
    }

    /// A capacity stored before the bounds existed still gives a report.
    @Test func theLoadReportHoldsACapacityStoredBeforeTheBounds() throws {
        let directory = try Self.database(capacity: .max)
        let result = try CommandRunner.run(["report", "load", "--db", "i.sqlite"], in: directory, environment: ["FENGQIAO_TODAY": "2026-11-30"])
        #expect(result.status == 0, "exit \(result.status): \(result.errors)")
        #expect(result.output.contains("E-0001"))
    }
}

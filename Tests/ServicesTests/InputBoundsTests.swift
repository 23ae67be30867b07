import Domain
import Foundation
import Matching
import Services
import Store
import TestSupport
import Testing

/// Bounds on what comes in, and arithmetic that holds even for a value stored before the bounds existed.
@Suite struct InputBoundsTests {
    @Test(arguments: [#""x""#, "1", "true", "null", "[1]"])
    func aProfileFileWhoseRulesIsNotAnObjectNamesRules(rules: String) {
        let error = #expect(throws: ImportError.self) {
            try WeightsProfileFile(json: Data(#"{"name": "x", "weights": {"load": 1}, "rules": \#(rules)}"#.utf8), file: "p.json")
        }
        #expect(error?.file == "p.json")
        #expect(error?.column == "rules")
    }

    @Test(arguments: [
        ("capacity", ",5,Mon", ",9223372036854775807,Mon", "capacity"), ("capacity", ",5,Mon", ",101,Mon", "capacity"),
        ("leave", ",Mon 09:00-12:00,,", ",Mon 09:00-12:00,0001-01-01..9999-12-31,", "leave"),
        ("joined_on", "2020-03-01", "0001-03-01", "joined_on"), ("name", "王建国", "王建\u{0}国", "name"),
    ])
    func anExpertRowOutsideTheBoundsNamesFileLineAndColumn(name: String, from: String, to: String, column: String) throws {
        let database = try AppDatabase.seededForTests()
        let row = ImportTests.goodExpert.replacingOccurrences(of: from, with: to)
        #expect(row != ImportTests.goodExpert)
        let failure = #expect(throws: ImportFailure.self) {
            try CSVImporter(database: database).importCSV(.experts, text: ImportTests.expertHeader + "\n" + row + "\n", file: "e.csv")
        }
        #expect(failure?.errors.first?.file == "e.csv")
        #expect(failure?.errors.first?.line == 2)
        #expect(failure?.errors.first?.column == column, "\(failure?.description ?? "")")
        #expect(try database.experts().isEmpty)
    }

    @Test(arguments: [
        (",2026-11-20,", ",0000-11-20,", "opened_on"), (",2026-11-20,,", ",2026-11-20,9999-12-31,", "deadline"),
        (",漏水,,", ",漏水,9223372036854775807,", "amount_yuan"), (",false,0,0,", ",false,9223372036854775807,0,", "prior_mediations"),
        (",false,0,0,", ",false,0,1001,", "petitions"), (",漏水,", ",漏\u{1B}水,", "summary"),
    ])
    func aCaseRowOutsideTheBoundsNamesFileLineAndColumn(from: String, to: String, column: String) throws {
        let database = try AppDatabase.seededForTests()
        let row = ImportTests.caseRow().replacingOccurrences(of: from, with: to)
        #expect(row != ImportTests.caseRow())
        let failure = #expect(throws: ImportFailure.self) {
            try CSVImporter(database: database).importCSV(.cases, text: ImportTests.caseHeader + "\n" + row + "\n", file: "c.csv")
        }
        #expect(failure?.errors.first?.description.hasPrefix("c.csv:2: column \"\(column)\"") == true, "\(failure?.description ?? "")")
        #expect(try database.cases().isEmpty)
    }

    /// The Xigang world with one expert whose capacity is 2^63−1, as an import before the bounds could store it.
    static func worldWithAHugeCapacity() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        var dataset = XigangFixtureTests.dataset
        dataset.weights = [DefaultWeights.profile(createdAt: Date(timeIntervalSince1970: 0))]
        dataset.panelRequirements = PanelTable.defaults.requirements
        let index = try #require(dataset.experts.firstIndex { $0.roles.contains(.mediator) && $0.isActive })
        dataset.experts[index].capacity = .max
        try database.insertDataset(dataset, label: "test")
        return database
    }

    @Test func aHugeStoredCapacityBreaksNoRecommendationPlanReplayOrLoadReport() throws {
        let database = try Self.worldWithAHugeCapacity()
        let today = XigangGenerator.defaultAsOf
        let service = MatchingService(database: database)
        let open = try #require(try database.cases(.open).first { $0.status == .intake })
        let recommendation = try service.recommend(open.id, today: today).recommendation
        #expect(!recommendation.panel.isEmpty)
        let plan = try QueueAssignment(database: database).plan(today: today)
        #expect(!plan.placements.isEmpty)
        let replay = try service.replay(candidate: try service.activeProfile(), last: 30, today: today)
        #expect(replay.cases == 30)
        let load = try Reports(database: database).load(today: today)
        #expect(load.experts.contains { $0.capacity == .max })
    }
}

import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing

@Suite struct WeightsProfileFileTests {
    @Test func aGoodFileGivesItsWeightsAndRules() throws {
        let file = try WeightsProfileFile(json: Data(#"""
            {"name": "continuity", "note": "returning parties", "weights": {"specialty": 3, "continuity": 4},
             "rules": {"conflict_lookback_days": 500}}
            """#.utf8), file: "p.json")
        #expect(file.weights == [.specialty: 3, .continuity: 4])
        #expect(file.rules.conflictLookbackDays == 500)
        #expect(file.rules.fairnessWindowDays == HardRuleSettings().fairnessWindowDays)
    }

    @Test(arguments: [
        (#"{"name": "x", "weights": {"speciality": 1}}"#, "weights.speciality", "unknown term"),
        (#"{"name": "x", "weights": {"load": -1}}"#, "weights.load", "not a number ≥ 0"),
        (#"{"name": "x", "weights": {"load": "high"}}"#, "weights.load", "high is not a number ≥ 0"),
        (#"{"name": "x", "weights": {"load": 0}}"#, "weights", "at least one weight"),
        (#"{"weights": {"load": 1}}"#, "name", "needs a name"),
        (#"{"name": "x", "weights": {"load": 1}, "rules": {"strain_window_days": 0}}"#, "strain_window_days", "at least 1"),
        (#"{"name": "x", "weights": {"load": 1}, "colour": "red"}"#, "colour", "unknown field"),
    ])
    func aBadFileNamesTheField(json: String, field: String, reason: String) {
        let error = #expect(throws: ImportError.self) { try WeightsProfileFile(json: Data(json.utf8), file: "p.json") }
        #expect(error?.column == field)
        #expect(error?.reason.contains(reason) == true, "\(error?.reason ?? "")")
    }

    @Test func versionsAreAddedInactiveAndActivationRecordsWhoAndWhy() throws {
        let database = try AppDatabase.seededForTests()
        let admin = WeightsAdministration(database: database)
        let file = try WeightsProfileFile(json: Data(#"{"name": "a", "weights": {"load": 1}}"#.utf8), file: "a.json")
        let first = try admin.addVersion(file, at: TestTime.now, by: "王主任")
        let second = try admin.addVersion(file, at: TestTime.now, by: "王主任")
        #expect(first.version == 1 && second.version == 2)
        #expect(try database.activeWeightsProfile()?.version == nil)
        #expect(throws: DomainError.self) { try admin.activate(version: 2, at: TestTime.now, by: "王主任", reason: " ") }
        try admin.activate(version: 2, at: TestTime.now, by: "王主任", reason: "replayed 200 cases")
        let active = try #require(try database.activeWeightsProfile())
        #expect(active.version == 2)
        #expect(active.activation?.by == "王主任")
        #expect(active.activation?.reason == "replayed 200 cases")
    }
}

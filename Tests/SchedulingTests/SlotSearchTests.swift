@testable import Scheduling
import Testing

@Suite struct SlotSearchTests {
    /// The cheapest placement by trying every start and venue, judged by the independent checker.
    static func exhaustiveBest(_ table: Timetable, _ request: Int) -> (cost: Int, start: Int)? {
        var best: (cost: Int, start: Int)?
        let before = table.cost
        for start in 0...(table.model.rules.horizon - table.model.requests[request].duration) {
            for choice in table.model.requests[request].venues {
                var trial = table
                trial.place(request, at: Placement(start: start, venue: choice.venue))
                guard ScheduleChecker.violations(trial).isEmpty else { continue }
                let added = trial.cost - before + table.model.weights.unscheduled
                if best.map({ (added, start) < ($0.cost, $0.start) }) ?? true { best = (added, start) }
            }
        }
        return best
    }

    @Test(arguments: 0..<40) func theBestSlotMatchesAnExhaustiveSearch(seed: UInt64) {
        var model = RandomSchedules.model(seed: seed, requests: 6)
        model.weights = .init(unscheduled: 1_000, start: 1)  // the earliest feasible slot, venue costs aside
        var table = Timetable(model: model)
        for request in model.requests.indices.dropLast() {
            if let option = table.bestOption(for: request) { table.place(request, at: option.placement) }
        }
        let last = model.requests.count - 1
        let expected = Self.exhaustiveBest(table, last)
        let found = table.bestOption(for: last)
        #expect(found?.cost == expected?.cost, "seed \(seed)")
        if let found, let expected { #expect(found.placement.start == expected.start, "seed \(seed)") }
    }

    @Test func optionsComeOnDifferentDaysCheapestFirst() {
        let table = Timetable(model: TimetableRuleTests.model())
        let options = table.options(for: 0, count: 3)
        #expect(options.count == 2)
        #expect(options.map { $0.placement.start / 16 } == [0, 1])
        #expect(options[0].placement == Placement(start: 0, venue: 0))
        #expect(options[0].cost <= options[1].cost)
    }

    @Test func aPairNeverFreeTogetherIsNamed() {
        var model = ScheduleModel(rules: .init(grainsPerDay: 16, days: 2))
        model.addPerson(id: "mediator", isStaff: true, available: TimeSet([0..<8]))
        model.addPerson(id: "lawyer", isStaff: true, available: TimeSet([8..<32]))
        model.addVenue(id: "room", zone: 1, open: TimeSet([0..<32]))
        model.addRequest(.init(id: "A", caseID: "C", duration: 4, people: [0, 1], venues: [.init(venue: 0)]))
        let table = Timetable(model: model)
        #expect(table.bestOption(for: 0) == nil)
        let diagnosis = table.diagnose(0)
        #expect(diagnosis == .neverFreeTogether(0, 1))
        #expect(diagnosis.describe(in: model) { "\($0)" } == "mediator and lawyer are never free together within the horizon")
    }

    @Test func aFullRoomIsNamedWhenEveryoneIsFree() {
        var model = ScheduleModel(rules: .init(grainsPerDay: 8, days: 1))
        model.addPerson(id: "mediator", isStaff: true, available: TimeSet([0..<8]))
        model.addPerson(id: "other", isStaff: true, available: TimeSet([0..<8]))
        model.addVenue(id: "room", zone: 1, open: TimeSet([0..<8]))
        model.addRequest(.init(id: "A", caseID: "C1", duration: 8, people: [1], venues: [.init(venue: 0)]))
        model.addRequest(.init(id: "B", caseID: "C2", duration: 4, people: [0], venues: [.init(venue: 0)]))
        var table = Timetable(model: model)
        table.place(0, at: Placement(start: 0, venue: 0))
        #expect(table.bestOption(for: 1) == nil)
        #expect(table.diagnose(1) == .blocked(.venueTaken(venue: 0, by: 0)))
    }
}

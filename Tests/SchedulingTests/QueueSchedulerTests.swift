@testable import Scheduling
import Testing

@Suite struct QueueSchedulerTests {
    @Test(arguments: 0..<60) func aScheduledQueueBreaksNoHardRule(seed: UInt64) {
        let model = RandomSchedules.model(seed: seed, requests: 14)
        var table = Timetable(model: model)
        QueueScheduler(seed: seed).schedule(&table, movable: Set(model.requests.indices), iterations: 300)
        #expect(ScheduleChecker.violations(table) == [], "seed \(seed)")
        #expect(table.placedCount > 0)
    }

    @Test(arguments: 0..<20) func searchNeverMakesThePlanWorseThanTheGreedyPass(seed: UInt64) {
        let model = RandomSchedules.model(seed: seed, requests: 14)
        var greedy = Timetable(model: model), searched = Timetable(model: model)
        QueueScheduler(seed: seed).schedule(&greedy, movable: Set(model.requests.indices), iterations: 0)
        QueueScheduler(seed: seed).schedule(&searched, movable: Set(model.requests.indices), iterations: 400)
        #expect(searched.cost <= greedy.cost)
    }

    @Test func anUrgentCaseGetsTheEarlierSlotWhenOnlyOneFits() {
        var model = ScheduleModel(rules: .init(grainsPerDay: 8, days: 2))
        model.addPerson(id: "mediator", isStaff: true, available: TimeSet([0..<16]))
        model.addVenue(id: "room", zone: 1, open: TimeSet([0..<16]))
        model.addRequest(.init(id: "routine", caseID: "C1", duration: 8, people: [0], venues: [.init(venue: 0)]))
        model.addRequest(.init(id: "urgent", caseID: "C2", duration: 8, people: [0], venues: [.init(venue: 0)], weight: 5))
        var table = Timetable(model: model)
        QueueScheduler().schedule(&table, movable: [0, 1], iterations: 50)
        #expect(table.placement(of: 1)?.start == 0)
        #expect(table.placement(of: 0)?.start == 8)
    }

    @Test(arguments: 0..<20) func repairMovesOnlyTheSessionsThatLostTheirPlace(seed: UInt64) throws {
        let model = RandomSchedules.model(seed: seed, requests: 14)
        var table = Timetable(model: model)
        QueueScheduler(seed: seed).schedule(&table, movable: Set(model.requests.indices), iterations: 200)
        // The busiest expert goes on leave for the first day with sessions.
        let placed = model.requests.indices.filter { table.placement(of: $0) != nil }
        try #require(!placed.isEmpty)
        let expert = (0..<5).max { a, b in placed.count { model.requests[$0].people.contains(a) } < placed.count { model.requests[$0].people.contains(b) } }!
        let day = placed.filter { model.requests[$0].people.contains(expert) }.map { table.placement(of: $0)!.start / model.rules.grainsPerDay }.min() ?? 0
        var changed = ScheduleModel(rules: model.rules, weights: model.weights, travelBetweenZones: model.travelBetweenZones)
        for (p, person) in model.people.enumerated() {
            let leave = TimeSet([day * model.rules.grainsPerDay..<(day + 1) * model.rules.grainsPerDay])
            changed.addPerson(id: person.id, isStaff: person.isStaff, available: p == expert ? person.available.subtracting(leave) : person.available)
        }
        for venue in model.venues { changed.addVenue(id: venue.id, zone: venue.zone, open: venue.open) }
        for request in model.requests { changed.addRequest(request) }
        var repaired = Timetable(model: changed)
        var affected: Set<Int> = []
        for request in placed.sorted(by: { table.placement(of: $0)!.start < table.placement(of: $1)!.start }) {
            let placement = table.placement(of: request)!
            if repaired.conflict(request, at: placement) == nil { repaired.place(request, at: placement) } else { affected.insert(request) }
        }
        #expect(!affected.isEmpty)
        QueueScheduler(seed: seed).schedule(&repaired, movable: affected, iterations: 100)
        for request in placed where !affected.contains(request) {
            #expect(repaired.placement(of: request) == table.placement(of: request), "seed \(seed): \(model.requests[request].id) moved")
        }
        #expect(ScheduleChecker.violations(repaired) == [])
    }
}

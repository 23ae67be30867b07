import Scheduling
import Testing

/// One hard rule per test, each on a tiny hand-made situation.
@Suite struct TimetableRuleTests {
    /// Two days of 16 grains; a mediator, a lawyer and the parties; rooms in zones 1 and 2 and online.
    static func model(_ adjust: (inout ScheduleModel.Rules) -> Void = { _ in }) -> ScheduleModel {
        var rules = ScheduleModel.Rules(grainsPerDay: 16, days: 2, bufferGrains: 1, staffDailyCapGrains: 10, staffDailySessionCap: 2)
        adjust(&rules)
        var model = ScheduleModel(rules: rules, travelBetweenZones: { a, b in a == b ? 0 : 3 })
        model.addPerson(id: "mediator", isStaff: true, available: TimeSet([0..<32]))
        model.addPerson(id: "lawyer", isStaff: true, available: TimeSet([4..<16, 16..<32]))
        model.addPerson(id: "parties", isStaff: false, available: TimeSet([0..<32]))
        model.addVenue(id: "room-1", zone: 1, open: TimeSet([0..<14, 16..<28]))
        model.addVenue(id: "room-2", zone: 2, open: TimeSet([0..<32]))
        model.addVenue(id: "online", zone: nil, open: TimeSet([0..<32]))
        let all = [ScheduleModel.VenueChoice(venue: 0), .init(venue: 1), .init(venue: 2, cost: 5)]
        model.addRequest(.init(id: "A", caseID: "C1", duration: 4, people: [0, 2], venues: all))
        model.addRequest(.init(id: "B", caseID: "C2", duration: 4, people: [0, 1], venues: all))
        model.addRequest(.init(id: "B2", caseID: "C2", order: 1, duration: 4, people: [0, 1], venues: all, earliest: 2))
        model.addRequest(.init(id: "D", caseID: "C3", duration: 4, people: [1], venues: [.init(venue: 1)], earliest: 6))
        return model
    }

    @Test func aPersonCannotSitInTwoSessionsAtOnce() {
        var table = Timetable(model: Self.model())
        table.place(0, at: Placement(start: 4, venue: 0))
        #expect(table.conflict(1, at: Placement(start: 6, venue: 1)) == .doubleBooked(person: 0, with: 0))
    }

    @Test func aPersonMustBeAvailableForTheWholeSession() {
        let table = Timetable(model: Self.model())
        #expect(table.conflict(1, at: Placement(start: 2, venue: 1)) == .unavailable(person: 1, grain: 2))
    }

    @Test func travelBetweenZonesNeedsTimeAndTheSameZoneNeedsOnlyTheBuffer() {
        var table = Timetable(model: Self.model())
        table.place(0, at: Placement(start: 4, venue: 0))  // the mediator in zone 1 until grain 8
        #expect(table.conflict(1, at: Placement(start: 10, venue: 1)) == .noTravelTime(person: 0, other: 0, needs: 3))
        #expect(table.conflict(1, at: Placement(start: 11, venue: 1)) == nil)
        #expect(table.conflict(1, at: Placement(start: 8, venue: 0)) == .noTravelTime(person: 0, other: 0, needs: 1))
        #expect(table.conflict(1, at: Placement(start: 9, venue: 0)) == nil)
        #expect(table.conflict(1, at: Placement(start: 9, venue: 2)) == nil, "online needs only the buffer")
    }

    @Test func aRoomHoldsOneSessionAtATimeButOnlineHoldsAny() {
        var table = Timetable(model: Self.model())
        table.place(0, at: Placement(start: 4, venue: 1))
        #expect(table.conflict(3, at: Placement(start: 6, venue: 1)) == .venueTaken(venue: 1, by: 0))
        table.place(0, at: Placement(start: 4, venue: 2))
        #expect(table.conflict(3, at: Placement(start: 6, venue: 1)) == nil)
    }

    @Test func aRoomMustBeOpen() {
        let table = Timetable(model: Self.model())
        #expect(table.conflict(0, at: Placement(start: 11, venue: 0)) == .venueClosed(venue: 0))
    }

    @Test func dailyLimitsCountGrainsAndSessions() {
        var table = Timetable(model: Self.model { $0.staffDailySessionCap = 1 })
        table.place(0, at: Placement(start: 0, venue: 0))
        #expect(table.conflict(1, at: Placement(start: 10, venue: 0)) == .dailySessions(person: 0, day: 0, limit: 1))
        var grains = Timetable(model: Self.model { $0.staffDailyCapGrains = 7 })
        grains.place(0, at: Placement(start: 0, venue: 0))
        #expect(grains.conflict(1, at: Placement(start: 10, venue: 0)) == .dailyGrains(person: 0, day: 0, limit: 7))
    }

    @Test func aFollowUpComesOnALaterDayAfterItsCasesEarlierSession() {
        var table = Timetable(model: Self.model())
        #expect(table.conflict(2, at: Placement(start: 20, venue: 1)) == .followsUnplaced(previous: 1))
        table.place(1, at: Placement(start: 4, venue: 1))
        #expect(table.conflict(2, at: Placement(start: 10, venue: 1)) == .followUpTooEarly(previous: 1))
        #expect(table.conflict(2, at: Placement(start: 20, venue: 1)) == nil)
        table.place(2, at: Placement(start: 20, venue: 1))
        #expect(table.conflict(1, at: Placement(start: 17, venue: 1)) == .precedesFollowUp(next: 2))
    }

    @Test func noticeDayEndsAndTheHorizonBoundTheStart() {
        let table = Timetable(model: Self.model())
        #expect(table.conflict(3, at: Placement(start: 5, venue: 1)) == .tooSoon(earliest: 6))
        #expect(table.conflict(0, at: Placement(start: 14, venue: 1)) == .crossesDays)
        #expect(table.conflict(0, at: Placement(start: 30, venue: 1)) == .outsideHorizon)
        #expect(table.conflict(3, at: Placement(start: 8, venue: 0)) == .venueNotAllowed(venue: 0))
    }

    @Test func conflictsReadAsSentencesWithNames() {
        var table = Timetable(model: Self.model())
        table.place(0, at: Placement(start: 4, venue: 0))
        let conflict = table.conflict(1, at: Placement(start: 10, venue: 1))!
        #expect(conflict.describe(in: table.model) { "grain \($0)" } == "mediator needs 45 minutes to get between this and session A")
    }

    @Test func movingASessionIgnoresItsOwnOldPlace() {
        var table = Timetable(model: Self.model())
        table.place(0, at: Placement(start: 4, venue: 1))
        #expect(table.conflict(0, at: Placement(start: 5, venue: 1)) == nil)
        #expect(table.conflict(1, at: Placement(start: 4, venue: 1)) == .doubleBooked(person: 0, with: 0))
        table.place(0, at: Placement(start: 12, venue: 1))
        #expect(table.placement(of: 0) == Placement(start: 12, venue: 1))
        #expect(table.conflict(1, at: Placement(start: 4, venue: 1)) == nil, "the old grains are free again")
    }
}

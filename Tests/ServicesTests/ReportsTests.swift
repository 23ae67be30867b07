import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing

@Suite struct ReportsTests {
    static let today = TestTime.today  // Monday 2026-11-30

    /// Four active experts and one retired, with seats on open and closed cases, and sessions on and around the borders
    /// of the two weeks ahead (midnight today in, midnight in fourteen days out).
    static func loadedDatabase() throws -> AppDatabase {
        let database = try AppDatabase.seededForTests()
        try database.insertVenues([.fixture()])
        try database.insertExperts([
            .fixture(id: "E-0001", name: "王建国", capacity: 4),
            .fixture(id: "E-0002", name: "李律师", roles: [.lawyer, .mediator], capacity: 2,
                leave: [LeavePeriod(from: TestTime.day("2026-11-28"), through: TestTime.day("2026-12-02"))]),
            .fixture(id: "E-0003", name: "赵心理", roles: [.psychologist], capacity: 5,
                leave: [LeavePeriod(from: TestTime.day("2026-11-20"), through: TestTime.day("2026-11-29"))]),
            .fixture(id: "E-0004", name: "孙暂停", capacity: 0),
            .fixture(id: "E-0005", name: "周退休", capacity: 3, isActive: false),
        ])
        try database.insertCases([
            .fixture(id: "C-2026-00001", status: .matching), .fixture(id: "C-2026-00002", status: .scheduled),
            .closedFixture(id: "C-2026-00003"), .fixture(id: "C-2026-00004", status: .matching),
        ])
        func seat(_ caseNumber: Int, _ seat: Int, _ expert: Expert.ID, _ status: Assignment.Status, offer: Int = 1) -> Assignment {
            let caseID = DisputeCase.ID("C-2026-0000\(caseNumber)")
            return .fixture(id: Assignment.ID("\(caseID):\(seat):\(offer)"), caseID: caseID, seat: seat, expertID: expert, status: status)
        }
        try database.insertAssignments([
            seat(1, 0, "E-0001", .offered), seat(1, 1, "E-0002", .accepted), seat(1, 2, "E-0005", .accepted),
            seat(2, 0, "E-0001", .accepted), seat(2, 1, "E-0002", .offered),
            seat(3, 0, "E-0001", .accepted),
            seat(4, 0, "E-0001", .declined), seat(4, 0, "E-0003", .released, offer: 2),
        ])
        let session = { (id: Session.ID, caseID: DisputeCase.ID, day: Int, hour: Int, status: Session.Status, panel: [Expert.ID]) in
            Session.fixture(id: id, caseID: caseID, startsAt: TestTime.at(today.adding(days: day), hour: hour), status: status, panel: panel)
        }
        for s in [
            session("S-1", "C-2026-00002", 2, 9, .proposed, ["E-0001", "E-0002"]),
            session("S-2", "C-2026-00002", 3, 9, .cancelled, ["E-0001"]),
            session("S-3", "C-2026-00002", 14, 0, .proposed, ["E-0001", "E-0003"]),
            session("S-4", "C-2026-00001", 13, 16, .confirmed, ["E-0002"]),
            session("S-5", "C-2026-00003", -1, 23, .held, ["E-0001", "E-0003"]),
            session("S-6", "C-2026-00001", 0, 0, .proposed, ["E-0003"]),
        ] { try database.saveSession(s) }
        return database
    }

    @Test func loadCountsLiveSeatsOnOpenCasesAndSessionsOfTheNextTwoWeeks() throws {
        let report = try Reports(database: try Self.loadedDatabase()).load(today: Self.today)
        #expect(report.experts.map(\.id) == ["E-0002", "E-0001", "E-0003", "E-0004"])
        #expect(report.experts.map(\.openSeats) == [2, 2, 0, 0])
        #expect(report.experts.map(\.utilisation) == [1, 0.5, 0, nil])
        #expect(report.experts.map(\.upcomingSessions) == [2, 1, 1, 0])
        #expect(report.experts.map(\.onLeave) == [true, false, false, false])
        #expect(report.experts[0].roles == [.mediator, .lawyer])
        #expect(report.experts[0].name == "李律师" && report.experts[0].capacity == 2)
    }

    @Test func loadSummaryAndHistogramGiveExactFigures() throws {
        let report = try Reports(database: try Self.loadedDatabase()).load(today: Self.today)
        let s = report.summary
        let counts: [Int] = [s.experts, s.capacity, s.openSeats, s.atCapacity, s.onLeave, s.withoutCapacity]
        #expect(counts == [4, 11, 4, 1, 1, 1])
        #expect(s.meanUtilisation == 0.5)
        #expect(s.maxOverMean == 2)
        #expect(s.gini == 0.5)
        #expect(report.histogram.map(\.band) == UtilisationBand.allCases)
        #expect(report.histogram.map(\.experts) == [1, 0, 0, 1, 0, 1])
        #expect(report.histogram.map(\.label) == ["0", "0–25%", "25–50%", "50–75%", "75–100%", "full"])
    }

    @Test(arguments: [
        (0, 4, UtilisationBand.idle), (1, 5, .belowQuarter), (1, 4, .belowHalf), (1, 3, .belowHalf), (2, 4, .belowThreeQuarters),
        (2, 3, .belowThreeQuarters), (3, 4, .belowFull), (4, 4, .full), (5, 4, .full),
    ])
    func aBandIncludesItsLowerBorderAndExcludesItsUpper(openSeats: Int, capacity: Int, band: UtilisationBand) {
        #expect(UtilisationBand(openSeats: openSeats, capacity: capacity) == band)
    }

    @Test func loadJSONKeepsEveryKeyAndWritesAMissingUtilisationAsNull() throws {
        let report = try Reports(database: try Self.loadedDatabase()).load(today: Self.today)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(report.experts.last), as: UTF8.self)
        #expect(json == #"{"capacity":0,"id":"E-0004","name":"孙暂停","onLeave":false,"openSeats":0,"roles":["mediator"],"#
            + #""upcomingSessions":0,"utilisation":null}"#)
    }

    /// Six cases: four opened from 2026-09-15 through 2026-11-30, none in October, one the day before and one the day after.
    static func openedDatabase() throws -> AppDatabase {
        let database = try AppDatabase.seededForTests()
        let opened: [(DisputeType, Area.ID, String)] = [
            (.neighbor, TestAreas.jiusan, "2026-09-15"), (.neighbor, TestAreas.jiusan, "2026-09-20"),
            (.marriageFamily, TestAreas.gengsheng, "2026-11-30"), (.neighbor, TestAreas.tianchi, "2026-11-02"),
            (.contract, TestAreas.jiusan, "2026-09-14"), (.neighbor, TestAreas.yingchun, "2026-12-01"),
        ]
        try database.insertCases(opened.enumerated().map { index, c in
            .fixture(id: DisputeCase.ID("C-2026-0000\(index + 1)"), type: c.0, communityID: c.1, openedOn: TestTime.day(c.2))
        })
        return database
    }

    @Test func hotspotsPerSubdistrictCountEachAreaTypeAndMonthWithEmptyMonthsKept() throws {
        let report = try Reports(database: try Self.openedDatabase()).hotspots(
            from: TestTime.day("2026-09-15"), through: TestTime.day("2026-11-30"), level: .subdistrict)
        #expect(report.months == ["2026-09", "2026-10", "2026-11"])
        #expect(report.totalCases == 4)
        #expect(report.counts.map { "\($0.areaName) \($0.type.code) \($0.month) \($0.cases)" } == [
            "人民广场街道 MARRIAGE_FAMILY 2026-11 1", "人民广场街道 NEIGHBOR 2026-09 2", "白云街道 NEIGHBOR 2026-11 1",
        ])
        #expect(report.areas.map { "\($0.areaID) \($0.areaName) \($0.cases)" } == ["210203011 人民广场街道 3", "210203013 白云街道 1"])
        #expect(report.monthTotals.map { "\($0.month) \($0.cases)" } == ["2026-09 2", "2026-10 0", "2026-11 2"])
        #expect(report.typeTotals.map { "\($0.type.code) \($0.cases)" } == ["NEIGHBOR 3", "MARRIAGE_FAMILY 1"])
    }

    @Test func hotspotsPerCommunityListEveryCommunityBusiestFirst() throws {
        let report = try Reports(database: try Self.openedDatabase()).hotspots(
            from: TestTime.day("2026-09-15"), through: TestTime.day("2026-11-30"), level: .community)
        #expect(report.areas.map { "\($0.areaName) \($0.cases)" } == ["九三社区 2", "更生社区 1", "天池社区 1", "迎春社区 0"])
        #expect(report.counts.map(\.cases).reduce(0, +) == 4)
    }

    @Test func aPeriodThatEndsBeforeItStartsIsRefusedNamingTheField() throws {
        let reports = Reports(database: try Self.openedDatabase())
        let error = #expect(throws: DomainError.self) {
            try reports.hotspots(from: TestTime.day("2026-12-01"), through: TestTime.day("2026-11-30"), level: .community)
        }
        #expect(error?.description == "The from day of the report is invalid: 2026-12-01 comes after the through day 2026-11-30.")
        #expect(throws: DomainError.self) { try reports.outcomes(from: TestTime.day("2026-12-01"), through: TestTime.day("2026-11-30")) }
    }

    @Test func theDefaultPeriodIsTwelveCalendarMonthsUpToToday() {
        let period = ReportPeriod.lastTwelveMonths(endingOn: TestTime.day("2026-01-15"))
        #expect(period.from == TestTime.day("2025-02-01") && period.through == TestTime.day("2026-01-15"))
        #expect(period.months.count == 12 && period.months.first == "2025-02" && period.months.last == "2026-01")
        #expect(ReportPeriod.lastTwelveMonths(endingOn: Self.today).from == TestTime.day("2025-12-01"))
    }

    /// Five cases closed from 2026-10-01 through 2026-11-30 (79 days in all), one closed the day before, one still open.
    static func closedDatabase() throws -> AppDatabase {
        let database = try AppDatabase.seededForTests()
        let closed: [(DisputeType, String, String, CaseOutcome, Satisfaction?)] = [
            (.neighbor, "2026-09-20", "2026-10-05", .settled, .satisfied),
            (.neighbor, "2026-10-01", "2026-10-11", .notSettled, .dissatisfied),
            (.marriageFamily, "2026-11-01", "2026-11-21", .settled, .basicallySatisfied),
            (.neighbor, "2026-11-10", "2026-11-30", .withdrawn, nil),
            (.marriageFamily, "2026-11-01", "2026-11-15", .referredToCourt, .satisfied),
            (.contract, "2026-09-01", "2026-09-30", .settled, .satisfied),
        ]
        try database.insertCases(closed.enumerated().map { index, c in
            .fixture(id: DisputeCase.ID("C-2026-0000\(index + 1)"), type: c.0, openedOn: TestTime.day(c.1), status: .closed, outcome: c.3,
                satisfaction: c.4, closedOn: TestTime.day(c.2))
        } + [.fixture(id: "C-2026-00009", openedOn: TestTime.day("2026-10-02"), status: .inMediation)])
        return database
    }

    @Test func outcomesGiveExactRatesOverallPerTypeAndPerMonth() throws {
        let report = try Reports(database: try Self.closedDatabase()).outcomes(from: TestTime.day("2026-10-01"), through: Self.today)
        let all = report.overall
        #expect(all.closedCases == 5)
        #expect(all.outcomes.map(\.outcome) == CaseOutcome.allCases)
        #expect(all.outcomes.map(\.cases) == [2, 1, 1, 1])
        #expect(all.outcomes.map(\.rate) == [0.4, 0.2, 0.2, 0.2])
        #expect(all.settlementRate == 0.4)
        #expect(all.answered == 4)
        #expect(all.satisfaction.map(\.answer) == Satisfaction.allCases)
        #expect(all.satisfaction.map(\.cases) == [2, 1, 1])
        #expect(all.satisfaction.map(\.rate) == [0.5, 0.25, 0.25])
        #expect(all.satisfactionRate == 0.75)
        #expect(all.meanDaysToClose == 15.8)

        #expect(report.byType.map(\.type) == [.neighbor, .marriageFamily])
        let neighbour = report.byType[0].tally, family = report.byType[1].tally
        #expect(neighbour.closedCases == 3 && neighbour.settlementRate == 1.0 / 3 && neighbour.satisfactionRate == 0.5)
        #expect(neighbour.meanDaysToClose == 15)
        #expect(family.outcomes.map(\.cases) == [1, 0, 0, 1] && family.satisfactionRate == 1 && family.meanDaysToClose == 17)

        #expect(report.byMonth.map(\.month) == ["2026-10", "2026-11"])
        #expect(report.byMonth.map(\.tally.closedCases) == [2, 3])
        #expect(report.byMonth.map(\.tally.meanDaysToClose) == [12.5, 18])
    }

    @Test func aMonthWithoutClosingsIsKeptWithZeros() throws {
        let report = try Reports(database: try Self.closedDatabase()).outcomes(from: TestTime.day("2026-08-15"), through: TestTime.day("2026-09-29"))
        #expect(report.months == ["2026-08", "2026-09"])
        #expect(report.overall.closedCases == 0)
        #expect(report.byType.isEmpty)
        let august = report.byMonth[0].tally
        #expect(august.closedCases == 0 && august.settlementRate == 0 && august.satisfactionRate == 0 && august.meanDaysToClose == 0)
        #expect(august.outcomes.map(\.cases) == [0, 0, 0, 0])
    }
}

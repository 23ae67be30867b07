import Domain
import Matching
import TestSupport
import Testing

/// Replaying past cases under two weights profiles, each recommended seat adding to its expert's load.
@Suite struct WeightsReplayTests {
    /// Three neighbour mediators of levels 5, 1 and 2, each with room for ten cases.
    static let experts: [Expert] = [
        .fixture(id: "E-0001", name: "王建国", specialties: [Specialty(.neighbor, level: 5)], capacity: 10),
        .fixture(id: "E-0002", name: "刘洋", specialties: [Specialty(.neighbor, level: 1)], capacity: 10),
        .fixture(id: "E-0003", name: "孙丽", specialties: [Specialty(.neighbor, level: 2)], capacity: 10),
    ]
    /// Six ordinary neighbour cases (a lone mediator each), listed newest first.
    static let cases = (1...6).map { DisputeCase.fixture(id: Situation.caseID($0), openedOn: TestTime.today.adding(days: -$0)) }
    static let specialtyOnly = WeightsProfile.fixture(version: 2, name: "specialty only", weights: [.specialty: 1])
    static let loadOnly = WeightsProfile.fixture(version: 3, name: "load only", weights: [.load: 1])

    func run(_ baseline: WeightsProfile, _ candidate: WeightsProfile) -> ReplayReport {
        WeightsReplay(pool: Situation.pool(Self.experts), panels: .defaults)
            .run(cases: Self.cases, baseline: baseline, candidate: candidate)
    }

    @Test func replayingAProfileAgainstItselfChangesNoSeat() {
        let report = run(Self.specialtyOnly, Self.specialtyOnly)
        #expect(report.cases == 6 && report.seats == 6)
        #expect(report.changedSeats == 0 && report.changedShare == 0)
        #expect(report.changes.isEmpty && report.gainers.isEmpty && report.losers.isEmpty)
        #expect(report.baseline.loadSpread == report.candidate.loadSpread)
    }

    @Test func specialtyAloneGivesEveryCaseToTheBestWhileLoadAloneTakesTurns() {
        let report = run(Self.specialtyOnly, Self.loadOnly)
        // Load alone: E-0001, then the idle E-0002 and E-0003, then round again; cases 1 and 4 keep E-0001.
        #expect(report.changedSeats == 4)
        #expect(abs(report.changedShare - 4.0 / 6) < 1e-12)
        #expect(report.changes.map(\.after) == ["E-0002", "E-0003", "E-0002", "E-0003"])
        #expect(report.changes.allSatisfy { $0.before == "E-0001" && $0.role == .mediator && $0.seat == 0 })
        #expect(report.baseline.loadSpread.gini == 2.0 / 3)
        #expect(report.candidate.loadSpread.gini == 0)
        #expect(report.baseline.emptySeats == 0 && report.candidate.emptySeats == 0)
        #expect(report.baseline.name == "specialty only" && report.candidate.version == 3)
    }

    @Test func gainersAndLosersAgreeWithTheChangedCounts() {
        let report = run(Self.specialtyOnly, Self.loadOnly)
        #expect(report.gainers.map(\.expertID) == ["E-0002", "E-0003"])
        #expect(report.gainers.map(\.change) == [2, 2])
        #expect(report.losers.map(\.expertID) == ["E-0001"])
        #expect(report.losers.first?.baseline == 6 && report.losers.first?.candidate == 2)
        #expect(report.gainers.reduce(0) { $0 + $1.change } == -report.losers.reduce(0) { $0 + $1.change })
        // Each changed seat moves one seat from its old expert to its new one.
        for shift in report.gainers + report.losers {
            let gained = report.changes.filter { $0.after == shift.expertID }.count
            let lost = report.changes.filter { $0.before == shift.expertID }.count
            #expect(gained - lost == shift.change, "\(shift.expertID)")
        }
    }

    @Test func swappingTheProfilesSwapsGainersAndLosers() {
        let forward = run(Self.specialtyOnly, Self.loadOnly), backward = run(Self.loadOnly, Self.specialtyOnly)
        #expect(backward.changedSeats == forward.changedSeats)
        #expect(backward.gainers.map(\.expertID) == forward.losers.map(\.expertID))
        #expect(Set(backward.losers.map(\.expertID)) == Set(forward.gainers.map(\.expertID)))
    }

    @Test func thePanelScoresAreEachUnderTheirOwnProfile() {
        let report = run(Self.specialtyOnly, Self.loadOnly)
        // Specialty alone scores E-0001's level 5 as 1 on every case.
        #expect(report.baseline.meanPanelScore == 1 && report.baseline.worstPanelScore == 1)
        // Load alone: 1 for the first three cases, 0.9 for the next three.
        #expect(abs(report.candidate.meanPanelScore - 0.95) < 1e-12)
        #expect(abs(report.candidate.worstPanelScore - 0.9) < 1e-12)
    }
}

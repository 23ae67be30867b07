import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing

/// The checked-in Xigang data set: generated, deterministic, and shaped like the reference district.
@Suite struct XigangFixtureTests {
    static let dataset: Dataset = try! FixtureLoader().read(directory: FixturePaths.xigang)

    @Test func theCheckedInFilesAreExactlyWhatSeedOneMakes() throws {
        let generated = XigangGenerator(.init(seed: 1, scale: 1)).files()
        for (name, text) in generated.sorted(by: { $0.key < $1.key }) {
            let stored = try String(contentsOf: FixturePaths.xigang.appendingPathComponent(name), encoding: .utf8)
            #expect(stored == text, "Fixtures/xigang/\(name) differs from `fengqiao fixtures generate --seed 1`")
        }
    }

    @Test func anotherSeedMakesAnotherDataSet() {
        let one = XigangGenerator(.init(seed: 1)).files()["experts.csv"]
        let two = XigangGenerator(.init(seed: 2)).files()["experts.csv"]
        #expect(one != two)
    }

    @Test func theDistrictHasItsFiveSubdistrictsAndFortySevenCommunities() {
        let areas = Self.dataset.areas
        #expect(areas.filter { $0.level == .subdistrict }.map(\.nameZh).sorted()
            == ["人民广场街道", "八一路街道", "日新街道", "白云街道", "香炉礁街道"].sorted())
        let communities = areas.filter { $0.level == .community }
        #expect(communities.count == 47)
        #expect(communities.filter { !$0.isSynthetic }.count == 21)
        #expect(communities.contains { $0.nameZh == "香秀社区" && !$0.isSynthetic })
    }

    @Test func venuesCoverTheCentreStationsCommunityRoomsPoliceRoomsAndOnline() {
        let kinds = Dictionary(grouping: Self.dataset.venues, by: \.kind).mapValues(\.count)
        #expect(kinds == [.centre: 1, .station: 5, .communityRoom: 47, .policeRoom: 5, .online: 1])
    }

    @Test func theExpertsAreAboutThreeHundredAndFiftyInEveryRole() {
        let experts = Self.dataset.experts
        #expect((330...370).contains(experts.count))
        let volunteers = experts.filter { $0.team != nil }
        #expect(volunteers.count >= 120)
        #expect(Set(volunteers.compactMap(\.team)) == Set(LawyerTeam.allCases))
        #expect(Set(experts.compactMap(\.advisesCommunityID)).count == 47)
        #expect(experts.filter { $0.roles.contains(.psychologist) }.count >= 20)
        #expect(experts.filter { $0.credentials.contains(.retiredJudge) }.count >= 10)
        #expect(experts.filter { $0.roles.contains(.panelist) && $0.credentials.contains(.goldMedalMediator) }.count >= 3)
        #expect(experts.allSatisfy { !$0.availability.isEmpty })
    }

    @Test func closedCasesSpanTwoYearsWithTheNationalShapes() throws {
        let closed = Self.dataset.cases.filter { $0.status == .closed }
        #expect((2900...3100).contains(closed.count))
        let settled = Double(closed.filter { $0.outcome == .settled }.count) / Double(closed.count)
        #expect((0.95...0.99).contains(settled))
        let first = try #require(closed.map(\.openedOn).min()), last = try #require(closed.map(\.openedOn).max())
        #expect(first.days(until: last) > 650)
        let shares = Dictionary(grouping: closed, by: \.type).mapValues { Double($0.count) / Double(closed.count) }
        #expect((0.18...0.26).contains(shares[.neighbor] ?? 0))
        #expect((0.14...0.22).contains(shares[.marriageFamily] ?? 0))
        #expect(shares[.forestLand] == nil)
        #expect(closed.allSatisfy { $0.satisfaction == nil || $0.outcome != nil })
    }

    @Test func aboutOneHundredFiftyCasesAreOpenAndFortyOfThemHard() {
        let open = Self.dataset.cases.filter(\.isOpen)
        #expect(open.count == 150)
        #expect(open.filter { $0.difficulty != .ordinary }.count == 40)
        #expect(Set(open.map(\.status)) == [.intake, .matching, .assigned, .scheduled, .inMediation])
    }

    @Test func theDataExercisesEveryRule() throws {
        let database = try AppDatabase.inMemory()
        try database.insertDataset(Self.dataset, label: "test")
        let highlights = try DemoHighlights(database: database, today: XigangGenerator.defaultAsOf)
        #expect(highlights.expertsOnLeave.count >= 10)
        #expect(highlights.expertsAtCapacity.count >= 3)
        #expect(highlights.casesWithVetoes.count >= 8)
        #expect(highlights.casesWithDeclaredConflicts.count >= 10)
        #expect(highlights.casesWithReturningParties.count >= 10)
        #expect(highlights.overdueCases.count >= 5)
    }

    @Test func aLargerScaleMultipliesExpertsAndCases() {
        let small = XigangGenerator(.init(seed: 3, scale: 1)).generate()
        let large = XigangGenerator(.init(seed: 3, scale: 2)).generate()
        #expect(large.cases.count == 2 * small.cases.count)
        #expect(large.experts.count > Int(1.8 * Double(small.experts.count)))
        #expect(large.areas.count == small.areas.count)
    }
}

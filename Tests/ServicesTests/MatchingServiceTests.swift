import Domain
import Foundation
import Matching
import Services
import Store
import TestSupport
import Testing

/// The matcher on the Xigang data: the rules the data set was built to exercise do their work.
@Suite struct MatchingServiceTests {
    static let database: AppDatabase = {
        let database = try! AppDatabase.inMemory()
        var dataset = XigangFixtureTests.dataset
        dataset.weights = [DefaultWeights.profile(createdAt: Date(timeIntervalSince1970: 0))]
        dataset.panelRequirements = PanelTable.defaults.requirements
        try! database.insertDataset(dataset, label: "test")
        return database
    }()
    static let today = XigangGenerator.defaultAsOf
    var service: MatchingService { MatchingService(database: Self.database) }

    @Test func aVetoedExpertIsNeverRecommendedAndWhyNotNamesTheParty() throws {
        let vetoed = try Self.database.cases(.open).filter { !$0.vetoes.isEmpty }
        try #require(vetoed.count >= 5)
        for dispute in vetoed {
            let recommendation = try service.recommend(dispute.id, today: Self.today).recommendation
            for veto in dispute.vetoes {
                #expect(!recommendation.panel.contains(veto.expertID))
                #expect(!recommendation.seats.flatMap(\.alternates).contains { $0.expertID == veto.expertID })
                let answer = try service.whyNot(veto.expertID, caseID: dispute.id, today: Self.today)
                guard case let .excluded(_, exclusions) = answer else {
                    Issue.record("\(veto.expertID) on \(dispute.id): \(answer)")
                    continue
                }
                #expect(exclusions.contains { $0.rule == .partyVeto })
            }
        }
    }

    @Test func anExpertRelatedToAPartyIsExcludedForConflictOfInterest() throws {
        let experts = try Self.database.experts()
        var checked = 0
        for dispute in try Self.database.cases(CaseFilter(statuses: [.intake, .matching])) {
            for entry in dispute.parties where entry.party.kind == .person {
                guard let related = experts.first(where: { expert in
                    expert.relations.contains { $0.subject == .person(name: entry.party.name, identity: entry.party.identity) }
                }) else { continue }
                let answer = try service.whyNot(related.id, caseID: dispute.id, today: Self.today)
                if case let .excluded(_, exclusions) = answer {
                    #expect(exclusions.contains { if case .declaredRelation(entry.party.id, _, _, _) = $0 { true } else { false } })
                    checked += 1
                }
            }
        }
        #expect(checked >= 5)
    }

    @Test func expertsOnLeaveOrAtCapacityAreExcludedWithTheNumbers() throws {
        let highlights = try DemoHighlights(database: Self.database, today: Self.today)
        let dispute = try #require(try Self.database.cases(CaseFilter(statuses: [.intake])).first)
        for id in highlights.expertsAtCapacity.prefix(5) {
            let expert = try #require(try Self.database.expert(id))
            let answer = try service.whyNot(id, caseID: dispute.id, today: Self.today)
            guard case let .excluded(_, exclusions) = answer else { continue }
            if expert.leave(on: Self.today) == nil && expert.isActive {
                #expect(exclusions.contains(.atCapacity(open: expert.capacity, limit: expert.capacity))
                    || exclusions.contains { $0.rule == .role })
            }
        }
        for id in highlights.expertsOnLeave.prefix(5) {
            let answer = try service.whyNot(id, caseID: dispute.id, today: Self.today)
            if case let .excluded(_, exclusions) = answer {
                #expect(exclusions.contains { $0.rule == .activeAndPresent })
            } else {
                Issue.record("\(id) is on leave yet \(answer)")
            }
        }
    }

    @Test func everyOpenCaseGetsAFullPanelOfDistinctPeople() throws {
        let recommender = try service.recommender(today: Self.today)
        for dispute in try Self.database.cases(CaseFilter(statuses: [.intake, .matching])) {
            let recommendation = recommender.recommend(for: dispute)
            #expect(Set(recommendation.panel).count == recommendation.panel.count)
            #expect(recommendation.seats.allSatisfy { $0.chosen != nil }, "\(dispute.id)")
            #expect(recommendation.weightsVersion == 1)
        }
    }

    @Test func replayingTheActiveProfileChangesNothing() throws {
        let report = try service.replay(candidate: try service.activeProfile(), last: 40, today: Self.today)
        #expect(report.cases == 40)
        #expect(report.changedSeats == 0)
        #expect(report.baseline.meanPanelScore == report.candidate.meanPanelScore)
    }

    @Test func replayingASpecialtyOnlyProfileShowsWhatChanges() throws {
        let file = try WeightsProfileFile(json: Data(#"{"name": "specialty only", "weights": {"specialty": 1}}"#.utf8), file: "p.json")
        let report = try service.replay(candidate: file.profile(version: 0, at: Date(), by: "test"), last: 60, today: Self.today)
        #expect(report.changedSeats > 0)
        #expect(report.changedShare == Double(report.changedSeats) / Double(report.seats))
        #expect(!report.gainers.isEmpty && !report.losers.isEmpty)
        #expect(report.candidate.loadSpread.gini >= 0 && report.candidate.loadSpread.gini <= 1)
        #expect(report.candidate.worstPanelScore <= report.candidate.meanPanelScore)
    }
}

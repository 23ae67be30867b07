import Foundation
import Testing

@Suite struct MatchingCommandTests {
    /// A fresh demo database in a temporary directory.
    func demo() throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["demo", "--db", "d.sqlite"], in: directory)
        #expect(result.status == 0, "\(result.errors)")
        return directory
    }

    func write(_ text: String, to name: String, in directory: URL) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func recommendPrintsATableAndExplainsAVeto() throws {
        let directory = try demo()
        let list = try CommandRunner.run(["case", "list", "--status", "intake", "--json", "--limit", "200", "--db", "d.sqlite"], in: directory)
        struct Listed: Decodable {
            struct Veto: Decodable { var partyID: String; var expertID: String }
            var id: String
            var vetoes: [Veto]
        }
        let cases = try JSONDecoder().decode([Listed].self, from: Data(list.output.utf8))
        let vetoed = try #require(cases.first { !$0.vetoes.isEmpty })
        let expert = vetoed.vetoes[0].expertID

        let result = try CommandRunner.run(["recommend", vetoed.id, "--why-not", expert, "--db", "d.sqlite"], in: directory)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("0 mediator"))
        #expect(result.output.contains("spec"))
        #expect(result.output.contains("party_veto: party \(vetoed.vetoes[0].partyID)"))
        #expect(!result.output.contains("\(expert)  "), "a vetoed expert is listed")

        let json = try CommandRunner.run(["recommend", vetoed.id, "--json", "--db", "d.sqlite"], in: directory)
        struct Report: Decodable {
            struct Recommendation: Decodable {
                struct Seat: Decodable {
                    struct Ranked: Decodable { var expertID: String }
                    var chosen: Ranked?
                    var alternates: [Ranked]
                }
                var seats: [Seat]
                var weightsVersion: Int
            }
            var recommendation: Recommendation
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(json.output.utf8))
        let panel = report.recommendation.seats.compactMap { $0.chosen?.expertID }
        #expect(Set(panel).count == panel.count && !panel.isEmpty)
        #expect(report.recommendation.weightsVersion == 1)
    }

    @Test func anUnknownCaseIsAClearError() throws {
        let directory = try demo()
        let result = try CommandRunner.run(["recommend", "C-1999-00001", "--db", "d.sqlite"], in: directory)
        #expect(result.status != 0)
        #expect(result.errors.contains("There is no case with ID C-1999-00001."))
    }

    @Test func aProfileIsStoredReplayedAndActivatedWithWhoAndWhy() throws {
        let directory = try demo()
        try write(#"{"name": "local first", "note": "try distance", "weights": {"specialty": 2, "distance": 4, "load": 1}}"#,
            to: "local.json", in: directory)
        let set = try CommandRunner.run(["weights", "set", "--file", "local.json", "--by", "admin", "--db", "d.sqlite"], in: directory)
        #expect(set.status == 0, "\(set.errors)")
        #expect(set.output.contains("Stored v2 local first"))

        let replay = try CommandRunner.run(["weights", "replay", "--profile", "local.json", "--last", "30", "--json", "--db", "d.sqlite"], in: directory)
        #expect(replay.status == 0, "\(replay.errors)")
        struct Replay: Decodable {
            struct Outcome: Decodable {
                struct Spread: Decodable { var gini: Double; var maxOverMean: Double }
                var meanPanelScore: Double
                var worstPanelScore: Double
                var loadSpread: Spread
            }
            var cases: Int
            var changedShare: Double
            var baseline: Outcome
            var candidate: Outcome
        }
        let report = try JSONDecoder().decode(Replay.self, from: Data(replay.output.utf8))
        #expect(report.cases == 30)
        #expect(report.changedShare > 0)
        #expect(report.candidate.worstPanelScore <= report.candidate.meanPanelScore)
        let text = try CommandRunner.run(["weights", "replay", "--profile", "local.json", "--last", "30", "--db", "d.sqlite"], in: directory)
        #expect(text.output.contains("load Gini"))

        let activate = try CommandRunner.run(["weights", "activate", "2", "--reason", "replayed 30 cases", "--by", "admin", "--db", "d.sqlite"], in: directory)
        #expect(activate.status == 0, "\(activate.errors)")
        let show = try CommandRunner.run(["weights", "show", "--json", "--db", "d.sqlite"], in: directory)
        #expect(show.output.contains("\"version\" : 2"))
        #expect(show.output.contains("\"by\" : \"admin\""))
        #expect(show.output.contains("\"reason\" : \"replayed 30 cases\""))
    }

    @Test func aBadProfileFileIsRefusedNamingTheField() throws {
        let directory = try demo()
        try write(#"{"name": "typo", "weights": {"speciality": 2}}"#, to: "typo.json", in: directory)
        let result = try CommandRunner.run(["weights", "set", "--file", "typo.json", "--db", "d.sqlite"], in: directory)
        #expect(result.status != 0)
        #expect(result.errors.contains("typo.json:1: column \"weights.speciality\": unknown term"))
        let show = try CommandRunner.run(["weights", "show", "--all", "--json", "--db", "d.sqlite"], in: directory)
        #expect(!show.output.contains("typo"))
    }

    @Test func thePanelTableCanBeShownAndEdited() throws {
        let directory = try demo()
        let set = try CommandRunner.run(["panel", "set", "NEIGHBOR", "difficult", "mediator,lawyer[licensed_lawyer],psychologist", "--db", "d.sqlite"], in: directory)
        #expect(set.status == 0, "\(set.errors)")
        let show = try CommandRunner.run(["panel", "show", "--db", "d.sqlite"], in: directory)
        let row = show.output.split(separator: "\n").first { $0.hasPrefix("NEIGHBOR ") && $0.contains(" difficult ") }
        #expect(row?.hasSuffix(" mediator,lawyer[licensed_lawyer],psychologist") == true)
        let bad = try CommandRunner.run(["panel", "set", "NEIGHBOR", "difficult", "mediator,judge", "--db", "d.sqlite"], in: directory)
        #expect(bad.status != 0)
        #expect(bad.errors.contains("\"judge\" is not a role"))
    }
}

@Suite struct SolveCommandTests {
    @Test func solvePrintsTheOptimalObjective() throws {
        let directory = try CommandRunner.temporaryDirectory()
        try "3 2\n1 2\n1 1 10\n1 2 4\n2 1 8\n2 2 7\n3 2 1\n".write(to: directory.appendingPathComponent("i.txt"), atomically: true, encoding: .utf8)
        let best = try CommandRunner.run(["solve", "i.txt"], in: directory)
        #expect(best.status == 0, "\(best.errors)")
        #expect(best.output.hasPrefix("objective 18\nassigned 3 of 3 rows\n"))
        let cheapest = try CommandRunner.run(["solve", "i.txt", "--minimize", "--json"], in: directory)
        #expect(cheapest.output.contains("\"objective\" : 13"))
    }

    @Test func aBadInstanceIsRefusedWithItsLine() throws {
        let directory = try CommandRunner.temporaryDirectory()
        try "2 2\n1 1\n1 1 5\n9 1 5\n".write(to: directory.appendingPathComponent("bad.txt"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["solve", "bad.txt"], in: directory)
        #expect(result.status != 0)
        #expect(result.errors.contains("bad.txt:4: the row 9 is beyond the 2 rows."))
    }
}

@Suite struct AssignCommandTests {
    @Test func theQueueIsPlannedThenStored() throws {
        let directory = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["demo", "--db", "d.sqlite"], in: directory).status == 0)
        let dry = try CommandRunner.run(["assign", "--queue", "--dry-run", "--db", "d.sqlite"], in: directory)
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.output.contains("Seats filled: "))
        #expect(dry.output.contains("Load spread: max/mean"))
        #expect(dry.output.contains("Dry run: nothing was stored."))
        let stored = try CommandRunner.run(["assign", "--queue", "--json", "--db", "d.sqlite"], in: directory)
        #expect(stored.status == 0, "\(stored.errors)")
        struct Report: Decodable {
            struct Plan: Decodable { var placements: [Placement]; struct Placement: Decodable { var caseID: String } }
            var plan: Plan
            var stored: Int
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(stored.output.utf8))
        #expect(report.stored == report.plan.placements.count && report.stored > 100)
        let again = try CommandRunner.run(["assign", "--queue", "--dry-run", "--json", "--db", "d.sqlite"], in: directory)
        let rest = try JSONDecoder().decode(Report.self, from: Data(again.output.utf8))
        #expect(rest.plan.placements.isEmpty)
    }

    @Test func aManualChoiceOfAVetoedExpertIsRefused() throws {
        let directory = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["demo", "--db", "d.sqlite"], in: directory).status == 0)
        let list = try CommandRunner.run(["case", "list", "--status", "intake", "--json", "--limit", "200", "--db", "d.sqlite"], in: directory)
        struct Listed: Decodable { struct Veto: Decodable { var expertID: String }; var id: String; var vetoes: [Veto] }
        let vetoed = try #require(try JSONDecoder().decode([Listed].self, from: Data(list.output.utf8)).first { !$0.vetoes.isEmpty })
        let result = try CommandRunner.run(["assign", vetoed.id, "--expert", vetoed.vetoes[0].expertID, "--seat", "0",
            "--reason", "knows them", "--db", "d.sqlite"], in: directory)
        #expect(result.status != 0)
        #expect(result.errors.contains("\(vetoed.vetoes[0].expertID) cannot take seat 0 of case \(vetoed.id)"))
        #expect(result.errors.contains("vetoed them"))
        let missing = try CommandRunner.run(["assign", vetoed.id, "--expert", "E-0001", "--db", "d.sqlite"], in: directory)
        #expect(missing.errors.contains("A manual choice needs a case ID, --seat and --reason besides --expert."))
    }
}

import ArgumentParser
import Domain
import Services

struct CaseShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one case with its parties and panel.")

    @Argument(help: "The case ID, e.g. C-2026-00042.") var id: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    struct Detail: Encodable {
        var `case`: DisputeCase
        var overdue: Bool
        var triageSignals: [String]
        var panel: [Assignment]
        var sessions: [Session]
    }

    func run() async throws {
        let db = try database.openExisting()
        guard let dispute = try db.dispute(DisputeCase.ID(id)) else {
            throw ValidationError("There is no case \(id). `fengqiao case list` shows the cases on file.")
        }
        let today = try Today.resolve(database: db)
        let detail = Detail(
            case: dispute, overdue: dispute.isOverdue(on: today), triageSignals: Triage.signals(of: dispute).map(\.description),
            panel: try db.assignments(caseID: dispute.id), sessions: try db.sessions(caseID: dispute.id))
        if output.json { try Console.printJSON(detail) } else { print(try text(detail, areas: db.areas())) }
    }

    private func text(_ d: Detail, areas: [Area]) -> String {
        let c = d.case
        let community = areas.first { $0.id == c.communityID }.map { "\($0.nameZh) \($0.pinyin) (\($0.id))" } ?? c.communityID.rawValue
        var lines = [
            "\(c.id)  \(c.type.nameZh) \(c.type.nameEn) · \(c.difficulty.rawValue) · \(c.status.rawValue)\(d.overdue ? " · OVERDUE" : "")",
            "Summary:    \(c.summary)",
            "Community:  \(community)",
            "Source:     \(c.source.rawValue)\(c.referralNumber.map { " \($0)" } ?? "")",
            "Opened:     \(c.openedOn), deadline \(c.deadline)",
        ]
        if let amount = c.amountYuan { lines.append("Amount:     ¥\(amount)") }
        if !d.triageSignals.isEmpty { lines.append("Triage:     \(d.triageSignals.joined(separator: "; "))") }
        if let outcome = c.outcome {
            lines.append("Closed:     \(c.closedOn!.description), \(outcome.rawValue), \(c.satisfaction?.rawValue ?? "no follow-up")")
        }
        lines.append("\nParties:")
        lines.append(Console.table(header: ["ID", "kind", "name", "identity", "role"], rows: c.parties.map {
            [$0.party.id.rawValue, $0.party.kind.rawValue, $0.party.name, $0.party.identity?.text ?? "", $0.role.rawValue]
        }))
        if !c.vetoes.isEmpty {
            lines.append("\nVetoes: " + c.vetoes.map { "\($0.partyID) refuses \($0.expertID)" }.joined(separator: "; "))
        }
        if !d.panel.isEmpty {
            lines.append("\nPanel:")
            lines.append(Console.table(header: ["seat", "role", "expert", "status"], rows: d.panel.map {
                [String($0.seat), $0.role.rawValue, $0.expertID.rawValue, $0.status.rawValue]
            }))
        }
        return lines.joined(separator: "\n")
    }
}

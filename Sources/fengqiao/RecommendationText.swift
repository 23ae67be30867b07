import Domain
import Foundation
import Matching

/// The human form of recommendations and "why not" answers.
enum RecommendationText {
    static let termHeader: [(ScoreTermName, String)] = [
        (.specialty, "spec"), (.load, "load"), (.distance, "dist"), (.language, "lang"), (.trackRecord, "record"),
        (.continuity, "cont"), (.fairness, "fair"), (.availability, "avail"), (.strain, "strain"), (.communityAdviser, "adviser"),
    ]

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }

    static func render(_ r: Recommendation, dispute: DisputeCase, weights: WeightsProfile) -> String {
        var rows: [[String]] = []
        for seat in r.seats {
            let label = "\(seat.seat) \(seat.requirement.role.rawValue)"
            guard let chosen = seat.chosen else {
                let reasons = seat.excludedBy.sorted { $0.value > $1.value }.map { "\($0.key.rawValue) \($0.value)" }
                rows.append([label, "(nobody eligible: \(reasons.joined(separator: ", ")))"] + Array(repeating: "", count: termHeader.count + 2))
                continue
            }
            rows.append(row(label, chosen, held: seat.isHeld))
            for alternate in seat.alternates { rows.append(row("", alternate, held: false)) }
        }
        let header = ["seat", "expert", "name", "score"] + termHeader.map(\.1)
        let weightsLine = termHeader.map { "\($0.1) \(number(weights.weight($0.0)))" }.joined(separator: ", ")
        return """
            \(dispute.id) · \(dispute.type.nameEn) · \(dispute.difficulty.rawValue) · \(r.seats.count) seats · weights v\(r.weightsVersion)
            \(Console.table(header: header, rows: rows))
            The first row of each seat is the recommendation (held: already assigned); the rows under it are alternates.
            Weights: \(weightsLine).
            """
    }

    private static func row(_ label: String, _ expert: RankedExpert, held: Bool) -> [String] {
        [label, expert.expertID.rawValue + (held ? " (held)" : label.isEmpty ? "  #\(expert.rank)" : ""), expert.name, number(expert.score.total)]
            + termHeader.map { number(expert.score[$0.0]) }
    }

    static func render(_ answer: WhyNotAnswer) -> String {
        switch answer {
        case let .onPanel(seat):
            return "They are on the panel, in seat \(seat)."
        case let .seatHeld(seat, holder):
            return "They may sit, but seat \(seat) is already held by \(holder), and no other seat fits their roles."
        case let .unknownExpert(id):
            return "There is no expert \(id)."
        case let .excluded(seat, exclusions):
            let reasons = exclusions.map { "  - \($0.rule.rawValue): \($0)" }.joined(separator: "\n")
            return "Hard rules keep them off seat \(seat):\n\(reasons)"
        case let .outranked(seat, candidate, chosen, terms):
            let gap = chosen.score.total - candidate.score.total
            let lines = terms.map {
                "  - \($0.term.rawValue): \(number($0.candidate)) against \(number($0.chosen)) (weight \(number($0.weight)), costs \(number(-$0.contribution)))"
            }
            return """
                \(candidate.expertID) may sit in seat \(seat) but ranks #\(candidate.rank) with \(number(candidate.score.total)); \
                \(chosen.expertID) \(chosen.name) has \(number(chosen.score.total)), \(number(gap)) more. They lose on:
                \(lines.joined(separator: "\n"))
                """
        }
    }
}

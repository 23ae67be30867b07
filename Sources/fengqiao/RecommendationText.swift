import Domain
import Foundation
import Matching
import Services

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
                let why = seat.eligibleCount > 0 ? "(nobody eligible is free with the rest)" : "(nobody eligible: \(HardRuleName.tally(seat.excludedBy, in: .en)))"
                rows.append([label, why] + Array(repeating: "", count: termHeader.count + 2))
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
            The first row of each seat is the recommendation (held: already assigned); the rows under it are alternates\
            \(r.meeting == nil ? "" : " free with the rest of the panel").
            \(r.meeting.map { MeetingText.describe($0).joined(separator: "\n") + "\n" } ?? "")Weights: \(weightsLine).
            """
    }

    private static func row(_ label: String, _ expert: RankedExpert, held: Bool) -> [String] {
        [label, expert.expertID.rawValue + (held ? " (held)" : label.isEmpty ? "  #\(expert.rank)" : ""), expert.name, number(expert.score.total)]
            + termHeader.map { number(expert.score[$0.0]) }
    }

    static func render(_ answer: WhyNotAnswer) -> String { WhyNotText.describe(answer) }
}

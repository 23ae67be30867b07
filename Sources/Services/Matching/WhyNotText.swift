import Domain
import Foundation
import Matching

/// "Why not this expert?" in words, for the command line and the pages.
public enum WhyNotText {
    public static func describe(_ answer: WhyNotAnswer) -> String {
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
                "  - \($0.term.rawValue): \(format($0.candidate)) against \(format($0.chosen)) (weight \(format($0.weight)), costs \(format(-$0.contribution)))"
            }
            return """
                \(candidate.expertID) may sit in seat \(seat) but ranks #\(candidate.rank) with \(format(candidate.score.total)); \
                \(chosen.expertID) \(chosen.name) has \(format(chosen.score.total)), \(format(gap)) more. They lose on:
                \(lines.joined(separator: "\n"))
                """
        }
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

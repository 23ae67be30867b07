import Domain
import Foundation
import Matching

/// "Why not this expert?" in words, for the command line and the pages.
public enum WhyNotText {
    public static func describe(_ answer: WhyNotAnswer, in language: TextLanguage = .en) -> String {
        switch answer {
        case let .onPanel(seat):
            return language.pick(zh: "其已在推荐小组中，担任第\(seat)席。", en: "They are on the panel, in seat \(seat).")
        case let .seatHeld(seat, holder):
            return language.pick(zh: "其符合条件，但第\(seat)席已由\(holder)担任，且没有其他适合其身份的席位。",
                en: "They may sit, but seat \(seat) is already held by \(holder), and no other seat fits their roles.")
        case let .unknownExpert(id):
            return language.pick(zh: "没有编号为\(id)的专家。", en: "There is no expert \(id).")
        case let .excluded(seat, exclusions):
            let colon = language.pick(zh: "：", en: ": ")
            let reasons = exclusions.map { "  - \($0.rule.name(in: language))\(colon)\($0.text(in: language))" }.joined(separator: "\n")
            return language.pick(zh: "以下硬性规则使其不能担任第\(seat)席：\n\(reasons)", en: "Hard rules keep them off seat \(seat):\n\(reasons)")
        case let .cannotMeet(seat, candidate, with, days):
            let (id, rank, total) = (candidate.expertID, candidate.rank, format(candidate.score.total))
            guard !with.isEmpty else {
                return language.pick(zh: "\(id)可以担任第\(seat)席（以\(total)分排第\(rank)位），但\(days)天内从未与当事人同时有空。",
                    en: "\(id) may sit in seat \(seat) (#\(rank) with \(total)) but is never free with the parties within \(days) days.")
            }
            let others = language.list(with.map(\.rawValue))
            return language.pick(zh: "\(id)可以担任第\(seat)席（以\(total)分排第\(rank)位），但\(days)天内从未与\(others)及当事人同时有空。",
                en: "\(id) may sit in seat \(seat) (#\(rank) with \(total)) but is never free with \(others) and the parties within \(days) days.")
        case let .outranked(seat, candidate, chosen, terms):
            let gap = format(chosen.score.total - candidate.score.total)
            let lines = terms.map { term in
                let name = term.term.name(in: language)
                let (mine, theirs, weight, cost) = (format(term.candidate), format(term.chosen), format(term.weight), format(-term.contribution))
                return language.pick(zh: "  - \(name)：\(mine)，对方\(theirs)（权重\(weight)，失分\(cost)）",
                    en: "  - \(name): \(mine) against \(theirs) (weight \(weight), costs \(cost))")
            }.joined(separator: "\n")
            let (id, rank, total) = (candidate.expertID, candidate.rank, format(candidate.score.total))
            let (chosenID, chosenName, chosenTotal) = (chosen.expertID, chosen.name, format(chosen.score.total))
            return language.pick(
                zh: "\(id)可以担任第\(seat)席，但以\(total)分排第\(rank)位；\(chosenID) \(chosenName)得\(chosenTotal)分，高出\(gap)分。差距在于：\n\(lines)",
                en: """
                    \(id) may sit in seat \(seat) but ranks #\(rank) with \(total); \
                    \(chosenID) \(chosenName) has \(chosenTotal), \(gap) more. They lose on:
                    \(lines)
                    """)
        }
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// When a recommended panel can meet, or what stops it, in words, for the command line and the pages.
public enum MeetingText {
    /// `2026-12-09 Wed 09:00`, or `2026-12-09 周三 09:00`.
    public static func time(_ date: Date, in language: TextLanguage = .en, timeZone: TimeZone = .deploymentDefault) -> String {
        let day = CalendarDay(containing: date, in: timeZone)
        let minutes = Int(date.timeIntervalSince(day.start(in: timeZone))) / 60
        return "\(day) \(day.weekday.name(in: language)) " + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// One line for a panel that can meet, or one line per obstacle for one that cannot.
    public static func describe(_ outlook: MeetingOutlook, in language: TextLanguage = .en, timeZone: TimeZone = .deploymentDefault)
        -> [String]
    {
        if outlook.canMeet, let earliest = outlook.earliest {
            let when = time(earliest, in: language, timeZone: timeZone)
            return [language.pick(zh: "全体小组成员和当事人最早可于\(when)会面（\(outlook.horizonDays)天内）",
                en: "The whole panel and the parties can first meet \(when) (within \(outlook.horizonDays) days).")]
        }
        var lines = outlook.obstacles.map { obstacle in
            let text = obstacle.text(in: language)
            return language == .zh ? text + "。" : text.prefix(1).uppercased() + text.dropFirst() + "."
        }
        if let earliest = outlook.earliest {
            let when = time(earliest, in: language, timeZone: timeZone)
            lines.insert(language.pick(zh: "已选成员和当事人最早可于\(when)会面", en: "The members chosen and the parties can first meet \(when)."), at: 0)
        }
        if !outlook.exhaustive {
            lines.append(language.pick(zh: "（搜索在预算内停止，可能还有更好的小组）", en: "(The search stopped at its budget; a better panel may exist.)"))
        }
        return lines
    }
}

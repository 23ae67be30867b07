import Domain
import Foundation

/// When a recommended panel can first meet with the parties, or what stops it.
public struct MeetingOutlook: Hashable, Sendable, Encodable {
    /// The earliest start, within the horizon, at which the whole panel and the parties are free at a room the
    /// case may use; nil when no such time exists.
    public var earliest: Date?
    /// The days a meeting is looked for in.
    public var horizonDays: Int
    /// What keeps the panel from meeting, and what would fix it; empty when it can meet.
    public var obstacles: [MeetingObstacle]
    /// False when the search stopped at its budget before proving that no better panel can meet.
    public var exhaustive: Bool

    public var canMeet: Bool { earliest != nil && obstacles.isEmpty }

    public init(earliest: Date?, horizonDays: Int, obstacles: [MeetingObstacle] = [], exhaustive: Bool = true) {
        self.earliest = earliest
        self.horizonDays = horizonDays
        self.obstacles = obstacles
        self.exhaustive = exhaustive
    }
}

/// An expert one hard rule away from a seat, who would be free with the rest of the panel.
public struct NearMiss: Hashable, Sendable, Encodable {
    public var expertID: Expert.ID
    public var exclusion: Exclusion
}

/// Why no panel can meet, as data; `text(in:)` says it, with what would fix it.
public enum MeetingObstacle: Hashable, Sendable, WrittenExplanation {
    /// The parties are never free at a room the case may use (or online) within the horizon.
    case partiesNeverFree(horizonDays: Int, partyWindows: [WeeklyWindow])
    /// The experts already holding seats are never free together with the parties.
    case holdersNeverFree([Expert.ID], horizonDays: Int)
    /// No eligible expert of the seat's role is free with `with` (the rest of the panel) and the parties.
    case noneFree(seat: Int, role: ExpertRole, with: [Expert.ID], horizonDays: Int, partyWindows: [WeeklyWindow], nearest: NearMiss?)
    /// The best panel regardless of time can meet, but not before `earliest`, after the horizon.
    case meetsAfterHorizon(panel: [Expert.ID], earliest: CalendarDay, horizonDays: Int)

    public func text(in language: TextLanguage) -> String {
        switch self {
        case let .partiesNeverFree(days, windows):
            guard !windows.isEmpty else {
                return language.pick(zh: "\(days)天内没有本案可用的会议室（或线上）与当事人同时有空",
                    en: "no room the case may use (nor online) is free when the parties are within \(days) days")
            }
            return language.pick(zh: "当事人只在\(Self.windows(windows, in: .zh))有空，而\(days)天内本案可用的会议室那时都不开放",
                en: "the parties are free only \(Self.windows(windows, in: .en)), when no room the case may use is open within \(days) days")
        case let .holdersNeverFree(holders, days):
            let names = language.list(holders.map(\.rawValue))
            return language.pick(zh: "已任职的\(names)在\(days)天内从未与当事人同时有空；须先更换其中一人",
                en: "\(names), who hold seats, are never free with the parties within \(days) days; one of them must be replaced")
        case let .noneFree(_, role, with, days, windows, nearest):
            let roleName = role.name(in: language)
            var text: String
            if with.isEmpty && !windows.isEmpty {
                text = language.pick(zh: "当事人只在\(Self.windows(windows, in: .zh))有空，而那时没有合格的\(roleName)有空",
                    en: "the parties are free only \(Self.windows(windows, in: .en)), when no eligible \(roleName) is")
            } else if with.isEmpty {
                text = language.pick(zh: "\(days)天内没有合格的\(roleName)与当事人同时有空",
                    en: "no eligible \(roleName) is free with the parties within \(days) days")
            } else {
                let others = language.list(with.map(\.rawValue))
                text = language.pick(zh: "\(days)天内没有合格的\(roleName)与\(others)及当事人同时有空",
                    en: "no eligible \(roleName) is free with \(others) and the parties within \(days) days")
            }
            if let nearest {
                text += language.pick(zh: "；\(nearest.expertID)届时有空，但\(nearest.exclusion.text(in: .zh))",
                    en: "; \(nearest.expertID) would be, but \(nearest.exclusion.text(in: .en))")
            }
            return text
        case let .meetsAfterHorizon(panel, earliest, days):
            let names = language.list(panel.map(\.rawValue))
            return language.pick(zh: "不计时间的最佳小组（\(names)）最早可于\(earliest)会面，已超出\(days)天的排期范围",
                en: "the earliest time the best panel regardless of time (\(names)) can meet is \(earliest), after the \(days)-day horizon")
        }
    }

    /// Weekly windows as a reader writes them: `Mon–Fri 18:30–21:00`, or each window in turn.
    static func windows(_ windows: [WeeklyWindow], in language: TextLanguage) -> String {
        var byHours: [String: [Weekday]] = [:]
        for window in windows.sorted() { byHours["\(window.start)–\(window.end)", default: []].append(window.weekday) }
        let parts = byHours.sorted { ($0.value.first!, $0.key) < ($1.value.first!, $1.key) }.map { hours, days in
            let contiguous = days.count > 2 && days.last!.rawValue - days.first!.rawValue == days.count - 1
            let names = contiguous
                ? "\(days.first!.name(in: language))–\(days.last!.name(in: language))"
                : language.list(days.map { $0.name(in: language) })
            return "\(names) \(hours)"
        }
        return language.list(parts)
    }

    public var kind: String {
        switch self {
        case .partiesNeverFree: "parties_never_free"
        case .holdersNeverFree: "holders_never_free"
        case .noneFree: "none_free"
        case .meetsAfterHorizon: "meets_after_horizon"
        }
    }
}

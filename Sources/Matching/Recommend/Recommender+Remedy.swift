import Domain
import Foundation

/// What to change so that a case's panel, which cannot meet, can: whom to replace, or why no panel can.
public enum PanelRemedy: Hashable, Sendable, WrittenExplanation {
    /// Replacing the holder of one seat with `with` lets the panel meet, first on `earliest`.
    case replace(seat: Int, role: ExpertRole, holder: Expert.ID, with: Expert.ID, earliest: CalendarDay)
    /// No single change is enough; this whole panel can meet, first on `earliest`.
    case replacePanel([Expert.ID], earliest: CalendarDay)
    /// No eligible panel can meet the parties within the horizon, for these reasons.
    case noPanelCanMeet([MeetingObstacle])

    public func text(in language: TextLanguage) -> String {
        switch self {
        case let .replace(seat, role, holder, with, earliest):
            let roleName = role.name(in: language)
            return language.pick(zh: "将第\(seat)席（\(roleName)）\(holder)换为\(with)，小组即可于\(earliest)起会面",
                en: "replace \(holder) in seat \(seat) (\(roleName)) with \(with), and the panel can meet from \(earliest)")
        case let .replacePanel(panel, earliest):
            let names = language.list(panel.map(\.rawValue))
            return language.pick(zh: "换一人不够；由\(names)组成的小组可于\(earliest)起会面",
                en: "no single change is enough; a panel of \(names) can meet from \(earliest)")
        case let .noPanelCanMeet(obstacles):
            let reasons = obstacles.map { $0.text(in: language) }
            return language.pick(zh: "没有合格的小组能在排期范围内与当事人会面：" + language.list(reasons),
                en: "no eligible panel can meet the parties within the horizon: " + reasons.joined(separator: "; "))
        }
    }

    public var kind: String {
        switch self {
        case .replace: "replace"
        case .replacePanel: "replace_panel"
        case .noPanelCanMeet: "no_panel_can_meet"
        }
    }
}

extension Recommender {
    /// When the panel holding `dispute`'s seats cannot meet: the fewest seats to change so that it can, with
    /// whom (the best-scoring replacement free with the rest), or why no eligible panel can meet at all.
    /// Nil when the panel can meet, or when meeting times are not checked.
    public func remedy(for dispute: DisputeCase, holders: [Assignment], meeting: MeetingNeed) -> PanelRemedy? {
        guard checksMeetings else { return nil }
        let live = holders.filter(\.status.holdsSeat).sorted { $0.seat < $1.seat }
        var together = FreeTime.always(days: meeting.grid.days)
        for holder in live { together.formIntersection(pool.index[holder.expertID].map { freeTime[$0] } ?? FreeTime(days: 0)) }
        guard !meeting.canMeet(together) else { return nil }
        func day(_ date: Date?) -> CalendarDay? { date.map { CalendarDay(containing: $0, in: meeting.grid.timeZone) } }

        for holder in live.reversed() {
            let rest = holders.filter { $0.id != holder.id }
            let recommendation = recommend(for: dispute, holders: rest, meeting: meeting)
            guard recommendation.meeting?.canMeet == true, let earliest = day(recommendation.meeting?.earliest),
                let chosen = recommendation.seats.first(where: { $0.seat == holder.seat })?.chosen
            else { continue }
            return .replace(seat: holder.seat, role: holder.role, holder: holder.expertID, with: chosen.expertID, earliest: earliest)
        }
        let fresh = recommend(for: dispute, holders: holders.filter { !$0.status.holdsSeat }, meeting: meeting)
        if fresh.meeting?.canMeet == true, let earliest = day(fresh.meeting?.earliest) { return .replacePanel(fresh.panel, earliest: earliest) }
        return .noPanelCanMeet(fresh.meeting?.obstacles ?? [])
    }
}

import Domain

/// Fairness: how far an expert falls short of their target share of recent seats in a role.
///
/// The target share is proportional to capacity times the days of the window the expert could take
/// cases (joined, not on leave), so newcomers and people back from leave are not flooded to catch up.
/// The term is the shortfall against the target, as a share of the target but of at least
/// `fullShortfallSeats`: 1 for someone who got nothing of a due of two seats or more, 0 for someone at or
/// above their share, and small for a newcomer whose due is still a fraction of a seat.
public enum FairnessTerm {
    public static let fullShortfallSeats = 2.0

    public static func value(expected: Double, actual: Int) -> Double {
        guard expected > 0 else { return 0 }
        return max(0, expected - Double(actual)) / max(expected, fullShortfallSeats)
    }

    /// The days in the window before `today` on which `expert` had joined and was not on leave.
    public static func presentDays(_ expert: Expert, window: Int, today: CalendarDay) -> Int {
        (1...max(1, window)).reduce(0) { count, back in
            let day = today.adding(days: -back)
            return count + (day >= expert.joinedOn && expert.leave(on: day) == nil ? 1 : 0)
        }
    }

    /// The term per expert, per role in `ExpertRole.allCases` order.
    static func values(experts: [Expert], histories: [ExpertHistory], settings: HardRuleSettings, today: CalendarDay)
        -> [[Double]]
    {
        let present = experts.map { presentDays($0, window: settings.fairnessWindowDays, today: today) }
        var result = [[Double]](repeating: [Double](repeating: 0, count: ExpertRole.allCases.count), count: experts.count)
        for (roleIndex, role) in ExpertRole.allCases.enumerated() {
            let members = experts.indices.filter { experts[$0].roles.contains(role) && experts[$0].isActive }
            let seats = members.reduce(0) { $0 + histories[$1].recentSeats[role, default: 0] }
            // In floating point: a capacity stored before it was bounded must not overflow the product.
            let weight = members.reduce(0.0) { $0 + Double(experts[$1].capacity) * Double(present[$1]) }
            guard weight > 0 else { continue }
            for member in members {
                let expected = Double(seats) * (Double(experts[member].capacity) * Double(present[member]) / weight)
                result[member][roleIndex] = value(expected: expected, actual: histories[member].recentSeats[role, default: 0])
            }
        }
        return result
    }
}

import Domain
import Foundation

/// The scheduling rules of a deployment, with the defaults argued in the README.
public struct SchedulingPolicy: Sendable {
    public var timeZone: TimeZone = .deploymentDefault
    /// Sessions start on quarter hours.
    public var grainMinutes = 15
    /// How far ahead a session may be proposed.
    public var horizonDays = 21
    /// The latest day a coordinator may ask about or move a session to, counted from today.
    public var furthestDays = 366
    /// Free time an expert keeps between two sessions, even in the same room.
    public var bufferMinutes = 15
    /// Door to door across the district by bus or taxi, including finding the room.
    public var travelKilometresPerHour = 20.0
    public var maxSessionsPerExpertPerDay = 3
    /// Parties and experts hear of a session at least this long before it.
    public var minimumNoticeHours = 24
    /// In-person rooms considered for a case: the nearest ones within its subdistrict and the centre.
    public var venuesPerCase = 6
    /// A kilometre farther from the parties is worth this many minutes of delay.
    public var minutesPerKilometre = 15
    /// Holding a session online instead of in person is worth this many minutes of delay.
    public var onlinePenaltyMinutes = 120
    /// A coordinator attends besides the panel and the parties.
    public var staffBesidesPanel = 1

    public init() {}

    /// How long a consultation lasts, by difficulty.
    public func minutes(for difficulty: Difficulty) -> Int {
        switch difficulty {
        case .ordinary: 60
        case .difficult: 90
        case .major: 120
        }
    }

    /// How much each grain of delay weighs: major and overdue cases go first.
    public func weight(of dispute: DisputeCase, today: CalendarDay) -> Int {
        let difficulty = switch dispute.difficulty {
        case .ordinary: 1
        case .difficult: 2
        case .major: 4
        }
        return difficulty + (dispute.isOverdue(on: today) ? 2 : 0)
    }
}

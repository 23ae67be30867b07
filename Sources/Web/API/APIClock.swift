import Domain
import Foundation
import Services
import Store

/// Where the service reads the time: the product's now and today (pinned for a demo data set), or a fixed
/// moment in tests.
public struct APIClock: Sendable {
    public let now: @Sendable () throws -> (instant: Date, today: CalendarDay)

    public init(now: @escaping @Sendable () throws -> (instant: Date, today: CalendarDay)) { self.now = now }

    /// `Now` and `Today` as the CLI resolves them, read at each call.
    public static func product(database: AppDatabase) -> APIClock {
        APIClock { (try Now.resolve(database: database), try Today.resolve(database: database)) }
    }
}

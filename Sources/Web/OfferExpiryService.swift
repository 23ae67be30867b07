import Domain
import Foundation
import Logging
import ServiceLifecycle
import Services
import Store

/// Expires offers left unanswered and refills their seats, every `interval`, beside the server; it stops on
/// graceful shutdown. The clock is injected, so a test can run one round at a chosen time.
public struct OfferExpiryService: Service {
    let desk: OfferDesk
    let interval: Duration
    let logger: Logger
    let now: @Sendable () throws -> (instant: Date, today: CalendarDay)

    public init(database: AppDatabase, answerWithin: TimeInterval = OfferDesk.defaultAnswerWithin, interval: Duration = .seconds(60),
        logger: Logger = Logger(label: "fengqiao.offers"), now: @escaping @Sendable () throws -> (instant: Date, today: CalendarDay))
    {
        desk = OfferDesk(database: database, answerWithin: answerWithin)
        self.interval = interval
        self.logger = logger
        self.now = now
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let expired = try round()
                if !expired.isEmpty { logger.info("expired offers", metadata: ["count": "\(expired.count)"]) }
            } catch {
                logger.error("offer expiry failed", metadata: ["error": "\(error)"])
            }
            let interval = self.interval
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// One round: expire what is due now and refill those seats.
    @discardableResult
    public func round() throws -> [OfferDesk.Outcome] {
        let (instant, today) = try now()
        return try desk.expireUnanswered(at: instant, today: today)
    }
}

import Domain
import Foundation
import Store

/// The private feed link of an expert's calendar, for calendar apps that send no headers. Its secret opens
/// that expert's feed and nothing else; the expert renews it (the old link stops working) or revokes it.
public struct CalendarFeeds: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// A new link for the expert login `user`, replacing any older one; shown once.
    public func renew(for user: User, at now: Date, by actor: String) throws -> String {
        let (secret, expertID) = try database.renewCalendarFeed(for: user.id, audit: AuditContext(at: now, actor: actor,
            reason: "calendar subscription link"))
        return Self.path(expertID: expertID, secret: secret)
    }

    /// Revokes the feed link of `userID`; calendar apps using it get nothing more.
    public func revoke(for userID: User.ID, at now: Date, by actor: String) throws {
        try database.revokeCalendarFeed(for: userID, audit: AuditContext(at: now, actor: actor, reason: "calendar subscription link revoked"))
    }

    /// Revokes the feed link of whichever login is the expert `expertID`.
    public func revoke(forExpert expertID: Expert.ID, at now: Date, by actor: String) throws {
        for user in try database.users() where user.expertID == expertID {
            try revoke(for: user.id, at: now, by: actor)
        }
    }

    /// Whether the login has a live feed link.
    public func hasLink(_ userID: User.ID) throws -> Bool {
        try database.calendarFeedCreated(for: userID) != nil
    }

    /// The expert's feed, if `secret` is that expert's live feed secret; nil otherwise.
    public func feed(of expertID: Expert.ID, secret: String, stamp: Date) throws -> String? {
        guard try database.calendarFeedExpert(secret: secret) == expertID else { return nil }
        return try ExpertCalendar(database: database).ics(for: expertID, stamp: stamp)
    }

    /// The feed's path on the service, `/api/v1/experts/E-0033/calendar.ics?feed=…`.
    public static func path(expertID: Expert.ID, secret: String) -> String {
        var query = URLComponents()
        query.queryItems = [URLQueryItem(name: "feed", value: secret)]
        return "/api/v1/experts/\(expertID)/calendar.ics?" + (query.percentEncodedQuery ?? "")
    }
}

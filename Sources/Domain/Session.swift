import Foundation

/// A consultation of one case's panel at a venue or online.
public struct Session: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Session>

    public enum Status: String, CaseIterable, Sendable, Codable {
        case proposed, confirmed, cancelled, held
    }

    public var id: ID
    public var caseID: DisputeCase.ID
    /// The venue; the online room for an online session.
    public var venueID: Venue.ID
    public var startsAt: Date
    public var endsAt: Date
    public var status: Status
    public var panel: [Expert.ID]
    /// Raised on every change, so calendar clients replace the event (RFC 5545 SEQUENCE).
    public var revision: Int

    public init(
        id: ID, caseID: DisputeCase.ID, venueID: Venue.ID, startsAt: Date, endsAt: Date, status: Status = .proposed,
        panel: [Expert.ID], revision: Int = 0
    ) {
        self.id = id
        self.caseID = caseID
        self.venueID = venueID
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.status = status
        self.panel = panel
        self.revision = revision
    }

    public func validate() throws(DomainError) {
        guard startsAt < endsAt else {
            throw .invalid(record: "session \(id)", field: "ends_at", reason: "it ends before it starts")
        }
        guard !panel.isEmpty else {
            throw .invalid(record: "session \(id)", field: "panel", reason: "a session needs at least one expert")
        }
    }
}

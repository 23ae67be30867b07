import Domain
import Foundation
import Store

/// An expert's own sessions, as rows or as an iCalendar feed: the case's type and difficulty, the place and
/// the panel's roles, never the parties' names or identity numbers.
public struct ExpertCalendar: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public struct Entry: Sendable, Encodable {
        public var session: Session
        public var venueName: String
        public var venueAddress: String
        /// The type's Chinese name and code, `婚姻家庭 MARRIAGE_FAMILY`, as feeds and the command line show it.
        public var caseType: String
        public var difficulty: Difficulty
        /// The type itself, for a page to name in its reader's language.
        public var type: DisputeType

        private enum CodingKeys: String, CodingKey { case session, venueName, venueAddress, caseType, difficulty }
    }

    /// The expert's sessions, earliest first, cancelled ones included (so feeds can withdraw them); only of
    /// the cases where they still hold a seat.
    public func entries(for expertID: Expert.ID) throws -> [Entry] {
        guard try database.expert(expertID) != nil else { throw DomainError.notFound(kind: "expert", id: expertID.rawValue) }
        let venues = Dictionary(uniqueKeysWithValues: try database.venues().map { ($0.id, $0) })
        var entries: [Entry] = []
        for session in try ExpertReach(database: database).sessions(of: expertID) {
            guard let dispute = try database.dispute(session.caseID) else { continue }
            let venue = venues[session.venueID]
            entries.append(Entry(session: session, venueName: venue?.name ?? session.venueID.rawValue, venueAddress: venue?.address ?? "",
                caseType: "\(dispute.type.nameZh) \(dispute.type.code)", difficulty: dispute.difficulty, type: dispute.type))
        }
        return entries
    }

    /// The expert's calendar as RFC 5545 text.
    public func ics(for expertID: Expert.ID, stamp: Date) throws -> String {
        let events = try entries(for: expertID).map { entry in
            ICalendar.Event(
                uid: "\(entry.session.id.rawValue)@fengqiao", sequence: entry.session.revision, start: entry.session.startsAt,
                end: entry.session.endsAt, summary: "调解 Mediation \(entry.session.caseID): \(entry.caseType)",
                location: [entry.venueName, entry.venueAddress].filter { !$0.isEmpty }.joined(separator: ", "),
                description: "Case \(entry.session.caseID), \(entry.difficulty.rawValue); panel \(entry.session.panel.map(\.rawValue).joined(separator: ", ")).",
                status: Self.status(of: entry.session))
        }
        return ICalendar.document(name: "Fengqiao \(expertID)", events: events, stamp: stamp)
    }

    /// The RFC 5545 STATUS of a session: proposed ones are tentative.
    static func status(of session: Session) -> String {
        switch session.status {
        case .proposed: "TENTATIVE"
        case .confirmed, .held: "CONFIRMED"
        case .cancelled: "CANCELLED"
        }
    }
}

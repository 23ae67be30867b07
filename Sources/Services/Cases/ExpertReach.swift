import Domain
import Foundation
import Store

/// What of the cases an expert may read: the ones where they hold a seat, offered or accepted. Once their
/// seat is declined, released or expired, that case and its sessions are closed to them.
public struct ExpertReach: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The expert's seats on the case that they still hold; none when the case is closed to them.
    public func seats(of expertID: Expert.ID, on caseID: DisputeCase.ID) throws -> [Assignment] {
        try database.assignments(caseID: caseID).filter { $0.expertID == expertID && $0.status.holdsSeat }
    }

    /// The expert's sessions, of the cases where they still hold a seat.
    public func sessions(of expertID: Expert.ID) throws -> [Session] {
        let held = Set(try database.assignments(expertID: expertID).filter(\.status.holdsSeat).map(\.caseID))
        return try database.sessions(expertID: expertID).filter { held.contains($0.caseID) }
    }

    /// The session, if the expert sits in it and still holds a seat on its case.
    public func session(_ id: Session.ID, for expertID: Expert.ID) throws -> Session? {
        guard let session = try database.session(id), session.panel.contains(expertID),
            try !seats(of: expertID, on: session.caseID).isEmpty
        else { return nil }
        return session
    }
}

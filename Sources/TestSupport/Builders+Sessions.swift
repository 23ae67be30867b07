import Domain
import Foundation

extension Session {
    /// A session; by default 90 minutes from 09:00 two days after `TestTime.today`, for the default
    /// case at Jiusan's room, with E-0001 alone on the panel. Override any field.
    public static func fixture(
        id: Session.ID = "S-000001", caseID: DisputeCase.ID = "C-2026-00001", venueID: Venue.ID = "V-JIUSAN",
        startsAt: Date = TestTime.at(TestTime.today.adding(days: 2), hour: 9), minutes: Int = 90,
        status: Status = .proposed, panel: [Expert.ID] = ["E-0001"], revision: Int = 0
    ) -> Session {
        Session(
            id: id, caseID: caseID, venueID: venueID, startsAt: startsAt,
            endsAt: startsAt.addingTimeInterval(TimeInterval(minutes * 60)), status: status, panel: panel,
            revision: revision)
    }
}

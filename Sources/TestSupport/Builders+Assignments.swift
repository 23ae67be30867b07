import Domain
import Foundation

extension Assignment {
    /// An assignment; by default the lead mediator's seat of the default case, offered to E-0001
    /// at `TestTime.now`. Override any field.
    public static func fixture(
        id: Assignment.ID = "C-2026-00001:0:1", caseID: DisputeCase.ID = "C-2026-00001", seat: Int = 0,
        role: ExpertRole = .mediator, expertID: Expert.ID = "E-0001", status: Status = .offered,
        score: Double? = nil, breakdown: [String: Double] = [:], weightsVersion: Int? = nil,
        offeredAt: Date = TestTime.now, respondedAt: Date? = nil, reason: String? = nil
    ) -> Assignment {
        Assignment(
            id: id, caseID: caseID, seat: seat, role: role, expertID: expertID, status: status, score: score,
            breakdown: breakdown, weightsVersion: weightsVersion, offeredAt: offeredAt, respondedAt: respondedAt,
            reason: reason)
    }
}

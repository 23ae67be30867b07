import Foundation

/// One seat of one case held by one expert, from the offer to its release.
public struct Assignment: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Assignment>

    public enum Status: String, CaseIterable, Sendable, Codable {
        case offered, accepted, declined, expired, released

        /// Whether the seat counts towards the expert's load.
        public var holdsSeat: Bool { self == .offered || self == .accepted }
    }

    public var id: ID
    public var caseID: DisputeCase.ID
    /// The seat's position in the case's panel, 0 for the lead mediator.
    public var seat: Int
    public var role: ExpertRole
    public var expertID: Expert.ID
    public var status: Status
    /// The total score that chose this expert, if the matcher chose them.
    public var score: Double?
    /// The score per term, by term name.
    public var breakdown: [String: Double]
    /// The weights profile version that produced the score.
    public var weightsVersion: Int?
    public var offeredAt: Date
    public var respondedAt: Date?
    /// Why it was declined, overridden or released.
    public var reason: String?

    public init(
        id: ID, caseID: DisputeCase.ID, seat: Int, role: ExpertRole, expertID: Expert.ID, status: Status = .offered,
        score: Double? = nil, breakdown: [String: Double] = [:], weightsVersion: Int? = nil, offeredAt: Date,
        respondedAt: Date? = nil, reason: String? = nil
    ) {
        self.id = id
        self.caseID = caseID
        self.seat = seat
        self.role = role
        self.expertID = expertID
        self.status = status
        self.score = score
        self.breakdown = breakdown
        self.weightsVersion = weightsVersion
        self.offeredAt = offeredAt
        self.respondedAt = respondedAt
        self.reason = reason
    }
}

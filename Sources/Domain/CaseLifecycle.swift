/// The stages a case moves through, and which moves are legal:
/// intake → matching → assigned → scheduled → in mediation → closed, with the steps back that real cases
/// take (a declined seat sends an assigned case back to matching, a cancelled session a scheduled one back
/// to assigned, a follow-up session an in-mediation one back to scheduled), and withdrawal from any open
/// stage. A closed case stays closed.
extension CaseStatus {
    /// The stages a case in this one may move to.
    public var next: Set<CaseStatus> {
        switch self {
        case .intake: [.matching, .assigned, .closed]
        case .matching: [.assigned, .closed]
        case .assigned: [.matching, .scheduled, .closed]
        case .scheduled: [.assigned, .inMediation, .closed]
        case .inMediation: [.scheduled, .closed]
        case .closed: []
        }
    }

    public func canMove(to other: CaseStatus) -> Bool { other == self || next.contains(other) }
}

extension DisputeCase {
    /// The case moved to `status`, or the error naming the illegal move.
    public func moved(to status: CaseStatus) throws(DomainError) -> DisputeCase {
        guard self.status.canMove(to: status) else {
            throw .illegalTransition(caseID: id.rawValue, from: self.status.rawValue, to: status.rawValue)
        }
        var moved = self
        moved.status = status
        return moved
    }

    /// The case closed on `day` with its outcome and the parties' satisfaction (when asked).
    public func closed(on day: CalendarDay, outcome: CaseOutcome, satisfaction: Satisfaction?) throws(DomainError) -> DisputeCase {
        var closed = try moved(to: .closed)
        closed.outcome = outcome
        closed.satisfaction = satisfaction
        closed.closedOn = day
        try closed.validate()
        return closed
    }
}

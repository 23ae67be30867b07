import Foundation

/// An offer's answers: the expert accepts or declines it (with a reason), or it expires unanswered. Only an
/// open offer can be answered; the new value is returned and nothing is stored here.
extension Assignment {
    public func accepted(at now: Date) throws(DomainError) -> Assignment {
        try answered(.accepted, at: now, reason: reason)
    }

    public func declined(at now: Date, reason: String) throws(DomainError) -> Assignment {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(record: "offer \(id)", field: "reason", reason: "declining needs a reason")
        }
        try FieldBounds.checkText(reason, multiline: true, record: "offer \(id)", field: "reason")
        return try answered(.declined, at: now, reason: reason)
    }

    public func expired(at now: Date) throws(DomainError) -> Assignment {
        try answered(.expired, at: now, reason: "no answer by \(now)")
    }

    /// Whether the offer is still open after `limit` from when it was made.
    public func isUnanswered(at now: Date, after limit: TimeInterval) -> Bool {
        status == .offered && now.timeIntervalSince(offeredAt) >= limit
    }

    private func answered(_ answer: Status, at now: Date, reason: String?) throws(DomainError) -> Assignment {
        guard status == .offered else {
            throw .conflict(record: "offer \(id)", reason: "it is already \(status.rawValue)")
        }
        var answered = self
        answered.status = answer
        answered.respondedAt = now
        answered.reason = reason
        return answered
    }
}

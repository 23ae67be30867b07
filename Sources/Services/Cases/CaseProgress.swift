import Domain
import Foundation
import Store

/// Moves a case through its lifecycle by hand: mediation starts, the case closes with its outcome, or a
/// coordinator sets its difficulty against the triage proposal, always with who and why in the audit log.
public struct CaseProgress: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The first session was held: the case is in mediation.
    public func startMediation(_ caseID: DisputeCase.ID, at now: Date, by actor: String) throws -> DisputeCase {
        try database.changeCase(caseID, audit: AuditContext(at: now, actor: actor, reason: "mediation started")) { dispute in
            dispute = try dispute.moved(to: .inMediation)
        }
    }

    /// Closes the case with its outcome and, when the parties were asked, their satisfaction.
    public func close(_ caseID: DisputeCase.ID, outcome: CaseOutcome, satisfaction: Satisfaction?, on day: CalendarDay, at now: Date,
        by actor: String, reason: String? = nil) throws -> DisputeCase
    {
        if let reason { try FieldBounds.checkText(reason, multiline: true, record: "case \(caseID)", field: "reason") }
        return try database.changeCase(caseID, audit: AuditContext(at: now, actor: actor, reason: reason ?? "closed: \(outcome.rawValue)")) {
            dispute in
            dispute = try dispute.closed(on: day, outcome: outcome, satisfaction: satisfaction)
        }
    }

    /// Sets the difficulty a coordinator judges right, which may differ from the triage proposal; the reason is
    /// required and recorded.
    public func setDifficulty(_ caseID: DisputeCase.ID, to difficulty: Difficulty, reason: String, at now: Date, by actor: String) throws
        -> DisputeCase
    {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.invalid(record: "case \(caseID)", field: "reason", reason: "changing the difficulty needs a reason")
        }
        try FieldBounds.checkText(reason, multiline: true, record: "case \(caseID)", field: "reason")
        let proposed = Triage.proposeDifficulty(for: try load(caseID))
        let note = difficulty == proposed ? reason : "\(reason) (triage proposed \(proposed.rawValue))"
        // Only the difficulty is written, from the case as it stands when the write begins.
        return try database.changeCase(caseID, audit: AuditContext(at: now, actor: actor, reason: note)) { dispute in
            guard dispute.isOpen else {
                throw DomainError.illegalTransition(caseID: caseID.rawValue, from: dispute.status.rawValue, to: dispute.status.rawValue)
            }
            dispute.difficulty = difficulty
        }
    }

    private func load(_ caseID: DisputeCase.ID) throws -> DisputeCase {
        guard let dispute = try database.dispute(caseID) else { throw DomainError.notFound(kind: "case", id: caseID.rawValue) }
        return dispute
    }
}

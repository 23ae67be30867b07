import Domain
import Foundation
import Store

/// Records an expert's leave, from the command line, the API or their own page.
public struct ExpertLeave: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Adds `period` to the expert's leave in one write, read and written inside the same transaction, so
    /// leave recorded at the same moment from elsewhere is kept too; audited with `reason`, or the period.
    @discardableResult
    public func record(_ period: LeavePeriod, for expertID: Expert.ID, reason: String? = nil, at now: Date, by actor: String) throws
        -> Expert
    {
        if let reason { try FieldBounds.checkText(reason, multiline: true, record: "the leave of expert \(expertID)", field: "reason") }
        guard period.from <= period.through else {
            throw DomainError.invalid(record: "the leave of expert \(expertID)", field: "through",
                reason: "it ends (\(period.through)) before it starts (\(period.from))")
        }
        return try database.changeExpert(expertID, audit: AuditContext(at: now, actor: actor, reason: reason ?? "leave \(period)")) {
            expert in
            expert.leave.append(period)
        }
    }
}

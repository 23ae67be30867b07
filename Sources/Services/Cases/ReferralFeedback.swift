import Domain
import Store

/// What the centre reports back to the bodies that referred cases: for each police or court referral, its
/// number, where the case stands and, once closed, the outcome and the parties' satisfaction. No party data.
public struct ReferralFeedback: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public static let columns = ["referral_number", "source", "case_id", "received_on", "status", "outcome", "closed_on", "satisfaction"]

    public struct Row: Sendable, Encodable, Equatable {
        public var referralNumber: String
        public var source: CaseSource
        public var caseID: DisputeCase.ID
        public var receivedOn: CalendarDay
        public var status: CaseStatus
        public var outcome: CaseOutcome?
        public var closedOn: CalendarDay?
        public var satisfaction: Satisfaction?
    }

    /// The referrals from `source` (police and court when nil), by referral number.
    public func rows(source: CaseSource? = nil) throws -> [Row] {
        let sources: [CaseSource] = source.map { [$0] } ?? [.policeReferral, .courtReferral]
        return try database.cases(CaseFilter(sources: sources)).compactMap { c in
            c.referralNumber.map {
                Row(referralNumber: $0, source: c.source, caseID: c.id, receivedOn: c.openedOn, status: c.status, outcome: c.outcome,
                    closedOn: c.closedOn, satisfaction: c.satisfaction)
            }
        }.sorted { ($0.referralNumber, $0.caseID) < ($1.referralNumber, $1.caseID) }
    }

    /// The rows as CSV, for the referring body.
    public func csv(source: CaseSource? = nil) throws -> String {
        CSV.write(header: Self.columns, rows: try rows(source: source).map { r in
            [r.referralNumber, r.source.rawValue, r.caseID.rawValue, r.receivedOn.description, r.status.rawValue, r.outcome?.rawValue ?? "",
             r.closedOn?.description ?? "", r.satisfaction?.rawValue ?? ""]
        })
    }
}

import Domain
import Store

/// How the cases closed in a period ended: outcomes, the parties' satisfaction and the days taken, overall,
/// per dispute type and per month of closing. Rates are fractions from 0 to 1.
public struct OutcomeReport: Hashable, Sendable, Encodable {
    public var from: CalendarDay
    public var through: CalendarDay
    /// Every month of the period, `2026-03`, first to last.
    public var months: [String]
    public var overall: OutcomeTally
    /// The dispute types with a closed case, most closed first (then by code).
    public var byType: [TypeOutcomes]
    /// Every month of the period, first to last, empty months included.
    public var byMonth: [MonthOutcomes]

    public struct TypeOutcomes: Hashable, Sendable, Encodable {
        public var type: DisputeType
        public var tally: OutcomeTally
    }

    public struct MonthOutcomes: Hashable, Sendable, Encodable {
        public var month: String
        public var tally: OutcomeTally
    }
}

/// The outcomes of a set of closed cases.
public struct OutcomeTally: Hashable, Sendable, Encodable {
    public var closedCases: Int
    /// Every outcome, in the order of `CaseOutcome`, with its share of the closed cases; zeros included.
    public var outcomes: [OutcomeCount]
    /// Settled cases over closed ones; 0 when none closed.
    public var settlementRate: Double
    /// Closed cases whose parties answered the follow-up.
    public var answered: Int
    /// Every answer, in the order of `Satisfaction`, with its share of the answers; zeros included.
    public var satisfaction: [SatisfactionCount]
    /// Satisfied or basically satisfied over the answers; 0 when nobody answered.
    public var satisfactionRate: Double
    /// The mean days from opening to closing; 0 when none closed.
    public var meanDaysToClose: Double

    public struct OutcomeCount: Hashable, Sendable, Encodable {
        public var outcome: CaseOutcome
        public var cases: Int
        public var rate: Double
    }

    public struct SatisfactionCount: Hashable, Sendable, Encodable {
        public var answer: Satisfaction
        public var cases: Int
        public var rate: Double
    }
}

extension OutcomeTally {
    init(_ counts: [ClosedCaseCount]) {
        func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
        func cases(where include: (ClosedCaseCount) -> Bool) -> Int { counts.filter(include).map(\.cases).reduce(0, +) }
        let closed = cases { _ in true }
        let answered = cases { $0.satisfaction != nil }
        let outcomes = CaseOutcome.allCases.map { outcome in
            let n = cases { $0.outcome == outcome }
            return OutcomeCount(outcome: outcome, cases: n, rate: share(n, of: closed))
        }
        let answers = Satisfaction.allCases.map { answer in
            let n = cases { $0.satisfaction == answer }
            return SatisfactionCount(answer: answer, cases: n, rate: share(n, of: answered))
        }
        self.init(
            closedCases: closed, outcomes: outcomes, settlementRate: share(cases { $0.outcome == .settled }, of: closed),
            answered: answered, satisfaction: answers,
            satisfactionRate: share(cases { $0.satisfaction == .satisfied || $0.satisfaction == .basicallySatisfied }, of: answered),
            meanDaysToClose: closed == 0 ? 0 : Double(counts.map(\.totalDays).reduce(0, +)) / Double(closed))
    }
}

extension OutcomeReport {
    init(counts: [ClosedCaseCount], period: ReportPeriod) {
        let byType = Dictionary(grouping: counts, by: \.type).map { TypeOutcomes(type: $0.key, tally: OutcomeTally($0.value)) }
        let byMonth = Dictionary(grouping: counts, by: \.month)
        let months = period.months
        self.init(
            from: period.from, through: period.through, months: months, overall: OutcomeTally(counts),
            byType: byType.sorted { ($0.tally.closedCases, $1.type) > ($1.tally.closedCases, $0.type) },
            byMonth: months.map { MonthOutcomes(month: $0, tally: OutcomeTally(byMonth[$0] ?? [])) })
    }
}

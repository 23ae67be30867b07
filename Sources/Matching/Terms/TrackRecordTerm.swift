import Foundation

/// Track record: success rate, satisfaction and experience. Rates are shrunk towards the population's
/// mean with the weight of `priorCases` cases, so two settled cases out of two do not beat ninety-five of
/// a hundred; experience grows as 1 − e^(−cases/40).
public enum TrackRecordTerm {
    public static let priorCases = 10.0
    public static let experienceScale = 40.0

    /// The population's mean success rate and satisfaction, the prior of the shrinkage.
    public struct Population: Sendable {
        public var successRate: Double
        public var satisfaction: Double

        public init(successRate: Double, satisfaction: Double) {
            self.successRate = successRate
            self.satisfaction = satisfaction
        }

        public init(_ histories: [ExpertHistory]) {
            let closed = histories.reduce(0) { $0 + $1.closedCases }
            let settled = histories.reduce(0) { $0 + $1.settledCases }
            let answered = histories.reduce(0) { $0 + $1.satisfactionCount }
            let satisfaction = histories.reduce(0.0) { $0 + $1.satisfactionSum }
            self.init(
                successRate: closed > 0 ? Double(settled) / Double(closed) : 0.9,
                satisfaction: answered > 0 ? satisfaction / Double(answered) : 0.8)
        }
    }

    /// A rate of `hits` in `count`, shrunk towards `prior`.
    public static func shrunk(_ hits: Double, of count: Int, towards prior: Double) -> Double {
        (hits + priorCases * prior) / (Double(count) + priorCases)
    }

    public static func value(_ history: ExpertHistory, population: Population) -> Double {
        let success = shrunk(Double(history.settledCases), of: history.closedCases, towards: population.successRate)
        let satisfaction = shrunk(history.satisfactionSum, of: history.satisfactionCount, towards: population.satisfaction)
        let experience = 1 - exp(-Double(history.closedCases) / experienceScale)
        return 0.35 * success + 0.35 * satisfaction + 0.3 * experience
    }
}

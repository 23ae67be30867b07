import Domain

/// What an expert's past assignments say about them on a given day: load, results, recent work.
/// Derived from assignments and outcomes, never typed in.
public struct ExpertHistory: Hashable, Sendable {
    /// Seats held (offered or accepted) on open cases.
    public var openCases = 0
    /// Closed cases served.
    public var closedCases = 0
    public var settledCases = 0
    /// Sum of follow-up answers (satisfied 1, basically satisfied 0.6, dissatisfied 0) and their count.
    public var satisfactionSum = 0.0
    public var satisfactionCount = 0
    /// Seats taken on cases opened within the fairness window, by the role of the seat.
    public var recentSeats: [ExpertRole: Int] = [:]
    /// Difficult (1) and major (2) cases opened within the strain window.
    public var strain = 0.0

    public init() {}
}

/// An expert's dealings with one party: their latest sittings on two different cases, and their latest two
/// as a lawyer (acting for or against the party), so the case being matched can be left out of its own history.
public struct PartyContact: Hashable, Sendable {
    public var expert: Int
    public private(set) var sittings: LatestTwo = LatestTwo()
    public private(set) var lawyerSittings: LatestTwo = LatestTwo()

    public struct Sitting: Hashable, Sendable {
        public var caseID: DisputeCase.ID
        public var day: CalendarDay

        /// Later day first; among equal days, the smaller case ID.
        func isLater(than other: Sitting) -> Bool {
            day > other.day || (day == other.day && caseID < other.caseID)
        }
    }

    /// The two latest sittings on distinct cases.
    public struct LatestTwo: Hashable, Sendable {
        public private(set) var first: Sitting?
        public private(set) var second: Sitting?

        mutating func add(_ sitting: Sitting) {
            if let first, first.caseID == sitting.caseID {
                if sitting.isLater(than: first) { self.first = sitting }
                return
            }
            if let second, second.caseID == sitting.caseID {
                if sitting.isLater(than: second) { self.second = sitting }
            } else if second.map(sitting.isLater(than:)) ?? true {
                second = sitting
            }
            if let candidate = second, first.map(candidate.isLater(than:)) ?? true {
                second = first
                first = candidate
            }
        }

        /// The latest sitting on a case other than `caseID`.
        public func latest(excluding caseID: DisputeCase.ID) -> Sitting? {
            first?.caseID == caseID ? second : first
        }
    }

    init(expert: Int) { self.expert = expert }

    mutating func add(_ sitting: Sitting, asLawyer: Bool) {
        sittings.add(sitting)
        if asLawyer { lawyerSittings.add(sitting) }
    }
}

extension Satisfaction {
    /// The follow-up answer as a number: satisfied 1, basically satisfied 0.6, dissatisfied 0.
    public var value: Double {
        switch self {
        case .satisfied: 1
        case .basicallySatisfied: 0.6
        case .dissatisfied: 0
        }
    }
}

enum HistoryBuilder {
    /// Walks every case and its seats once, returning each expert's history (by pool index) and every
    /// party's contacts with experts, one per expert, in expert order.
    static func build(
        experts index: [Expert.ID: Int], cases: [DisputeCase], assignments: [Assignment], today: CalendarDay,
        settings: HardRuleSettings
    ) -> (histories: [ExpertHistory], contacts: [Party.ID: [PartyContact]]) {
        var histories = [ExpertHistory](repeating: ExpertHistory(), count: index.count)
        var contacts: [Party.ID: [Int: PartyContact]] = [:]
        let casesByID = Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fairnessStart = today.adding(days: -settings.fairnessWindowDays)
        let strainStart = today.adding(days: -settings.strainWindowDays)
        let contactStart = today.adding(days: -max(settings.conflictLookbackDays, settings.continuityLookbackDays))

        for assignment in assignments where assignment.status == .accepted || assignment.status == .offered {
            guard let expert = index[assignment.expertID], let dispute = casesByID[assignment.caseID] else { continue }
            if dispute.isOpen {
                histories[expert].openCases += 1
            } else if assignment.status == .accepted {
                histories[expert].closedCases += 1
                if dispute.outcome == .settled { histories[expert].settledCases += 1 }
                if let satisfaction = dispute.satisfaction {
                    histories[expert].satisfactionSum += satisfaction.value
                    histories[expert].satisfactionCount += 1
                }
            }
            if dispute.openedOn >= fairnessStart && dispute.openedOn <= today {
                histories[expert].recentSeats[assignment.role, default: 0] += 1
            }
            if dispute.openedOn >= strainStart && dispute.openedOn <= today {
                histories[expert].strain += dispute.difficulty == .major ? 2 : dispute.difficulty == .difficult ? 1 : 0
            }
            // A case still open is dealt with today; a closed one on the day it closed.
            let day = dispute.isOpen ? today : dispute.closedOn ?? dispute.openedOn
            if day >= contactStart && day <= today {
                let sitting = PartyContact.Sitting(caseID: dispute.id, day: day)
                let asLawyer = assignment.role == .lawyer
                for entry in dispute.parties {
                    contacts[entry.party.id, default: [:]][expert, default: PartyContact(expert: expert)]
                        .add(sitting, asLawyer: asLawyer)
                }
            }
        }
        return (histories, contacts.mapValues { $0.values.sorted { $0.expert < $1.expert } })
    }
}

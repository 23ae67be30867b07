import Domain

/// The result of assigning a whole queue at once.
public struct BatchPlan: Hashable, Sendable, Encodable {
    public var weightsVersion: Int
    public var placements: [Placement]
    public var emptySeats: [EmptySeat]
    /// The plan's objective in the solver's integer units (lower is better): minus the priorities of the seats
    /// filled, minus their scores, plus the load costs.
    public var objective: Int64
    /// The flow's optimum of the same objective, which ignores whether panels can meet: no plan whose panels
    /// can meet does better, so `objective − bound` is how far from optimal the plan can be.
    public var bound: Int64
    /// The flow's total score, before any panel was made to meet.
    public var flowScore: Double
    /// Cases whose panel could not meet and was changed so it can, and the seats changed.
    public var repairedCases = 0
    public var swappedSeats = 0
    /// Seats per expert before and after the plan, over the experts who hold the roles the queue needs.
    public var loadBefore: LoadSpread
    public var loadAfter: LoadSpread

    public var filledSeats: Int { placements.count }
    /// The objective's distance from the bound, as a share of the bound's size (0 when the plan is optimal).
    public var gapToBound: Double { bound == 0 ? 0 : Double(objective - bound) / Double(abs(bound)) }
    public var totalScore: Double { placements.reduce(0) { $0 + $1.score.total } }
    public var meanScore: Double { placements.isEmpty ? 0 : totalScore / Double(placements.count) }

    /// One seat given to one expert.
    public struct Placement: Hashable, Sendable, Codable {
        public var caseID: DisputeCase.ID
        public var seat: Int
        public var role: ExpertRole
        public var expertID: Expert.ID
        public var expertName: String
        public var score: ScoreBreakdown

        public init(caseID: DisputeCase.ID, seat: Int, role: ExpertRole, expertID: Expert.ID, expertName: String, score: ScoreBreakdown) {
            self.caseID = caseID
            self.seat = seat
            self.role = role
            self.expertID = expertID
            self.expertName = expertName
            self.score = score
        }
    }

    /// A seat the plan could not fill, why, and the smallest change that would fill it.
    public struct EmptySeat: Hashable, Sendable, Encodable {
        public var caseID: DisputeCase.ID
        public var seat: Int
        public var role: ExpertRole
        public var cause: Cause
        public var remedy: Remedy

        public enum Cause: Hashable, Sendable {
            /// Experts may sit, but the plan gave every one of them a seat of higher priority or better fit.
            case outplaced(eligible: Int)
            case noneHoldsRole
            /// Every expert of the role is excluded; how many by each rule, most first.
            case allExcluded([HardRuleName: Int])
            /// Experts may sit, but none who can is free with the rest of the panel and the parties.
            case cannotMeet(MeetingObstacle)
        }

        /// The smallest change that would fill the seat.
        public enum Remedy: Hashable, Sendable {
            /// One more place for the best candidate, who was placed elsewhere.
            case raiseCapacity(Expert.ID)
            /// Lift the one rule that keeps the best otherwise-eligible expert off.
            case lift(Exclusion, expert: Expert.ID)
            /// No expert of the role is a single rule away from eligible.
            case noneNear
            /// Nobody near is free: the parties or the panel need more free hours, or a later meeting.
            case moreTime(horizonDays: Int)
        }

        public func reason(in language: TextLanguage) -> String {
            let role = self.role.name(in: language)
            switch cause {
            case let .outplaced(eligible):
                return language.pick(zh: "\(eligible)名合格的\(role)均已安排到优先级更高或更合适的席位",
                    en: "its \(eligible) eligible \(role)s are all placed on seats of higher priority or better fit")
            case .noneHoldsRole:
                return language.pick(zh: "没有专家担任\(role)", en: "no expert is a \(role)")
            case let .allExcluded(tally):
                let counts = HardRuleName.tally(tally, in: language)
                return language.pick(zh: "所有\(role)均被排除（\(counts)）", en: "every \(role) is excluded (\(counts))")
            case let .cannotMeet(obstacle):
                return obstacle.text(in: language)
            }
        }

        public func relaxation(in language: TextLanguage) -> String {
            let role = self.role.name(in: language)
            switch remedy {
            case let .raiseCapacity(expert):
                return language.pick(zh: "将\(expert)的承办上限提高1件", en: "raise the capacity of \(expert) by 1")
            case .noneNear:
                return language.pick(zh: "没有\(role)只差一条规则即可入选", en: "no \(role) is a single rule away from eligible")
            case let .moreTime(days):
                return language.pick(zh: "请当事人或小组成员增加可约时间，或在\(days)天之后再约",
                    en: "ask the parties or the panel for more free hours, or meet after the \(days)-day horizon")
            case let .lift(exclusion, expert):
                return Self.lifting(exclusion, expert: expert, role: role, in: language)
            }
        }

        private static func lifting(_ exclusion: Exclusion, expert: Expert.ID, role: String, in language: TextLanguage) -> String {
            switch exclusion {
            case let .atCapacity(open, limit):
                language.pick(zh: "将\(expert)的承办上限提高1件（现承办\(open)件，上限\(limit)件）",
                    en: "raise the capacity of \(expert) by 1 (they hold \(open) of \(limit))")
            case let .onLeave(_, through):
                language.pick(zh: "待\(expert)于\(through.adding(days: 1))休假归来后再安排",
                    en: "schedule after \(expert) returns from leave on \(through.adding(days: 1))")
            case .inactive:
                language.pick(zh: "重新启用\(expert)", en: "reactivate \(expert)")
            case let .declaredRelation(party, _, _, _), let .actedForParty(party, _, _, _):
                language.pick(zh: "没有与当事人\(party)无利益冲突的\(role)；最接近的\(expert)须经各方当事人知情同意",
                    en: "no \(role) is free of conflicts with party \(party); the nearest, \(expert), would need the parties' informed consent")
            case let .missingCredential(required):
                language.pick(zh: "允许不具备\(language.list(required.map { $0.name(in: .zh) }))资质的\(role)：\(expert)",
                    en: "allow a \(role) without \(required.map(\.rawValue).joined(separator: " or ")): \(expert)")
            case let .vetoed(party, _):
                language.pick(zh: "请当事人\(party)撤回对\(expert)的回避申请", en: "ask party \(party) to lift the veto on \(expert)")
            case let .alreadySeated(seat):
                language.pick(zh: "解除\(expert)在本案第\(seat)席的职务", en: "free \(expert) from seat \(seat) of this case")
            case .declinedOffer:
                language.pick(zh: "请已谢绝本案的\(expert)重新考虑", en: "ask \(expert), who declined this case, to reconsider")
            case let .lacksRole(required, _):
                language.pick(zh: "授予\(expert)\(required.name(in: .zh))身份", en: "give \(expert) the role \(required.rawValue)")
            }
        }

        /// Why, in English (the command line's and the API's wording).
        public var reason: String { reason(in: .en) }
        public var relaxation: String { relaxation(in: .en) }

        private enum CodingKeys: String, CodingKey { case caseID, seat, role, reason, relaxation }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(caseID, forKey: .caseID)
            try container.encode(seat, forKey: .seat)
            try container.encode(role, forKey: .role)
            try container.encode(reason, forKey: .reason)
            try container.encode(relaxation, forKey: .relaxation)
        }
    }
}

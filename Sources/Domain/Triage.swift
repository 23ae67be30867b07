/// Proposes a case's difficulty from the signals a coordinator records at intake.
///
/// The rubric follows DOMAIN.md §4: a case is difficult when two ordinary signals hold or any grave one does
/// (a group of five or more parties, or a risk of escalation); it is major when the risk of escalation comes
/// with a group, repeated petitions or a very large amount.
public enum Triage {
    public static let groupSize = 5
    public static let largeAmountYuan = 100_000
    public static let veryLargeAmountYuan = 1_000_000

    /// A fact of the case that weighs toward a higher difficulty.
    public enum Signal: Hashable, Sendable, CustomStringConvertible, Explained {
        case group(parties: Int)
        case largeAmount(yuan: Int)
        case failedMediations(Int)
        case petitions(Int)
        case escalationRisk

        public func text(in language: TextLanguage) -> String {
            switch self {
            case let .group(parties): language.pick(zh: "当事人\(parties)人（群体性纠纷）", en: "\(parties) parties (a group dispute)")
            case let .largeAmount(yuan): language.pick(zh: "争议金额¥\(yuan)", en: "¥\(yuan) at stake")
            case let .failedMediations(count): language.pick(zh: "此前\(count)次调解未成", en: "\(count) earlier mediations failed")
            case let .petitions(count): language.pick(zh: "已信访\(count)次", en: "\(count) petitions lodged")
            case .escalationRisk: language.pick(zh: "有矛盾激化风险", en: "risk of escalation")
            }
        }

        public var description: String { text(in: .en) }
    }

    /// The signals that hold for `dispute`, for showing next to the proposal.
    public static func signals(of dispute: DisputeCase) -> [Signal] {
        var signals: [Signal] = []
        if dispute.parties.count >= groupSize { signals.append(.group(parties: dispute.parties.count)) }
        if let amount = dispute.amountYuan, amount >= largeAmountYuan { signals.append(.largeAmount(yuan: amount)) }
        if dispute.priorMediations >= 2 { signals.append(.failedMediations(dispute.priorMediations)) }
        if dispute.petitions >= 2 { signals.append(.petitions(dispute.petitions)) }
        if dispute.escalationRisk { signals.append(.escalationRisk) }
        return signals
    }

    public static func proposeDifficulty(for dispute: DisputeCase) -> Difficulty {
        let group = dispute.parties.count >= groupSize
        let amount = dispute.amountYuan ?? 0
        if dispute.escalationRisk && (group || dispute.petitions >= 2 || amount >= veryLargeAmountYuan) { return .major }
        if group || dispute.escalationRisk || signals(of: dispute).count >= 2 { return .difficult }
        return .ordinary
    }
}

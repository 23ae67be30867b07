/// Proposes a case's difficulty from the signals a coordinator records at intake.
///
/// The rubric follows DOMAIN.md §4: a case is difficult when two ordinary signals hold or any grave one does
/// (a group of five or more parties, or a risk of escalation); it is major when the risk of escalation comes
/// with a group, repeated petitions or a very large amount.
public enum Triage {
    public static let groupSize = 5
    public static let largeAmountYuan = 100_000
    public static let veryLargeAmountYuan = 1_000_000

    /// The signals that hold for `dispute`, in words, for showing next to the proposal.
    public static func signals(of dispute: DisputeCase) -> [String] {
        var signals: [String] = []
        if dispute.parties.count >= groupSize { signals.append("\(dispute.parties.count) parties (a group dispute)") }
        if let amount = dispute.amountYuan, amount >= largeAmountYuan { signals.append("¥\(amount) at stake") }
        if dispute.priorMediations >= 2 { signals.append("\(dispute.priorMediations) earlier mediations failed") }
        if dispute.petitions >= 2 { signals.append("\(dispute.petitions) petitions lodged") }
        if dispute.escalationRisk { signals.append("risk of escalation") }
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

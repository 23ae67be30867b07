/// Continuity: an expert who served some of these parties before knows them; 0 when none,
/// else 0.6 plus 0.4 times the share of the case's parties they served.
public enum ContinuityTerm {
    public static func value(servedParties: Int, of partyCount: Int) -> Double {
        guard servedParties > 0, partyCount > 0 else { return 0 }
        return 0.6 + 0.4 * Double(min(servedParties, partyCount)) / Double(partyCount)
    }
}

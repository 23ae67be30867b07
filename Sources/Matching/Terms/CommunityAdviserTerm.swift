import Domain

/// The community legal adviser (一村一法律顾问) is preferred for a lawyer's seat in their own community.
public enum CommunityAdviserTerm {
    public static func value(advises: Area.ID?, caseCommunity: Area.ID, seat: ExpertRole) -> Double {
        seat == .lawyer && advises == caseCommunity ? 1 : 0
    }
}

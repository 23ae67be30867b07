import Domain

/// The community legal adviser (一村一法律顾问) is preferred for a lawyer's seat in their own community:
/// 1 there, 0 otherwise. Communities may be given as IDs or as the pool's indexes.
public enum CommunityAdviserTerm {
    public static func value<Community: Equatable>(advises: Community?, caseCommunity: Community, seat: ExpertRole) -> Double {
        seat == .lawyer && advises == caseCommunity ? 1 : 0
    }
}

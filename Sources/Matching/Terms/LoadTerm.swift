/// Load: the share of the expert's capacity still free; an idle expert scores 1, a full one 0.
public enum LoadTerm {
    public static func value(open: Int, capacity: Int) -> Double {
        guard capacity > 0 else { return 0 }
        return max(0, 1 - Double(open) / Double(capacity))
    }
}

import Domain

/// Specialty fit: the expert's level in the case's dispute type, out of 5; 0 when it is not their field.
public enum SpecialtyTerm {
    public static func value(level: Int?) -> Double {
        guard let level else { return 0 }
        return Double(min(max(level, 0), 5)) / 5
    }
}

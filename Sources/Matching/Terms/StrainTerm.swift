/// Strain: recent difficult (1) and major (2) cases weigh on a person; 1 with none, 1/2 at a strain of 2,
/// 1/4 at 6. The Xigang case study stresses mediators' emotional load.
public enum StrainTerm {
    public static func value(strain: Double) -> Double { 1 / (1 + max(0, strain) / 2) }
}

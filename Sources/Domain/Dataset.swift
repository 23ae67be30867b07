/// A whole deployment's data, as loaded from the fixtures or produced by the generator.
public struct Dataset: Sendable {
    public var areas: [Area]
    public var venues: [Venue]
    public var experts: [Expert]
    public var cases: [DisputeCase]
    /// The panels of past and running cases.
    public var assignments: [Assignment]
    public var panelRequirements: [PanelRequirement]
    public var weights: [WeightsProfile]

    public init(
        areas: [Area] = [], venues: [Venue] = [], experts: [Expert] = [], cases: [DisputeCase] = [],
        assignments: [Assignment] = [], panelRequirements: [PanelRequirement] = [], weights: [WeightsProfile] = []
    ) {
        self.areas = areas
        self.venues = venues
        self.experts = experts
        self.cases = cases
        self.assignments = assignments
        self.panelRequirements = panelRequirements
        self.weights = weights
    }
}

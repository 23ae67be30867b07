import Domain
import Store

/// Writes stored records as CSV in the same columns the importer reads, so an export imports again unchanged.
public struct CSVExporter: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func export(_ kind: RecordKind) throws -> String {
        switch kind {
        case .areas:
            return CSV.write(header: AreaCSV.columns, rows: try database.areas().map(AreaCSV.row))
        case .venues:
            return CSV.write(header: VenueCSV.columns, rows: try database.venues().map(VenueCSV.row))
        case .experts:
            return CSV.write(header: ExpertCSV.columns, rows: try database.experts().map(ExpertCSV.row))
        case .cases:
            let panels = Dictionary(grouping: try database.allAssignments().filter { $0.status == .accepted }, by: \.caseID)
            let cases = try database.cases().sorted { $0.id < $1.id }
            return CSV.write(header: CaseCSV.columns, rows: cases.map { dispute in
                let seats = (panels[dispute.id] ?? []).sorted { $0.seat < $1.seat }
                return CaseCSV.row(dispute, panel: seats.map { CaseCSV.Seat(role: $0.role, expertID: $0.expertID) })
            })
        }
    }

    /// A whole data set as the four files of a fixture directory, by file name.
    public static func files(of dataset: Dataset) -> [String: String] {
        let panels = Dictionary(grouping: dataset.assignments.filter { $0.status == .accepted }, by: \.caseID)
        return [
            "areas.csv": CSV.write(header: AreaCSV.columns, rows: dataset.areas.map(AreaCSV.row)),
            "venues.csv": CSV.write(header: VenueCSV.columns, rows: dataset.venues.map(VenueCSV.row)),
            "experts.csv": CSV.write(header: ExpertCSV.columns, rows: dataset.experts.map(ExpertCSV.row)),
            "cases.csv": CSV.write(header: CaseCSV.columns, rows: dataset.cases.map { dispute in
                let seats = (panels[dispute.id] ?? []).sorted { $0.seat < $1.seat }
                return CaseCSV.row(dispute, panel: seats.map { CaseCSV.Seat(role: $0.role, expertID: $0.expertID) })
            }),
        ]
    }
}

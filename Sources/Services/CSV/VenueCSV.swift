import Domain

/// The columns of `venues.csv`.
enum VenueCSV {
    static let columns = ["id", "kind", "name", "area", "address", "latitude", "longitude", "capacity", "opening_hours"]

    static func row(_ venue: Venue) -> [String] {
        [
            venue.id.rawValue, venue.kind.rawValue, venue.name, venue.areaID.rawValue, venue.address,
            venue.coordinate.map { CSVFormat.coordinate($0.latitude) } ?? "",
            venue.coordinate.map { CSVFormat.coordinate($0.longitude) } ?? "",
            venue.capacity.map(String.init) ?? "", CSVFormat.list(venue.openingHours.map(\.description)),
        ]
    }

    static func decode(_ row: CSVRow) throws(ImportError) -> Venue {
        let venue = Venue(
            id: Venue.ID(try row.required("id")), kind: try row.code("kind", as: Venue.Kind.self, named: "venue kind"),
            name: try row.required("name"), areaID: Area.ID(try row.required("area")), address: row.text("address"),
            coordinate: try CSVFormat.coordinate(row), capacity: try row.optionalInteger("capacity", atLeast: 1),
            openingHours: try row.list("opening_hours", expected: "a weekly window like \"Mon 09:00-12:00\"") { WeeklyWindow($0) })
        do {
            try venue.validate()
        } catch {
            throw row.error(error.fieldName, error.reasonText)
        }
        return venue
    }
}

extension DomainError {
    /// The field a validation error is about, for pointing at a CSV column.
    var fieldName: String {
        switch self {
        case let .invalid(_, field, _), let .unknownReference(_, field, _, _): field
        case .duplicate, .notFound: "id"
        case .illegalTransition: "status"
        case .conflict: "id"
        }
    }

    /// The reason alone, without the record (the CSV position already names it).
    var reasonText: String {
        switch self {
        case let .invalid(_, _, reason): reason
        default: description
        }
    }
}

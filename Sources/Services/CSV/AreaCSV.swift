import Foundation
import Domain

/// The columns of `areas.csv`.
enum AreaCSV {
    static let columns = ["id", "level", "parent", "name_zh", "pinyin", "latitude", "longitude", "synthetic"]

    static func row(_ area: Area) -> [String] {
        [
            area.id.rawValue, area.level.rawValue, area.parentID?.rawValue ?? "", area.nameZh, area.pinyin,
            CSVFormat.coordinate(area.coordinate.latitude), CSVFormat.coordinate(area.coordinate.longitude),
            String(area.isSynthetic),
        ]
    }

    static func decode(_ row: CSVRow) throws(ImportError) -> Area {
        let area = Area(
            id: Area.ID(try row.required("id")), level: try row.code("level", as: Area.Level.self, named: "area level"),
            parentID: row.optional("parent").map { Area.ID($0) }, nameZh: try row.required("name_zh"),
            pinyin: row.text("pinyin"), coordinate: try CSVFormat.coordinate(row)!, isSynthetic: try row.boolean("synthetic"))
        do {
            try area.validate()
        } catch {
            throw row.error(error.fieldName, error.reasonText)
        }
        return area
    }
}

/// Formatting shared by the CSV codecs.
enum CSVFormat {
    static func coordinate(_ value: Double) -> String { String(format: "%.4f", value) }

    /// Reads `latitude` and `longitude`; nil when both are blank.
    static func coordinate(_ row: CSVRow) throws(ImportError) -> Coordinate? {
        if row.optional("latitude") == nil && row.optional("longitude") == nil { return nil }
        let latitude = try row.decimal("latitude"), longitude = try row.decimal("longitude")
        guard let coordinate = Coordinate(latitude: latitude, longitude: longitude) else {
            throw row.error("latitude", "\(latitude), \(longitude) is not a point on Earth")
        }
        return coordinate
    }

    static func list(_ items: [String]) -> String { items.joined(separator: ";") }
}

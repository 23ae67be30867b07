import Domain
import GRDB

extension Row {
    /// Reads a column as a raw-representable domain value, or says which row is corrupt.
    func decode<T: RawRepresentable>(_ type: T.Type, _ column: String, table: String, id: String) throws -> T
    where T.RawValue == String {
        let raw: String? = self[column]
        guard let raw, let value = T(rawValue: raw) else {
            throw StoreError(table: table, id: id, column: column, value: raw)
        }
        return value
    }

    func decodeIfPresent<T: RawRepresentable>(_ type: T.Type, _ column: String, table: String, id: String) throws -> T?
    where T.RawValue == String {
        guard let raw: String = self[column] else { return nil }
        guard let value = T(rawValue: raw) else { throw StoreError(table: table, id: id, column: column, value: raw) }
        return value
    }

    func day(_ column: String, table: String, id: String) throws -> CalendarDay {
        let raw: String? = self[column]
        guard let raw, let day = CalendarDay(raw) else { throw StoreError(table: table, id: id, column: column, value: raw) }
        return day
    }

    func dayIfPresent(_ column: String, table: String, id: String) throws -> CalendarDay? {
        guard self[column] as String? != nil else { return nil }
        return try day(column, table: table, id: id)
    }

    func coordinate(table: String, id: String) throws -> Coordinate? {
        guard let latitude: Double = self["latitude"], let longitude: Double = self["longitude"] else { return nil }
        guard let coordinate = Coordinate(latitude: latitude, longitude: longitude) else {
            throw StoreError(table: table, id: id, column: "latitude", value: "\(latitude),\(longitude)")
        }
        return coordinate
    }

    func weeklyWindow(table: String, id: String) throws -> WeeklyWindow {
        let weekday: Int = self["weekday"], start: Int = self["start_minute"], end: Int = self["end_minute"]
        guard let day = Weekday(rawValue: weekday), let from = TimeOfDay(minutes: start), let to = TimeOfDay(minutes: end),
            let window = WeeklyWindow(weekday: day, start: from, end: to)
        else { throw StoreError(table: table, id: id, column: "weekday", value: "\(weekday) \(start)-\(end)") }
        return window
    }
}

import Domain
import Foundation

/// Distance: 1 for the case's own community, 0.75 within its subdistrict, and beyond that half of a
/// score that halves every 2.8 km (0.5·e^(−km/4)), so another subdistrict always scores below 0.5.
public enum DistanceTerm {
    public static let sameSubdistrict = 0.75
    public static let decayKilometres = 4.0

    public static func value(from home: Area, to place: Area, areas: AreaDirectory) -> Double {
        if home.id == place.id { return 1 }
        if let subdistrict = areas.subdistrict(of: home.id), subdistrict == areas.subdistrict(of: place.id) {
            return sameSubdistrict
        }
        return 0.5 * exp(-home.coordinate.kilometres(to: place.coordinate) / decayKilometres)
    }
}

import Domain
import Foundation

/// Makes the Xigang reference data set: deterministic for a seed, and scalable for benchmarks.
///
/// Scale 1 holds about 350 experts, 3,000 closed cases over two years and 150 open ones, and exercises
/// every matching rule: declared relations that touch open cases' parties, vetoes, returning parties,
/// experts on leave and experts at capacity.
public struct XigangGenerator: Sendable {
    public struct Options: Sendable {
        public var seed: UInt64
        public var scale: Int
        /// The day the data set describes as "today": open cases are recent relative to it.
        public var asOf: CalendarDay

        public init(seed: UInt64 = 1, scale: Int = 1, asOf: CalendarDay = XigangGenerator.defaultAsOf) {
            self.seed = seed
            self.scale = scale
            self.asOf = asOf
        }
    }

    public static let defaultAsOf = CalendarDay(year: 2026, month: 11, day: 30)!

    public let options: Options

    public init(_ options: Options) { self.options = options }

    public func generate() -> Dataset {
        var state = GenerationState(options: options)
        state.makeAreasAndVenues()
        state.makeExperts()
        state.makeCases()
        state.declareRelationsAndVetoes()
        state.addCalendars()
        state.seatPanelsThatCanMeet()
        state.addEvidence()
        return Dataset(
            areas: state.areas, venues: state.venues, experts: state.experts.sorted { $0.id < $1.id },
            cases: state.cases.sorted { $0.id < $1.id }, assignments: state.assignments)
    }
}

/// The generator's working state; every step draws from one seeded sequence, in a fixed order.
struct GenerationState {
    let options: XigangGenerator.Options
    var random: SeededRandom
    var areas: [Area] = []
    var communities: [Area] = []
    var subdistrictOf: [Area.ID: Area.ID] = [:]
    var venues: [Venue] = []
    var experts: [Expert] = []
    var expertIndex: [Expert.ID: Int] = [:]
    var cases: [DisputeCase] = []
    var assignments: [Assignment] = []
    var nextPartyNumber = 1
    /// People who may come back with a new dispute.
    var returningPool: [Party] = []
    var returningIDs: Set<Party.ID> = []
    var organisations: [String: Party] = [:]
    var referralCounters: [String: Int] = [:]

    init(options: XigangGenerator.Options) {
        self.options = options
        random = SeededRandom(seed: options.seed &* 0x2545_F491_4F6C_DD1D &+ 17)
    }

    var asOf: CalendarDay { options.asOf }
    var scale: Int { max(1, options.scale) }

    mutating func makeAreasAndVenues() {
        areas = XigangGeography.areas(using: &random)
        communities = areas.filter { $0.level == .community }
        for community in communities { subdistrictOf[community.id] = community.parentID }

        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        func hours(_ days: [Weekday], _ from: String, _ to: String) -> [WeeklyWindow] {
            days.map { WeeklyWindow(weekday: $0, start: TimeOfDay(from)!, end: TimeOfDay(to)!)! }
        }
        let district = XigangGeography.district
        venues.append(Venue(
            id: "V-CENTRE", kind: .centre, name: "西岗区公共法律服务中心", areaID: Area.ID(XigangGeography.districtCode),
            address: "大连市西岗区北京街77号", coordinate: Coordinate(latitude: district.latitude, longitude: district.longitude),
            capacity: 12, openingHours: hours(weekdays, "08:30", "17:00") + hours([.saturday], "09:00", "12:00")))
        for (index, subdistrict) in XigangGeography.subdistricts.enumerated() {
            let place = subdistrict.place
            venues.append(Venue(
                id: Venue.ID("V-ST-\(index + 1)"), kind: .station, name: "\(place.nameZh)公共法律服务工作站",
                areaID: Area.ID(subdistrict.code), address: "大连市西岗区\(place.nameZh)",
                coordinate: Coordinate(latitude: place.latitude, longitude: place.longitude), capacity: 8,
                openingHours: hours(weekdays, "08:30", "17:00")))
        }
        for community in communities {
            venues.append(Venue(
                id: Venue.ID("V-CR-\(community.id)"), kind: .communityRoom, name: "\(community.nameZh)人民调解室",
                areaID: community.id, address: "大连市西岗区\(community.nameZh)居委会", coordinate: community.coordinate,
                capacity: 6, openingHours: hours(weekdays, "09:00", "16:30")))
        }
        for (index, subdistrict) in XigangGeography.subdistricts.enumerated() {
            let place = subdistrict.place
            venues.append(Venue(
                id: Venue.ID("V-PS-\(index + 1)"), kind: .policeRoom, name: "\(subdistrict.policeStation)警调对接调解室",
                areaID: Area.ID(subdistrict.code), address: "大连市西岗区\(subdistrict.policeStation)",
                coordinate: Coordinate(latitude: XigangGeography.rounded(place.latitude + 0.0021),
                    longitude: XigangGeography.rounded(place.longitude - 0.0017)),
                capacity: 6, openingHours: hours(Weekday.allCases, "08:00", "20:00")))
        }
        venues.append(Venue(
            id: "V-ONLINE", kind: .online, name: "在线调解室", areaID: Area.ID(XigangGeography.districtCode),
            address: "", coordinate: nil, capacity: nil, openingHours: hours(Weekday.allCases, "08:00", "21:00")))
    }

    mutating func nextPartyID() -> Party.ID {
        defer { nextPartyNumber += 1 }
        return Party.ID("P-" + String(format: "%06d", nextPartyNumber))
    }

    /// A masked resident identity number of a Dalian district.
    mutating func maskedIdentity() -> MaskedIdentityNumber {
        let region = random.weighted([("210203", 6.0), ("210202", 1.5), ("210204", 1.5), ("210211", 1.0)])
        let tail = String(format: "%03d", random.int(0...999)) + (random.chance(0.09) ? "X" : String(random.int(0...9)))
        return MaskedIdentityNumber(region + "********" + tail)!
    }
}

import Domain

extension Venue {
    /// A venue of the test tree; by default Jiusan's community mediation room, 8 seats, open on
    /// workdays 09:00–17:00. Override any field.
    public static func fixture(
        id: Venue.ID = "V-JIUSAN", kind: Kind = .communityRoom, name: String = "九三社区调解室",
        areaID: Area.ID = TestAreas.jiusan, address: String = "大连市西岗区九三社区",
        coordinate: Coordinate? = TestAreas.coordinate(of: TestAreas.jiusan), capacity: Int? = 8,
        openingHours: [WeeklyWindow] = TestTime.workdays(from: 9, to: 17)
    ) -> Venue {
        Venue(id: id, kind: kind, name: name, areaID: areaID, address: address, coordinate: coordinate,
            capacity: capacity, openingHours: openingHours)
    }

    /// The district centre's online room: no coordinates, no seat limit, open every day 08:00–20:00.
    public static func onlineRoom(id: Venue.ID = "V-ONLINE") -> Venue {
        Venue(id: id, kind: .online, name: "线上调解室", areaID: TestAreas.xigang, address: "online",
            coordinate: nil, capacity: nil,
            openingHours: Weekday.allCases.map {
                WeeklyWindow(weekday: $0, start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 20)!)!
            })
    }
}

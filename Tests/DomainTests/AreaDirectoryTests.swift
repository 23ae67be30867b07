import Domain
import Testing

@Suite struct AreaDirectoryTests {
    static func area(_ id: Area.ID, _ level: Area.Level, _ parent: Area.ID?) -> Area {
        Area(id: id, level: level, parentID: parent, nameZh: id.rawValue, pinyin: id.rawValue,
            coordinate: Coordinate(latitude: 38.9, longitude: 121.6)!)
    }

    let directory = AreaDirectory([
        area("210203", .district, nil),
        area("210203011", .subdistrict, "210203"),
        area("210203013", .subdistrict, "210203"),
        area("210203011001", .community, "210203011"),
        area("210203011002", .community, "210203011"),
        area("210203013001", .community, "210203013"),
    ])

    @Test(arguments: [
        (Area.ID("210203011001"), Area.ID?("210203011")), ("210203011002", "210203011"),
        ("210203013001", "210203013"), ("210203013", "210203013"),
    ])
    func subdistrictOfACommunityIsItsParent(_ area: Area.ID, _ subdistrict: Area.ID?) {
        #expect(directory.subdistrict(of: area) == subdistrict)
    }

    @Test func districtAndUnknownAreasHaveNoSubdistrict() {
        #expect(directory.subdistrict(of: "210203") == nil)
        #expect(directory.subdistrict(of: "999999999999") == nil)
    }

    @Test func listsCommunitiesAndSubdistrictsInCodeOrder() {
        #expect(directory.communities.map(\.id) == ["210203011001", "210203011002", "210203013001"])
        #expect(directory.subdistricts.map(\.id) == ["210203011", "210203013"])
        #expect(directory["210203"]?.level == .district)
    }
}

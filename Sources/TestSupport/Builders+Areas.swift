import Domain

/// A tiny area tree of Xigang district, Dalian: two subdistricts of two communities each.
///
/// Names and coordinates follow the domain research (WGS-84, about ±100 m); the community codes
/// under each subdistrict are numbered for the tests.
///
/// ```
/// 210203 西岗区 Xigang
/// ├── 210203011 人民广场街道 Renmin Guangchang: jiusan (九三), gengsheng (更生)
/// └── 210203013 白云街道 Baiyun: tianchi (天池), yingchun (迎春)
/// ```
public enum TestAreas {
    public static let xigang: Area.ID = "210203"
    public static let renminGuangchang: Area.ID = "210203011"
    public static let baiyun: Area.ID = "210203013"
    /// 九三社区, in Renmin Guangchang, about 0.5 km from gengsheng and 3.1 km from yingchun.
    public static let jiusan: Area.ID = "210203011001"
    /// 更生社区, in Renmin Guangchang.
    public static let gengsheng: Area.ID = "210203011002"
    /// 天池社区, in Baiyun.
    public static let tianchi: Area.ID = "210203013001"
    /// 迎春社区, in Baiyun.
    public static let yingchun: Area.ID = "210203013002"

    /// The whole tree, district first.
    public static let all: [Area] = [
        area(xigang, .district, parent: nil, "西岗区", "Xigang", 38.9141, 121.6128),
        area(renminGuangchang, .subdistrict, parent: xigang, "人民广场街道", "Renmin Guangchang", 38.9165, 121.6107),
        area(baiyun, .subdistrict, parent: xigang, "白云街道", "Baiyun", 38.8928, 121.6110),
        area(jiusan, .community, parent: renminGuangchang, "九三社区", "Jiusan", 38.9159, 121.6104),
        area(gengsheng, .community, parent: renminGuangchang, "更生社区", "Gengsheng", 38.9202, 121.6074),
        area(tianchi, .community, parent: baiyun, "天池社区", "Tianchi", 38.8967, 121.6035),
        area(yingchun, .community, parent: baiyun, "迎春社区", "Yingchun", 38.8888, 121.6184),
    ]

    /// The four communities, by code.
    public static let communities: [Area.ID] = [jiusan, gengsheng, tianchi, yingchun]

    public static var directory: AreaDirectory { AreaDirectory(all) }

    /// The coordinate of an area of the tree; stops the test for an area outside it.
    public static func coordinate(of id: Area.ID) -> Coordinate {
        guard let area = all.first(where: { $0.id == id }) else { preconditionFailure("Area \(id) is not in TestAreas.") }
        return area.coordinate
    }

    private static func area(
        _ id: Area.ID, _ level: Area.Level, parent: Area.ID?, _ nameZh: String, _ pinyin: String,
        _ latitude: Double, _ longitude: Double
    ) -> Area {
        Area(id: id, level: level, parentID: parent, nameZh: nameZh, pinyin: pinyin,
            coordinate: Coordinate(latitude: latitude, longitude: longitude)!)
    }
}

import Foundation
import Domain

/// The reference district: Dalian's Xigang, its 5 subdistricts (real names and statistical codes) and
/// 47 communities, 21 of them with real names and approximate coordinates from public points of interest;
/// the other 26 names are synthetic and flagged as such.
enum XigangGeography {
    struct Place {
        let nameZh: String
        let pinyin: String
        let latitude: Double
        let longitude: Double
    }

    struct Subdistrict {
        let code: String
        let place: Place
        /// Communities whose names were found in public sources.
        let realCommunities: [Place]
        let communityCount: Int
        /// The police station whose mediation room serves the subdistrict.
        let policeStation: String
    }

    static let districtCode = "210203"
    static let district = Place(nameZh: "西岗区", pinyin: "Xigang", latitude: 38.9141, longitude: 121.6128)

    static let subdistricts: [Subdistrict] = [
        Subdistrict(
            code: "210203001", place: Place(nameZh: "香炉礁街道", pinyin: "Xianglujiao", latitude: 38.9283, longitude: 121.5925),
            realCommunities: [
                Place(nameZh: "香秀社区", pinyin: "Xiangxiu", latitude: 38.9294, longitude: 121.5905),
                Place(nameZh: "香荣社区", pinyin: "Xiangrong", latitude: 38.9308, longitude: 121.5875),
                Place(nameZh: "工人村社区", pinyin: "Gongrencun", latitude: 38.9338, longitude: 121.5915),
                Place(nameZh: "金海社区", pinyin: "Jinhai", latitude: 38.9345, longitude: 121.5995),
            ], communityCount: 9, policeStation: "香炉礁派出所"),
        Subdistrict(
            code: "210203004", place: Place(nameZh: "日新街道", pinyin: "Rixin", latitude: 38.9311, longitude: 121.6294),
            realCommunities: [
                Place(nameZh: "更新社区", pinyin: "Gengxin", latitude: 38.9132, longitude: 121.6174),
                Place(nameZh: "民乐社区", pinyin: "Minle", latitude: 38.9311, longitude: 121.6304),
                Place(nameZh: "团结社区", pinyin: "Tuanjie", latitude: 38.9292, longitude: 121.6294),
            ], communityCount: 9, policeStation: "民乐街派出所"),
        Subdistrict(
            code: "210203010", place: Place(nameZh: "八一路街道", pinyin: "Bayilu", latitude: 38.8887, longitude: 121.6355),
            realCommunities: [
                Place(nameZh: "林茂社区", pinyin: "Linmao", latitude: 38.8926, longitude: 121.6274),
                Place(nameZh: "八一社区", pinyin: "Bayi", latitude: 38.8863, longitude: 121.6425),
                Place(nameZh: "桃山社区", pinyin: "Taoshan", latitude: 38.8873, longitude: 121.6365),
                Place(nameZh: "河源社区", pinyin: "Heyuan", latitude: 38.8830, longitude: 121.6375),
            ], communityCount: 9, policeStation: "八一路派出所"),
        Subdistrict(
            code: "210203011", place: Place(nameZh: "人民广场街道", pinyin: "Renmin Guangchang", latitude: 38.9165, longitude: 121.6107),
            realCommunities: [
                Place(nameZh: "胜利社区", pinyin: "Shengli", latitude: 38.9061, longitude: 121.6154),
                Place(nameZh: "更生社区", pinyin: "Gengsheng", latitude: 38.9202, longitude: 121.6074),
                Place(nameZh: "九三社区", pinyin: "Jiusan", latitude: 38.9159, longitude: 121.6104),
                Place(nameZh: "北岗社区", pinyin: "Beigang", latitude: 38.9236, longitude: 121.6094),
                Place(nameZh: "石葵社区", pinyin: "Shikui", latitude: 38.8923, longitude: 121.6204),
                Place(nameZh: "康平社区", pinyin: "Kangping", latitude: 38.9037, longitude: 121.6094),
                Place(nameZh: "长江社区", pinyin: "Changjiang", latitude: 38.9213, longitude: 121.6064),
            ], communityCount: 11, policeStation: "香工街派出所"),
        Subdistrict(
            code: "210203013", place: Place(nameZh: "白云街道", pinyin: "Baiyun", latitude: 38.8928, longitude: 121.6110),
            realCommunities: [
                Place(nameZh: "天池社区", pinyin: "Tianchi", latitude: 38.8967, longitude: 121.6035),
                Place(nameZh: "迎春社区", pinyin: "Yingchun", latitude: 38.8888, longitude: 121.6184),
                Place(nameZh: "民运社区", pinyin: "Minyun", latitude: 38.9053, longitude: 121.5985),
            ], communityCount: 9, policeStation: "白云街派出所"),
    ]

    /// Names for the communities not found in sources; synthetic, and flagged so in the data.
    static let syntheticCommunityNames: [(String, String)] = [
        ("春和社区", "Chunhe"), ("福民社区", "Fumin"), ("新华社区", "Xinhua"), ("友谊社区", "Youyi"),
        ("安乐社区", "Anle"), ("兴平社区", "Xingping"), ("和平社区", "Heping"), ("长青社区", "Changqing"),
        ("建设社区", "Jianshe"), ("育才社区", "Yucai"), ("永安社区", "Yong'an"), ("红星社区", "Hongxing"),
        ("东风社区", "Dongfeng"), ("光明社区", "Guangming"), ("幸福社区", "Xingfu"), ("文化社区", "Wenhua"),
        ("向阳社区", "Xiangyang"), ("朝阳社区", "Chaoyang"), ("振兴社区", "Zhenxing"), ("新兴社区", "Xinxing"),
        ("宏业社区", "Hongye"), ("华南社区", "Huanan"), ("锦绣社区", "Jinxiu"), ("海港社区", "Haigang"),
        ("丰收社区", "Fengshou"), ("明珠社区", "Mingzhu"),
    ]

    /// The district, subdistricts and communities as areas.
    static func areas(using random: inout SeededRandom) -> [Area] {
        func coordinate(_ place: Place) -> Coordinate { Coordinate(latitude: place.latitude, longitude: place.longitude)! }
        var areas = [Area(id: Area.ID(districtCode), level: .district, parentID: nil, nameZh: district.nameZh,
            pinyin: district.pinyin, coordinate: coordinate(district))]
        var synthetic = syntheticCommunityNames.makeIterator()
        for subdistrict in subdistricts {
            let parent = Area.ID(subdistrict.code)
            areas.append(Area(id: parent, level: .subdistrict, parentID: Area.ID(districtCode),
                nameZh: subdistrict.place.nameZh, pinyin: subdistrict.place.pinyin, coordinate: coordinate(subdistrict.place)))
            for index in 0..<subdistrict.communityCount {
                let code = Area.ID(subdistrict.code + String(format: "%03d", index + 1))
                if index < subdistrict.realCommunities.count {
                    let place = subdistrict.realCommunities[index]
                    areas.append(Area(id: code, level: .community, parentID: parent, nameZh: place.nameZh,
                        pinyin: place.pinyin, coordinate: coordinate(place)))
                } else {
                    let (name, pinyin) = synthetic.next()!
                    let anchor = subdistrict.place
                    let point = Coordinate(
                        latitude: rounded(anchor.latitude + (random.unit() - 0.5) * 0.014),
                        longitude: rounded(anchor.longitude + (random.unit() - 0.5) * 0.018))!
                    areas.append(Area(id: code, level: .community, parentID: parent, nameZh: name, pinyin: pinyin,
                        coordinate: point, isSynthetic: true))
                }
            }
        }
        return areas
    }

    /// Four decimals (about 10 m), as the CSV files keep them.
    static func rounded(_ degrees: Double) -> Double { (degrees * 10_000).rounded() / 10_000 }
}

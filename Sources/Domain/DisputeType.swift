/// The 15 dispute types of national people's-mediation statistics.
public enum DisputeType: String, CaseIterable, Sendable, Codable, Comparable {
    case marriageFamily = "MARRIAGE_FAMILY"
    case neighbor = "NEIGHBOR"
    case housingLand = "HOUSING_LAND"
    case contract = "CONTRACT"
    case business = "BUSINESS"
    case damages = "DAMAGES"
    case forestLand = "FOREST_LAND"
    case demolition = "DEMOLITION"
    case environment = "ENVIRONMENT"
    case labor = "LABOR"
    case consumer = "CONSUMER"
    case medical = "MEDICAL"
    case traffic = "TRAFFIC"
    case propertyManagement = "PROPERTY_MGMT"
    case other = "OTHER"

    /// The statistical code, `MARRIAGE_FAMILY`.
    public var code: String { rawValue }

    public var nameZh: String {
        switch self {
        case .marriageFamily: "婚姻家庭"
        case .neighbor: "邻里"
        case .housingLand: "房屋宅基地"
        case .contract: "合同"
        case .business: "生产经营"
        case .damages: "损害赔偿"
        case .forestLand: "山林土地"
        case .demolition: "征地拆迁"
        case .environment: "环境污染"
        case .labor: "劳动争议"
        case .consumer: "消费"
        case .medical: "医疗"
        case .traffic: "道路交通事故"
        case .propertyManagement: "物业"
        case .other: "其它"
        }
    }

    public var nameEn: String {
        switch self {
        case .marriageFamily: "marriage & family"
        case .neighbor: "neighbour"
        case .housingLand: "housing & homestead"
        case .contract: "contract"
        case .business: "production & business"
        case .damages: "damages"
        case .forestLand: "land & forest"
        case .demolition: "land requisition & demolition"
        case .environment: "environment"
        case .labor: "labour"
        case .consumer: "consumer"
        case .medical: "medical"
        case .traffic: "road traffic"
        case .propertyManagement: "property management"
        case .other: "other"
        }
    }

    public static func < (lhs: DisputeType, rhs: DisputeType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Every code, for error messages that list what is accepted.
    public static var codeList: String { allCases.map(\.code).joined(separator: ", ") }
}

/// How hard a case is; a triage rule proposes it and a coordinator may change it.
public enum Difficulty: String, CaseIterable, Sendable, Codable, Comparable {
    case ordinary, difficult, major

    public var nameZh: String {
        switch self {
        case .ordinary: "一般"
        case .difficult: "疑难"
        case .major: "重大"
        }
    }

    private var rank: Int {
        switch self {
        case .ordinary: 0
        case .difficult: 1
        case .major: 2
        }
    }

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool { lhs.rank < rhs.rank }
}

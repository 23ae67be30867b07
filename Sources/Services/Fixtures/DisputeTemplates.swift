import Domain

/// What the fixtures' disputes are about: the Xigang type shares (an urban district, no farmland),
/// typical amounts at stake and short summaries.
enum DisputeTemplates {
    /// Relative weights of the dispute types among Xigang's cases (DOMAIN.md, §2a).
    static let typeWeights: [(DisputeType, Double)] = [
        (.marriageFamily, 18), (.neighbor, 22), (.housingLand, 5), (.contract, 8), (.business, 3), (.damages, 10),
        (.demolition, 3), (.environment, 1), (.labor, 6), (.consumer, 3), (.medical, 3), (.traffic, 5),
        (.propertyManagement, 10), (.other, 3),
    ]

    /// The range of the amount at stake in yuan, or nil when disputes of the type rarely have one.
    static func amountRange(_ type: DisputeType) -> ClosedRange<Int>? {
        switch type {
        case .neighbor, .other, .environment: nil
        case .marriageFamily: 5_000...300_000
        case .housingLand: 50_000...1_000_000
        case .contract, .business: 10_000...500_000
        case .damages: 3_000...300_000
        case .demolition: 200_000...3_000_000
        case .labor: 5_000...120_000
        case .consumer: 500...50_000
        case .medical: 20_000...800_000
        case .traffic: 5_000...400_000
        case .propertyManagement: 1_000...30_000
        case .forestLand: 10_000...100_000
        }
    }

    static func summaries(_ type: DisputeType) -> [String] {
        switch type {
        case .marriageFamily: ["离婚后子女抚养费纠纷", "赡养老人费用分担纠纷", "遗产继承分割纠纷", "夫妻共同财产分割纠纷", "探望权行使纠纷"]
        case .neighbor: ["楼上漏水致楼下受损", "噪音扰民纠纷", "楼道堆放杂物纠纷", "饲养宠物扰邻纠纷", "违章搭建影响采光"]
        case .housingLand: ["房屋买卖过户纠纷", "房屋租赁押金纠纷", "共有房屋使用纠纷"]
        case .contract: ["装修合同质量纠纷", "借款合同还款纠纷", "服务合同违约纠纷"]
        case .business: ["合伙经营分红纠纷", "商铺经营权纠纷"]
        case .damages: ["人身伤害赔偿纠纷", "财产损坏赔偿纠纷", "宠物伤人赔偿纠纷"]
        case .forestLand: ["土地使用权纠纷"]
        case .demolition: ["旧城改造补偿纠纷", "征收安置房分配纠纷", "拆迁补偿款分配纠纷"]
        case .environment: ["餐饮油烟污染纠纷", "施工噪声粉尘纠纷"]
        case .labor: ["拖欠工资纠纷", "工伤赔偿纠纷", "解除劳动合同补偿纠纷"]
        case .consumer: ["预付卡退费纠纷", "商品质量退换纠纷"]
        case .medical: ["医疗损害赔偿纠纷", "诊疗费用争议"]
        case .traffic: ["机动车交通事故赔偿纠纷", "非机动车碰撞赔偿纠纷"]
        case .propertyManagement: ["物业费收缴纠纷", "电梯维修费用分摊纠纷", "小区停车管理纠纷", "公共维修资金使用纠纷"]
        case .other: ["合伙债务纠纷", "其他民间纠纷"]
        }
    }
}

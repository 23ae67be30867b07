import Domain

/// Name parts for synthetic people and organisations of the fixtures.
enum ChineseNames {
    static let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文")
    static let givenParts = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华玉兰红梅鹏辉建国志宏海峰亮林丹宇浩凯颖雪琳晨欣博文斌俊凤春秀云莉")

    static func person(using random: inout SeededRandom) -> String {
        let surname = String(random.pick(surnames))
        let length = random.chance(0.7) ? 2 : 1
        return surname + String((0..<length).map { _ in random.pick(givenParts) })
    }

    static let brands = ["万科", "华润", "亿达", "嘉华", "海昌", "保利", "金广", "锦程", "东方", "富丽", "长兴", "鑫源"]
    static let trades = ["餐饮", "建筑工程", "物流", "商贸", "装饰装修", "家政服务", "汽车维修", "服装", "房地产开发", "电器"]

    static func propertyCompany(using random: inout SeededRandom) -> String {
        "大连\(random.pick(brands))物业管理有限公司"
    }

    static func company(using random: inout SeededRandom) -> String {
        "大连\(random.pick(brands))\(random.pick(trades))有限公司"
    }

    static let hospitals = ["大连市西岗区人民医院", "大连市第三人民医院", "大连市西岗区中医医院", "大连市妇女儿童医疗中心"]
    static let insurers = ["中国人民财产保险大连分公司", "平安财产保险大连分公司", "太平洋财产保险大连分公司"]
}

/// The languages Fengqiao explains itself in: Chinese, as the centre works in it, and English.
///
/// Every explanation the core gives (why-not answers, hard-rule exclusions, triage signals, scheduling reasons
/// and diagnoses) is a value first; `text(in:)` puts it into words in either language, so a page shows it in
/// its reader's language and the command line and the API keep English.
public enum TextLanguage: String, CaseIterable, Sendable, Codable {
    case zh, en

    /// `zh` or `en`: the text for this language.
    public func pick(zh: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        self == .zh ? zh() : en()
    }

    /// Items joined as the language lists them: `、` in Chinese, commas in English.
    public func list(_ items: [String]) -> String {
        items.joined(separator: self == .zh ? "、" : ", ")
    }
}

/// Something that explains itself in either language: an exclusion, a signal, a refusal.
public protocol Explained {
    func text(in language: TextLanguage) -> String
}

/// An explanation the API writes as what kind it is and its text in both languages:
/// `{"kind": "none_free", "text": "no eligible lawyer is free …", "textZh": "…"}`.
public protocol WrittenExplanation: Explained, Encodable {
    var kind: String { get }
}

private enum WrittenExplanationKey: String, CodingKey { case kind, text, textZh }

extension WrittenExplanation {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WrittenExplanationKey.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(text(in: .en), forKey: .text)
        try container.encode(text(in: .zh), forKey: .textZh)
    }
}

extension ExpertRole {
    public func name(in language: TextLanguage) -> String {
        language.pick(zh: nameZh, en: self == .panelist ? "expert panelist" : rawValue)
    }
}

extension Credential {
    public var nameZh: String {
        switch self {
        case .licensedLawyer: "执业律师"
        case .certifiedCounsellor: "国家认证心理咨询师"
        case .seniorMediator: "资深调解员"
        case .goldMedalMediator: "金牌调解员"
        case .provincialMeritoriousMediator: "省级优秀调解员"
        case .retiredJudge: "退休法官"
        }
    }

    public func name(in language: TextLanguage) -> String {
        language.pick(zh: nameZh, en: rawValue.split(separator: "_").joined(separator: " "))
    }
}

extension DeclaredRelation.Nature {
    public var nameZh: String {
        switch self {
        case .relative: "亲属"
        case .friend: "朋友"
        case .colleague: "同事"
        case .employer: "雇佣"
        case .client: "委托"
        case .business: "业务往来"
        case .neighbour: "邻居"
        case .other: "其他"
        }
    }

    public func name(in language: TextLanguage) -> String { language.pick(zh: nameZh, en: rawValue) }
}

extension Difficulty {
    public func name(in language: TextLanguage) -> String { language.pick(zh: nameZh, en: rawValue) }
}

extension DisputeType {
    public func name(in language: TextLanguage) -> String { language.pick(zh: nameZh, en: nameEn) }
}

extension ScoreTermName {
    public var nameZh: String {
        switch self {
        case .specialty: "专业"
        case .load: "负荷"
        case .distance: "距离"
        case .language: "语言"
        case .trackRecord: "以往成效"
        case .continuity: "延续性"
        case .fairness: "公平"
        case .availability: "可用时间"
        case .strain: "压力"
        case .communityAdviser: "社区法律顾问"
        }
    }

    public func name(in language: TextLanguage) -> String {
        language.pick(zh: nameZh, en: rawValue.split(separator: "_").joined(separator: " "))
    }
}

extension Weekday {
    /// `Thu`, or `周四`.
    public func name(in language: TextLanguage) -> String {
        guard language == .zh else { return code }
        return switch self {
        case .monday: "周一"
        case .tuesday: "周二"
        case .wednesday: "周三"
        case .thursday: "周四"
        case .friday: "周五"
        case .saturday: "周六"
        case .sunday: "周日"
        }
    }
}

extension CaseStatus {
    public var nameZh: String {
        switch self {
        case .intake: "受理"
        case .matching: "匹配中"
        case .assigned: "已指派"
        case .scheduled: "已排期"
        case .inMediation: "调解中"
        case .closed: "已结案"
        }
    }

    public func name(in language: TextLanguage) -> String {
        language.pick(zh: nameZh, en: rawValue.split(separator: "_").joined(separator: " "))
    }
}

extension User.Role {
    public func name(in language: TextLanguage) -> String {
        switch self {
        case .coordinator: language.pick(zh: "协调员", en: "Coordinator")
        case .expert: language.pick(zh: "专家", en: "Expert")
        case .administrator: language.pick(zh: "管理员", en: "Administrator")
        }
    }
}

extension AvailabilityException.Kind {
    public func name(in language: TextLanguage) -> String {
        switch self {
        case .busy: language.pick(zh: "有事，不可安排", en: "busy")
        case .free: language.pick(zh: "额外可安排", en: "free")
        }
    }
}

extension CaseSource {
    public func name(in language: TextLanguage) -> String {
        switch self {
        case .walkIn: language.pick(zh: "来访", en: "walk-in")
        case .policeReferral: language.pick(zh: "公安转办（警调对接）", en: "police referral")
        case .courtReferral: language.pick(zh: "法院委派（诉调对接）", en: "court referral")
        case .online: language.pick(zh: "网上申请", en: "online")
        case .hotline: language.pick(zh: "热线", en: "hotline")
        }
    }
}

extension Language {
    public func name(in language: TextLanguage) -> String {
        switch self {
        case .mandarin: language.pick(zh: "普通话", en: "Mandarin")
        case .dalianDialect: language.pick(zh: "大连话", en: "Dalian dialect")
        case .korean: language.pick(zh: "朝鲜语", en: "Korean")
        case .japanese: language.pick(zh: "日语", en: "Japanese")
        case .english: language.pick(zh: "英语", en: "English")
        case .signLanguage: language.pick(zh: "手语", en: "sign language")
        }
    }
}

extension Party.Kind {
    public func name(in language: TextLanguage) -> String {
        switch self {
        case .person: language.pick(zh: "个人", en: "person")
        case .organisation: language.pick(zh: "单位", en: "organisation")
        }
    }
}

extension CaseParty.Role {
    public func name(in language: TextLanguage) -> String {
        switch self {
        case .applicant: language.pick(zh: "申请人", en: "applicant")
        case .respondent: language.pick(zh: "被申请人", en: "respondent")
        case .thirdParty: language.pick(zh: "第三人", en: "third party")
        }
    }
}

/// Domain errors in Chinese, for the pages. The frame, the kinds of record, the usual fields and the case
/// statuses are translated; a free-text reason given where the error was raised stays as it was written.
extension DomainError: Explained {
    public func text(in language: TextLanguage) -> String {
        guard language == .zh else { return description }
        switch self {
        case let .invalid(record, field, reason):
            return "\(Self.recordZh(record))的\(Self.fieldZh(field))无效：\(reason)。"
        case let .unknownReference(record, field, kind, id):
            return "\(Self.recordZh(record))的\(Self.fieldZh(field))指向\(Self.kindZh(kind))\(id)，但它不存在。"
        case let .duplicate(kind, id):
            return kind.hasSuffix(" named") ? "已有名为\(id)的\(Self.kindZh(String(kind.dropLast(6))))。" : "已有编号为\(id)的\(Self.kindZh(kind))。"
        case let .notFound(kind, id):
            return kind.hasSuffix(" named") ? "没有名为\(id)的\(Self.kindZh(String(kind.dropLast(6))))。" : "没有编号为\(id)的\(Self.kindZh(kind))。"
        case let .illegalTransition(caseID, from, to):
            let (old, new) = (Self.statusZh(from), Self.statusZh(to))
            let next = CaseStatus(rawValue: from).map { status in
                let allowed = CaseStatus.allCases.filter(status.next.contains).map { "「\($0.nameZh)」" }
                return allowed.isEmpty ? "；案件已结案" : "；从「\(old)」只能转为" + allowed.joined(separator: "、")
            } ?? ""
            return "案件\(caseID)不能从「\(old)」转为「\(new)」\(next)。"
        case let .conflict(record, reason):
            return "\(Self.recordZh(record))无法变更：\(reason)。"
        }
    }

    /// The kinds of record the domain names in its errors.
    static let kindsZh: [String: String] = [
        "case": "案件", "case on your panels": "您参与的案件", "expert": "专家", "session": "会议", "offer": "邀请",
        "offer among yours": "您的邀请", "assignment": "席位安排", "venue": "场地", "user": "用户", "active user": "在用用户",
        "weights profile": "权重方案", "weights profile version": "权重版本", "party": "当事人",
        "community": "社区", "area": "地区",
    ]

    /// The fields a reader fills in on the pages.
    static let fieldsZh: [String: String] = [
        "reason": "理由", "leave": "休假", "username": "用户名", "password": "密码", "displayName": "姓名", "expertID": "专家编号",
        "name": "名称", "note": "说明", "weights": "权重", "startsAt": "开始时间", "after": "起始日期", "summary": "案情",
        "parties": "当事人", "amountYuan": "争议金额", "deadline": "期限", "capacity": "承办上限", "role": "角色", "seat": "席位",
        "difficulty": "难度", "identity": "身份证号", "referral_number": "转办编号", "evidence": "证据清单", "amount_yuan": "争议金额",
        "prior_mediations": "此前调解次数", "community": "社区", "type": "纠纷类型", "communityID": "社区", "openedOn": "受理日期",
        "status": "状态", "opened_on": "受理日期", "closed_on": "结案日期", "closedOn": "结案日期", "petitions": "信访次数",
        "joined_on": "加入日期", "exceptions": "时间例外", "display_name": "姓名", "label": "标签", "relations": "申报关系",
    ]

    static func kindZh(_ kind: String) -> String { kindsZh[kind] ?? kind }

    static func fieldZh(_ field: String) -> String { fieldsZh[field].map { "「\($0)」" } ?? "「\(field)」" }

    static func statusZh(_ status: String) -> String { CaseStatus(rawValue: status)?.nameZh ?? status }

    /// The English beginnings of record names and their Chinese, longest kinds first so `offer among yours`
    /// wins over `offer`; built once.
    private static let recordPrefixesZh: [(String, String)] = [
        ("the override of case ", "案件改派："), ("the search for case ", "案件排期查询："), ("the panel of expert ", "专家小组："),
        ("weights profile v", "权重版本v"), ("the new case", "新案件"), ("the panel", "调解小组"), ("the record", "记录"),
        ("the report", "报表"),
    ] + kindsZh.sorted { $0.key.count > $1.key.count }.map { ($0.key + " ", $0.value) }

    /// `case C-2026-00042` as `案件C-2026-00042`: the record's leading kind translated, the rest kept.
    static func recordZh(_ record: String) -> String {
        for (english, chinese) in recordPrefixesZh where record.hasPrefix(english) { return chinese + record.dropFirst(english.count) }
        return record
    }
}

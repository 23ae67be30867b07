import Domain
import Testing

@Suite struct DomainErrorTests {
    @Test(arguments: [
        (DomainError.invalid(record: "expert E-0112", field: "capacity", reason: "-1 is negative"),
            "The capacity of expert E-0112 is invalid: -1 is negative."),
        (.unknownReference(record: "expert E-0112", field: "home_community_id", kind: "community", id: "210203099001"),
            "The home_community_id of expert E-0112 names community 210203099001, which does not exist."),
        (.duplicate(kind: "case", id: "C-2026-00042"), "There is already a case with ID C-2026-00042."),
        (.notFound(kind: "assignment", id: "A-000007"), "There is no assignment with ID A-000007."),
        (.duplicate(kind: "user named", id: "wangli"), "There is already a user named wangli."),
        (.illegalTransition(caseID: "C-2026-00042", from: "closed", to: "matching"),
            "Case C-2026-00042 cannot move from closed to matching; it is closed."),
    ])
    func errorReadsAsASentenceNamingTheRecord(_ error: DomainError, _ sentence: String) {
        #expect(error.description == sentence)
    }

    @Test func validationErrorsNameTheirRecordAndEndWithAFullStop() {
        var expert = sampleExpert()
        expert.capacity = -3
        let error = #expect(throws: DomainError.self) { try expert.validate() }
        #expect(error?.description == "The capacity of expert E-0112 is invalid: -3 is negative.")
    }
}

/// The errors as a Chinese page shows them.
@Suite struct DomainErrorChineseTests {
    @Test(arguments: [
        (DomainError.notFound(kind: "expert", id: "E-9999"), "没有编号为E-9999的专家。"),
        (.duplicate(kind: "user", id: "U-0003"), "已有编号为U-0003的用户。"),
        (.duplicate(kind: "user named", id: "wangli"), "已有名为wangli的用户。"),
        (.illegalTransition(caseID: "C-2026-00042", from: "intake", to: "in_mediation"),
            "案件C-2026-00042不能从「受理」转为「调解中」；从「受理」只能转为「匹配中」、「已指派」、「已结案」。"),
        (.illegalTransition(caseID: "C-2026-00042", from: "closed", to: "matching"), "案件C-2026-00042不能从「已结案」转为「匹配中」；案件已结案。"),
        (.conflict(record: "session S-000012", reason: "它已被他人修改"), "会议S-000012无法变更：它已被他人修改。"),
        (.invalid(record: "offer A-000007", field: "reason", reason: "需要填写"), "邀请A-000007的「理由」无效：需要填写。"),
        (.unknownReference(record: "the new case", field: "communityID", kind: "community", id: "210203099001"),
            "新案件的「社区」指向社区210203099001，但它不存在。"),
    ])
    func theFrameKindsFieldsAndStatusesAreChinese(_ error: DomainError, _ sentence: String) {
        #expect(error.text(in: .zh) == sentence)
        #expect(error.text(in: .en) == error.description)
    }
}

import Domain

extension Party {
    /// A party; by default a person, 张伟, with a masked identity number. An organisation gets no
    /// identity number, whatever `identity` says.
    public static func fixture(
        id: Party.ID = "P-0001", kind: Kind = .person, name: String = "张伟",
        identity: MaskedIdentityNumber? = MaskedIdentityNumber("210203198001011234"), organisation: String? = nil
    ) -> Party {
        Party(id: id, kind: kind, name: name, identity: kind == .person ? identity : nil, organisation: organisation)
    }
}

extension CaseParty {
    /// 张伟 (P-0001) applies against 李娜 (P-0002): the parties of a default test case.
    public static let defaultPair: [CaseParty] = [
        CaseParty(.fixture(), role: .applicant),
        CaseParty(.fixture(id: "P-0002", name: "李娜", identity: MaskedIdentityNumber("21020319850615002X")),
            role: .respondent),
    ]
}

extension DisputeCase {
    /// A case with sensible defaults: an ordinary neighbour dispute brought in on foot in Jiusan,
    /// opened `TestTime.today`, still at intake, between the `CaseParty.defaultPair`. Override any field.
    public static func fixture(
        id: DisputeCase.ID = "C-2026-00001", type: DisputeType = .neighbor, difficulty: Difficulty = .ordinary,
        source: CaseSource = .walkIn, referralNumber: String? = nil, communityID: Area.ID = TestAreas.jiusan,
        summary: String = "楼上漏水，双方就维修费用发生争执。", amountYuan: Int? = nil, language: Language = .mandarin,
        allowsOnline: Bool = false, priorMediations: Int = 0, petitions: Int = 0, escalationRisk: Bool = false,
        parties: [CaseParty] = CaseParty.defaultPair, vetoes: [PartyVeto] = [], openedOn: CalendarDay = TestTime.today,
        deadline: CalendarDay? = nil, status: CaseStatus = .intake, outcome: CaseOutcome? = nil,
        satisfaction: Satisfaction? = nil, closedOn: CalendarDay? = nil
    ) -> DisputeCase {
        DisputeCase(
            id: id, type: type, difficulty: difficulty, source: source, referralNumber: referralNumber,
            communityID: communityID, summary: summary, amountYuan: amountYuan, language: language,
            allowsOnline: allowsOnline, priorMediations: priorMediations, petitions: petitions,
            escalationRisk: escalationRisk, parties: parties, vetoes: vetoes, openedOn: openedOn, deadline: deadline,
            status: status, outcome: outcome, satisfaction: satisfaction, closedOn: closedOn)
    }

    /// A case opened `daysAgo` days before `TestTime.today` and closed yesterday with `outcome`.
    public static func closedFixture(
        id: DisputeCase.ID = "C-2026-00002", type: DisputeType = .neighbor, daysAgo: Int = 20,
        outcome: CaseOutcome = .settled, satisfaction: Satisfaction? = .satisfied,
        parties: [CaseParty] = CaseParty.defaultPair
    ) -> DisputeCase {
        .fixture(
            id: id, type: type, parties: parties, openedOn: TestTime.today.adding(days: -daysAgo), status: .closed,
            outcome: outcome, satisfaction: satisfaction, closedOn: TestTime.today.adding(days: -1))
    }
}

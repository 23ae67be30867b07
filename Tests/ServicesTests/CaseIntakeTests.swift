import Domain
import Services
import Store
import TestSupport
import Testing

@Suite struct CaseIntakeTests {
    func draft(parties: [CaseDraft.PartyEntry]? = nil, community: Area.ID = TestAreas.jiusan, amount: Int? = nil,
        escalation: Bool = false, petitions: Int = 0) -> CaseDraft
    {
        CaseDraft(
            type: .propertyManagement, source: .walkIn, communityID: community, summary: "电梯维修费用分摊", amountYuan: amount,
            petitions: petitions, escalationRisk: escalation,
            parties: parties ?? [
                .new(kind: .person, name: "张伟", identity: "210203198001011234", organisation: nil, role: .applicant),
                .new(kind: .organisation, name: "大连万科物业管理有限公司", identity: nil, organisation: nil, role: .respondent),
            ],
            openedOn: TestTime.day("2026-11-20"))
    }

    @Test func newCasesAreNumberedWithinTheirYearAndPartiesRegistered() throws {
        let intake = CaseIntake(database: try AppDatabase.seededForTests())
        let first = try intake.add(draft())
        let second = try intake.add(draft())
        #expect(first.id == "C-2026-00001")
        #expect(second.id == "C-2026-00002")
        #expect(first.parties.map(\.party.id) == ["P-000001", "P-000002"])
        #expect(first.parties[0].party.identity?.text == "210203********1234")
        #expect(first.deadline == TestTime.day("2026-12-20"))
        #expect(first.status == .intake)
    }

    @Test func aReturningPartyKeepsTheirID() throws {
        let intake = CaseIntake(database: try AppDatabase.seededForTests())
        let first = try intake.add(draft())
        let again = try intake.add(draft(parties: [
            .returning(first.parties[0].party.id, role: .respondent),
            .new(kind: .person, name: "李娜", identity: nil, organisation: nil, role: .applicant),
        ]))
        #expect(again.parties[0].party == first.parties[0].party)
        #expect(again.parties[1].party.id == "P-000003")
    }

    @Test func triageProposesTheDifficultyWhenNoneIsGiven() throws {
        let intake = CaseIntake(database: try AppDatabase.seededForTests())
        #expect(try intake.add(draft()).difficulty == .ordinary)
        #expect(try intake.add(draft(escalation: true)).difficulty == .difficult)
        #expect(try intake.add(draft(escalation: true, petitions: 2)).difficulty == .major)
    }

    @Test func anUnknownCommunityIsRefusedAndNothingIsStored() throws {
        let database = try AppDatabase.seededForTests()
        let error = #expect(throws: DomainError.self) { try CaseIntake(database: database).add(draft(community: "210203099")) }
        #expect(error?.description == "The community of the new case names community 210203099, which does not exist.")
        #expect(try database.cases().isEmpty)
    }

    @Test func aBadIdentityNumberIsRefused() throws {
        let database = try AppDatabase.seededForTests()
        #expect(throws: DomainError.self) {
            try CaseIntake(database: database).add(draft(parties: [
                .new(kind: .person, name: "张伟", identity: "12345", organisation: nil, role: .applicant)
            ]))
        }
    }
}

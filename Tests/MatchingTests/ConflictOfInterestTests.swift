import Domain
@testable import Matching
import TestSupport
import Testing

/// The conflict-of-interest rule: declared relations to a party (by name and masked identity, or by
/// organisation), and having acted as a party's lawyer within the lookback window.
@Suite struct ConflictOfInterestTests {
    static let zhangWei = CaseParty.defaultPair[0].party

    func exclusion(_ expert: Expert, in dispute: DisputeCase = .fixture(), cases: [DisputeCase] = [],
        assignments: [Assignment] = [], settings: HardRuleSettings = HardRuleSettings()) -> Exclusion?
    {
        let pool = Situation.pool([expert], cases: cases, assignments: assignments, settings: settings)
        return Situation.exclusion(ConflictOfInterestRule.self, of: expert.id, in: dispute, pool: pool)
    }

    func relatedTo(_ subject: DeclaredRelation.Subject, _ nature: DeclaredRelation.Nature = .relative) -> Expert {
        .fixture(relations: [DeclaredRelation(subject, nature: nature)])
    }

    // MARK: Declared relations

    @Test func aRelationToAPartyByNameAndIdentityExcludes() {
        let exclusion = exclusion(relatedTo(.person(name: "张伟", identity: Self.zhangWei.identity)))
        #expect(exclusion == .declaredRelation(party: "P-0001", partyName: "张伟", relation: .relative, subject: "张伟"))
        #expect(exclusion?.rule == .conflictOfInterest)
        #expect(exclusion?.description == "they declared a relative relation to 张伟, which ties them to party P-0001 张伟")
    }

    @Test func aNamesakeWithAnotherIdentityIsNoConflict() {
        let other = MaskedIdentityNumber("210203199002021111")
        #expect(exclusion(relatedTo(.person(name: "张伟", identity: other))) == nil)
    }

    @Test func aRelationDeclaredWithoutIdentityMatchesByName() {
        let exclusion = exclusion(relatedTo(.person(name: "李娜", identity: nil), .friend))
        #expect(exclusion == .declaredRelation(party: "P-0002", partyName: "李娜", relation: .friend, subject: "李娜"))
    }

    @Test func aRelationToAnOrganisationMatchesAnOrganisationParty() {
        let company = Party.fixture(id: "P-0003", kind: .organisation, name: "大连某物业有限公司")
        let dispute = DisputeCase.fixture(parties: [
            CaseParty(Self.zhangWei, role: .applicant), CaseParty(company, role: .respondent),
        ])
        let exclusion = exclusion(relatedTo(.organisation(name: "大连某物业有限公司"), .employer), in: dispute)
        #expect(exclusion == .declaredRelation(party: "P-0003", partyName: "大连某物业有限公司", relation: .employer,
            subject: "大连某物业有限公司"))
    }

    @Test func aRelationToAnOrganisationMatchesAPersonActingForIt() {
        let employee = Party.fixture(id: "P-0004", name: "赵强", identity: nil, organisation: "大连港集团")
        let dispute = DisputeCase.fixture(parties: [
            CaseParty(Self.zhangWei, role: .applicant), CaseParty(employee, role: .respondent),
        ])
        let exclusion = exclusion(relatedTo(.organisation(name: "大连港集团"), .colleague), in: dispute)
        #expect(exclusion == .declaredRelation(party: "P-0004", partyName: "赵强", relation: .colleague, subject: "大连港集团"))
        #expect(exclusion?.description == "they declared a colleague relation to 大连港集团, which ties them to party P-0004 赵强")
    }

    @Test func aRelationToSomeoneElseIsNoConflict() {
        #expect(exclusion(relatedTo(.person(name: "陈静", identity: nil))) == nil)
        #expect(exclusion(relatedTo(.organisation(name: "张伟"))) == nil)
    }

    // MARK: Acting for a party

    @Test func havingBeenAPartysLawyerWithinTheWindowExcludesNamingThatCase() {
        let earlier = Situation.closedCase(1, daysAgo: 40, closedDaysAgo: 10)
        let exclusion = exclusion(.fixture(roles: [.mediator, .lawyer]), cases: [earlier],
            assignments: [Situation.seat("E-0001", on: earlier.id, seat: 1, role: .lawyer)])
        let closedOn = TestTime.day("2026-11-20")
        #expect(exclusion == .actedForParty(party: "P-0001", partyName: "张伟", caseID: earlier.id, on: closedOn))
        #expect(exclusion?.rule == .conflictOfInterest)
        #expect(exclusion?.description
            == "they acted in case \(earlier.id) with party P-0001 张伟 on 2026-11-20, within the conflict window")
    }

    @Test func aLawyerSeatOlderThanTheWindowNoLongerExcludes() {
        let old = Situation.closedCase(1, daysAgo: 420, closedDaysAgo: 400)
        let seat = Situation.seat("E-0001", on: old.id, role: .lawyer)
        #expect(exclusion(.fixture(roles: [.lawyer]), cases: [old], assignments: [seat]) == nil)
        let recent = Situation.closedCase(2, daysAgo: 50, closedDaysAgo: 40)
        let short = HardRuleSettings(conflictLookbackDays: 30)
        #expect(exclusion(.fixture(roles: [.lawyer]), cases: [recent],
            assignments: [Situation.seat("E-0001", on: recent.id, role: .lawyer)], settings: short) == nil)
    }

    @Test func aLawyerSeatWithOtherPartiesIsNoConflict() {
        let stranger = Party.fixture(id: "P-0009", name: "陈静", identity: nil)
        let earlier = Situation.closedCase(1, parties: [CaseParty(stranger, role: .applicant)])
        let seat = Situation.seat("E-0001", on: earlier.id, role: .lawyer)
        #expect(exclusion(.fixture(roles: [.lawyer]), cases: [earlier], assignments: [seat]) == nil)
    }

    @Test func aDeclinedLawyerSeatIsNoConflict() {
        let earlier = Situation.closedCase(1)
        let seat = Situation.seat("E-0001", on: earlier.id, role: .lawyer, status: .declined)
        #expect(exclusion(.fixture(roles: [.lawyer]), cases: [earlier], assignments: [seat]) == nil)
    }

    // MARK: Mediating for a party

    @Test func havingMediatedForAPartyIsNoConflictButGivesContinuity() {
        let earlier = Situation.closedCase(1, parties: [CaseParty(Self.zhangWei, role: .applicant)])
        let pool = Situation.pool([.fixture(), .fixture(id: "E-0002")], cases: [earlier],
            assignments: [Situation.seat("E-0001", on: earlier.id)])
        #expect(Situation.exclusion(ConflictOfInterestRule.self, of: "E-0001", pool: pool) == nil)
        // One of the case's two parties served: 0.6 + 0.4 · 1/2.
        #expect(abs(Situation.term(.continuity, of: "E-0001", pool: pool) - 0.8) < 1e-12)
        #expect(Situation.term(.continuity, of: "E-0002", pool: pool) == 0)
    }

    @Test func aLawyerSeatPastTheConflictWindowStillCountsForContinuity() {
        let old = Situation.closedCase(1, daysAgo: 420, closedDaysAgo: 400)
        let pool = Situation.pool([.fixture(roles: [.lawyer])], cases: [old],
            assignments: [Situation.seat("E-0001", on: old.id, role: .lawyer)])
        #expect(Situation.exclusion(ConflictOfInterestRule.self, of: "E-0001", seat: SeatRequirement(.lawyer), pool: pool) == nil)
        #expect(Situation.term(.continuity, of: "E-0001", role: .lawyer, pool: pool) == 1)
    }

    @Test func continuityLooksBackNoFurtherThanItsWindow() {
        let ancient = Situation.closedCase(1, daysAgo: 800, closedDaysAgo: 760)
        let pool = Situation.pool([.fixture()], cases: [ancient], assignments: [Situation.seat("E-0001", on: ancient.id)])
        #expect(Situation.term(.continuity, of: "E-0001", pool: pool) == 0)
    }
}

// MARK: Long-running and replayed cases

extension ConflictOfInterestTests {
    /// A lawyer seat on a case still open counts as acting for the party today, however long ago it opened.
    @Test func stillActingAsAPartysLawyerInALongOpenCaseExcludes() {
        let longRunning = Situation.openCase(1, daysAgo: 400)
        let seat = Situation.seat("E-0001", on: longRunning.id, seat: 1, role: .lawyer)
        #expect(exclusion(.fixture(roles: [.lawyer]), cases: [longRunning], assignments: [seat])?.rule == .conflictOfInterest)
    }

    /// Replaying a past case: the expert sat on it, and on an earlier case with the same parties. The case is
    /// never its own history, but the earlier sitting still counts, for conflict and for continuity.
    @Test func sittingsBeforeThisCaseCountEvenWhenTheExpertAlsoSatOnIt() {
        let earlier = Situation.closedCase(1, daysAgo: 100, closedDaysAgo: 90)
        let replayed = Situation.closedCase(2, daysAgo: 20, closedDaysAgo: 5)
        let pool = Situation.pool([.fixture(id: "E-0001", roles: [.lawyer]), .fixture(id: "E-0002")],
            cases: [earlier, replayed], assignments: [
                Situation.seat("E-0001", on: earlier.id, role: .lawyer),
                Situation.seat("E-0001", on: replayed.id, role: .lawyer),
                Situation.seat("E-0002", on: earlier.id), Situation.seat("E-0002", on: replayed.id),
            ])
        let exclusion = Situation.exclusion(ConflictOfInterestRule.self, of: "E-0001", seat: SeatRequirement(.lawyer),
            in: replayed, pool: pool)
        let closedOn = TestTime.today.adding(days: -90)
        #expect(exclusion == .actedForParty(party: "P-0001", partyName: "张伟", caseID: earlier.id, on: closedOn))
        #expect(Situation.term(.continuity, of: "E-0002", in: replayed, pool: pool) == 1)
    }
}

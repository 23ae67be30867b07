import Domain
@testable import Matching
import TestSupport
import Testing

/// The hard rules' explanations and the batch plan's empty seats, in Chinese and English.
@Suite struct ExplanationTextTests {
    static let leave = (CalendarDay("2026-12-01")!, CalendarDay("2026-12-10")!)

    /// One exclusion of every kind, with the facts a reader needs.
    static let exclusions: [Exclusion] = [
        .lacksRole(required: .lawyer, holds: [.mediator, .psychologist]),
        .inactive,
        .onLeave(from: leave.0, through: leave.1),
        .atCapacity(open: 4, limit: 4),
        .declaredRelation(party: "P-0001", partyName: "张伟", relation: .relative, subject: "张伟"),
        .actedForParty(party: "P-0002", partyName: "李娜", caseID: "C-2025-00017", on: CalendarDay("2025-06-01")!),
        .missingCredential(required: [.seniorMediator, .retiredJudge]),
        .vetoed(by: "P-0001", partyName: "张伟"),
        .alreadySeated(seat: 1),
        .declinedOffer(seat: 0, reason: "出差"),
    ]

    @Test func everyHardRuleHasAnExclusionHere() {
        #expect(Set(Self.exclusions.map(\.rule)) == Set(HardRuleName.allCases))
    }

    @Test(arguments: exclusions)
    func anExclusionReadsInChineseWithTheSameFacts(_ exclusion: Exclusion) {
        let zh = exclusion.text(in: .zh), en = exclusion.text(in: .en)
        #expect(hasChinese(zh) && englishWords(in: zh).isEmpty, "untranslated: \(zh)")
        #expect(exclusion.description == en && !englishWords(in: en).isEmpty)
        // The facts (IDs, days, numbers) are the same in both languages.
        let facts = { (text: String) in text.matches(of: /[A-Z]-[0-9-]+|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]+/).map { String($0.output) } }
        #expect(Set(facts(zh)) == Set(facts(en)), "\(zh) | \(en)")
    }

    @Test func theWordsOfSomeExclusions() {
        #expect(Exclusion.atCapacity(open: 4, limit: 4).text(in: .zh) == "其已承办4件在办案件，上限为4件")
        #expect(Exclusion.onLeave(from: Self.leave.0, through: Self.leave.1).text(in: .zh) == "其自2026-12-01至2026-12-10休假")
        #expect(Exclusion.lacksRole(required: .lawyer, holds: [.mediator, .psychologist]).text(in: .zh) == "此席位需要律师，其身份为调解员、心理咨询师")
        #expect(Exclusion.missingCredential(required: [.seniorMediator, .retiredJudge]).text(in: .zh) == "此席位需要以下资质之一：资深调解员、退休法官")
    }

    @Test func aRuleTallyNamesTheRulesMostFirst() {
        let counts: [HardRuleName: Int] = [.partyVeto: 1, .capacity: 3, .role: 3]
        #expect(HardRuleName.tally(counts, in: .zh) == "身份不符 3、已满负荷 3、当事人申请回避 1")
        #expect(HardRuleName.tally(counts, in: .en) == "role 3, capacity 3, party_veto 1")
        #expect(Set(HardRuleName.allCases.map { $0.name(in: .zh) }).count == HardRuleName.allCases.count)
    }

    /// Every cause and every remedy of an empty seat.
    static let emptySeats: [BatchPlan.EmptySeat] = {
        let causes: [BatchPlan.EmptySeat.Cause] = [.outplaced(eligible: 2), .noneHoldsRole, .allExcluded([.capacity: 2, .conflictOfInterest: 1])]
        let remedies: [BatchPlan.EmptySeat.Remedy] = [.raiseCapacity("E-0003"), .noneNear] + exclusions.map { .lift($0, expert: "E-0004") }
        return causes.flatMap { cause in
            remedies.map { BatchPlan.EmptySeat(caseID: "C-2026-00001", seat: 1, role: .lawyer, cause: cause, remedy: $0) }
        }
    }()

    @Test(arguments: emptySeats)
    func anEmptySeatSaysWhyAndHowToFillItInChinese(_ seat: BatchPlan.EmptySeat) {
        for text in [seat.reason(in: .zh), seat.relaxation(in: .zh)] {
            #expect(hasChinese(text) && englishWords(in: text).isEmpty, "untranslated: \(text)")
        }
        #expect(seat.reason == seat.reason(in: .en) && seat.relaxation == seat.relaxation(in: .en))
        #expect(!hasChinese(seat.reason) && !hasChinese(seat.relaxation))
    }
}

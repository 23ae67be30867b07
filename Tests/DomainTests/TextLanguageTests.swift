import Domain
import Testing

/// The names and triage signals every page shows, in both languages.
@Suite struct TextLanguageTests {
    /// Each name in Chinese is Chinese, and the names of one kind are all different in either language.
    func check(_ names: [(zh: String, en: String)], _ kind: String) {
        for name in names {
            #expect(name.zh.unicodeScalars.allSatisfy { $0.value > 0x2E80 }, "\(kind): \(name.zh) is not all Chinese")
            #expect(name.en.unicodeScalars.allSatisfy(\.isASCII) && !name.en.isEmpty, "\(kind): \(name.en) is not English")
        }
        #expect(Set(names.map(\.zh)).count == names.count && Set(names.map(\.en)).count == names.count, "\(kind) names repeat")
    }

    @Test func everyNameOfTheDomainHasAChineseAndAnEnglishForm() {
        check(ExpertRole.allCases.map { ($0.name(in: .zh), $0.name(in: .en)) }, "role")
        check(Credential.allCases.map { ($0.name(in: .zh), $0.name(in: .en)) }, "credential")
        check(DeclaredRelation.Nature.allCases.map { ($0.name(in: .zh), $0.name(in: .en)) }, "relation")
        check(Difficulty.allCases.map { ($0.name(in: .zh), $0.name(in: .en)) }, "difficulty")
        check(DisputeType.allCases.map { ($0.name(in: .zh), $0.name(in: .en)) }, "dispute type")
        check(ScoreTermName.allCases.map { ($0.name(in: .zh), $0.name(in: .en)) }, "score term")
        check(Weekday.allCases.map { ($0.name(in: .zh), $0.name(in: .en)) }, "weekday")
        #expect(ScoreTermName.trackRecord.name(in: .en) == "track record" && Weekday.thursday.name(in: .zh) == "周四")
    }

    @Test func theTriageSignalsOfACaseReadInEitherLanguage() {
        var dispute = sampleCase()
        dispute.amountYuan = 250_000
        dispute.priorMediations = 3
        dispute.petitions = 2
        dispute.escalationRisk = true
        let signals = Triage.signals(of: dispute)
        #expect(signals == [.largeAmount(yuan: 250_000), .failedMediations(3), .petitions(2), .escalationRisk])
        #expect(signals.map { $0.text(in: .zh) } == ["争议金额¥250000", "此前3次调解未成", "已信访2次", "有矛盾激化风险"])
        #expect(signals.map(\.description) == ["¥250000 at stake", "3 earlier mediations failed", "2 petitions lodged", "risk of escalation"])
        #expect(Triage.Signal.group(parties: 7).text(in: .zh) == "当事人7人（群体性纠纷）")
    }

    @Test func listsAreJoinedAsEachLanguageJoinsThem() {
        #expect(TextLanguage.zh.list(["调解员", "律师"]) == "调解员、律师")
        #expect(TextLanguage.en.list(["mediator", "lawyer"]) == "mediator, lawyer")
    }
}

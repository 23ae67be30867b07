import Domain
import Foundation
import Matching
import Services
import Store
import TestSupport
import Testing

/// What the services explain (why not an expert, why a time, when a session sits) reads in Chinese as well
/// as English, on the Xigang data.
@Suite struct ExplanationLanguageTests {
    static let today = XigangGenerator.defaultAsOf

    @Test func whyNotAnswersEveryExpertOfACaseInChinese() throws {
        let database = MatchingServiceTests.database, service = MatchingService(database: database)
        var kinds = Set<String>()
        for dispute in try database.cases(.open).prefix(12) {
            let found = try service.recommend(dispute.id, today: Self.today)
            for expert in try database.experts() {
                let answer = found.whyNot(expert.id)
                kinds.insert(String(describing: answer).prefix { $0 != "(" }.description)
                let zh = WhyNotText.describe(answer, in: .zh)
                #expect(hasChinese(zh) && englishWords(in: zh).isEmpty, "untranslated: \(zh)")
                #expect(WhyNotText.describe(answer) == WhyNotText.describe(answer, in: .en) && !WhyNotText.describe(answer).contains("其"))
            }
        }
        #expect(kinds.isSuperset(of: ["onPanel", "excluded", "outranked"]), "the cases exercise the main answers: \(kinds)")
        #expect(WhyNotText.describe(.unknownExpert("E-9999"), in: .zh) == "没有编号为E-9999的专家。")
    }

    @Test func schedulingOptionsGiveTheirReasonsInTheAskedLanguage() throws {
        let database = try SchedulingServiceTests.assigned(), service = SchedulingService(database: database)
        let now = SchedulingServiceTests.now
        let dispute = try #require(try database.cases(CaseFilter(statuses: [.assigned])).first {
            try !service.options(for: $0.id, now: now).options.isEmpty
        })
        let english = try service.options(for: dispute.id, now: now), chinese = try service.options(for: dispute.id, now: now, language: .zh)
        #expect(chinese.options.map(\.session) == english.options.map(\.session), "the language changes the words, not the options")
        for option in chinese.options {
            #expect(option.reasons.count == 3)
            for reason in option.reasons { #expect(hasChinese(reason) && englishWords(in: reason).isEmpty, "untranslated: \(reason)") }
        }
        #expect(chinese.options[0].reasons[0].hasPrefix("调解小组全体（"))
        #expect(english.options[0].reasons[0].hasPrefix("the whole panel ("))
    }

    @Test func aCaseWithoutASlotSaysWhyInChinese() throws {
        let database = try SchedulingServiceTests.assigned(), service = SchedulingService(database: database)
        let now = SchedulingServiceTests.now
        let dispute = try #require(try database.cases(CaseFilter(statuses: [.assigned])).first)
        let lead = try #require(try database.assignments(caseID: dispute.id).first { $0.status.holdsSeat })
        var expert = try #require(try database.expert(lead.expertID))
        let today = CalendarDay(containing: now, in: .deploymentDefault)
        expert.leave.append(LeavePeriod(from: today, through: today.adding(days: 60)))
        try database.updateExpert(expert, audit: AuditContext(at: now, actor: "test", reason: "a long leave"))

        let noSlot = try #require(try service.options(for: dispute.id, now: now, language: .zh).noSlot)
        #expect(noSlot.hasPrefix("\(SchedulingPolicy().horizonDays)天内没有可安排的时间：") && englishWords(in: noSlot).isEmpty, "\(noSlot)")
        let refusal = #expect(throws: DomainError.self) { try service.book(dispute.id, now: now, language: .zh) }
        #expect(refusal == .conflict(record: "case \(dispute.id)", reason: noSlot))
    }

    @Test func aSessionsTimeReadsWithTheWeekdayOfEitherLanguage() {
        let start = TestTime.at(CalendarDay("2026-12-03")!, hour: 9)
        let session = Session(id: "S-0001", caseID: "C-2026-00001", venueID: "V-01", startsAt: start,
            endsAt: start.addingTimeInterval(90 * 60), panel: ["E-0001"])
        #expect(session.timeText() == "2026-12-03 Thu 09:00–10:30")
        #expect(session.timeText(in: .zh) == "2026-12-03 周四 09:00–10:30")
        #expect(session.hoursText() == "09:00–10:30")
    }
}

extension ExplanationLanguageTests {
    @Test func aRefusedManualChoiceSaysWhyInEitherLanguage() {
        let refusal = ManualAssignment.Refusal.excluded("E-0007", seat: 1, of: "C-2026-00042", [.atCapacity(open: 5, limit: 5), .inactive])
        #expect(refusal.text(in: .zh) == "E-0007不能担任案件C-2026-00042第1席：其已承办5件在办案件，上限为5件；其已被标记为停用。")
        #expect(refusal.description == "E-0007 cannot take seat 1 of case C-2026-00042: they already hold 5 of 5 open cases; they are marked inactive.")
        #expect(ManualAssignment.Refusal.noSuchSeat(4, of: "C-2026-00042", seats: 3).text(in: .zh) == "案件C-2026-00042的席位为0至2，没有第4席。")
        #expect(ManualAssignment.Refusal.caseClosed("C-2026-00042").text(in: .zh) == "案件C-2026-00042已结案，调解小组不能再变更。")
    }
}

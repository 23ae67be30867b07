import Domain
import Scheduling
import TestSupport
import Testing

/// Why a time does not work, and why a session has no place, in Chinese and English.
@Suite struct ConflictTextTests {
    /// Two experts and the parties, a room and the online room, and a case of two sessions.
    static let model: ScheduleModel = {
        var model = ScheduleModel(rules: .init(grainsPerDay: 16, days: 2))
        model.addPerson(id: "E-0001", isStaff: true, available: TimeSet([0..<32]))
        model.addPerson(id: "E-0002", isStaff: true, available: TimeSet([0..<32]))
        model.addPerson(id: "P-0001", isStaff: false, available: TimeSet([0..<32]))
        model.addVenue(id: "V-XG-01", zone: 1, open: TimeSet([0..<32]))
        model.addVenue(id: "V-ONLINE", zone: nil, open: TimeSet([0..<32]))
        model.addRequest(.init(id: "S-0001", caseID: "C-2026-00001", duration: 4, people: [0, 2], venues: [.init(venue: 0)]))
        model.addRequest(.init(id: "S-0002", caseID: "C-2026-00001", order: 1, duration: 4, people: [0, 1, 2], venues: [.init(venue: 0)]))
        return model
    }()

    /// One conflict of every kind.
    static let conflicts: [Conflict] = [
        .outsideHorizon, .crossesDays, .tooSoon(earliest: 6), .venueNotAllowed(venue: 1), .venueClosed(venue: 0),
        .venueTaken(venue: 0, by: 0), .unavailable(person: 1, grain: 3), .doubleBooked(person: 0, with: 0),
        .noTravelTime(person: 1, other: 0, needs: 2), .dailyGrains(person: 0, day: 0, limit: 24),
        .dailySessions(person: 0, day: 0, limit: 2), .followsUnplaced(previous: 0), .followUpTooEarly(previous: 0),
        .precedesFollowUp(next: 1),
    ]

    static let diagnoses: [Timetable.Diagnosis] =
        [.waitsFor(previous: 0), .neverFreeTogether(0, 1), .neverFreeLongEnough] + conflicts.map { .blocked($0) }

    static func time(_ grain: Int) -> String { "2026-12-0\(1 + grain / 16) \(9 + grain % 16 / 4):\(grain % 4 * 15)" }

    @Test(arguments: conflicts)
    func aConflictReadsInChineseWithTheSameNames(_ conflict: Conflict) {
        let zh = conflict.describe(in: Self.model, time: Self.time, language: .zh)
        let en = conflict.describe(in: Self.model, time: Self.time)
        #expect(hasChinese(zh) && englishWords(in: zh).isEmpty, "untranslated: \(zh)")
        #expect(!hasChinese(en))
        let names = { (text: String) in Set(text.matches(of: /[A-Z][A-Z0-9-]+|[0-9]+/).map { String($0.output) }) }
        #expect(names(zh) == names(en), "\(zh) | \(en)")
    }

    @Test(arguments: diagnoses)
    func aDiagnosisReadsInChinese(_ diagnosis: Timetable.Diagnosis) {
        let zh = diagnosis.describe(in: Self.model, time: Self.time, language: .zh)
        #expect(hasChinese(zh) && englishWords(in: zh).isEmpty, "untranslated: \(zh)")
        #expect(!hasChinese(diagnosis.describe(in: Self.model, time: Self.time)))
    }

    @Test func theWordsOfSomeConflicts() {
        #expect(Conflict.noTravelTime(person: 1, other: 0, needs: 2).describe(in: Self.model, time: Self.time, language: .zh)
            == "E-0002往返本会议与会议S-0001之间需要30分钟")
        #expect(Timetable.Diagnosis.neverFreeTogether(0, 1).describe(in: Self.model, time: Self.time, language: .zh)
            == "E-0001与E-0002在排期范围内从未同时有空")
    }
}

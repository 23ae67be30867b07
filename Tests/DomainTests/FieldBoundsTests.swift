import Domain
import Foundation
import Testing

/// The bounds that keep absurd numbers, dates and text out of every record, whichever door it comes in by.
@Suite struct FieldBoundsTests {
    static let caseBreakages: [Breakage<DisputeCase>] = [
        Breakage("opened in year 0", field: "opened_on") { $0.openedOn = day("0000-01-01"); $0.deadline = day("0000-01-31") },
        Breakage("opened after 2100", field: "opened_on") { $0.openedOn = day("2101-01-01"); $0.deadline = day("2101-01-31") },
        Breakage("a deadline in 9999", field: "deadline") { $0.deadline = day("9999-12-31") },
        Breakage("closed in 9999", field: "closed_on") { $0.status = .closed; $0.outcome = .settled; $0.closedOn = day("9999-12-31") },
        Breakage("an amount of 2^63-1", field: "amount_yuan") { $0.amountYuan = .max },
        Breakage("2^63-1 prior mediations", field: "prior_mediations") { $0.priorMediations = .max },
        Breakage("1001 petitions", field: "petitions") { $0.petitions = 1001 },
        Breakage("a NUL in the summary", field: "summary") { $0.summary = "物业费\u{0}争议" },
        Breakage("an escape in the summary", field: "summary") { $0.summary = "物业费\u{1B}[2J" },
        Breakage("a line break in the referral number", field: "referral_number") { $0.source = .courtReferral; $0.referralNumber = "A\nB" },
        Breakage("a control character in a party's name", field: "parties") { $0.parties[0].party.name = "张\u{7}伟" },
        Breakage("a control character in evidence", field: "evidence") { $0.source = .policeReferral; $0.referralNumber = "J-1"; $0.evidence = ["照片\u{0}"] },
    ]

    @Test(arguments: caseBreakages)
    func aCaseOutsideTheBoundsIsRefusedNamingTheField(_ breakage: Breakage<DisputeCase>) {
        var dispute = sampleCase()
        breakage.apply(&dispute)
        #expect(invalidField(#expect(throws: DomainError.self) { try dispute.validate() }) == breakage.field)
    }

    @Test func aSummaryMayHoldLineBreaksAndTabs() throws {
        var dispute = sampleCase()
        dispute.summary = "物业费争议\n\t三年未缴\r\n"
        try dispute.validate()
    }

    static let expertBreakages: [Breakage<Expert>] = [
        Breakage("a capacity of 2^63-1", field: "capacity") { $0.capacity = .max },
        Breakage("a capacity of 101", field: "capacity") { $0.capacity = 101 },
        Breakage("leave from 0001 to 9999", field: "leave") { $0.leave = [LeavePeriod(from: day("0001-01-01"), through: day("9999-12-31"))] },
        Breakage("leave of three years", field: "leave") { $0.leave = [LeavePeriod(from: day("2026-01-01"), through: day("2028-12-31"))] },
        Breakage("joined in year 1", field: "joined_on") { $0.joinedOn = day("0001-01-01") },
        Breakage("a NUL in the name", field: "name") { $0.name = "王建国\u{0}" },
        Breakage("a line break in the name", field: "name") { $0.name = "王\n建国" },
        Breakage("a control character in a relation", field: "relations") {
            $0.relations = [DeclaredRelation(.organisation(name: "某\u{1}公司"), nature: .employer)]
        },
    ]

    @Test(arguments: expertBreakages)
    func anExpertOutsideTheBoundsIsRefusedNamingTheField(_ breakage: Breakage<Expert>) {
        var expert = sampleExpert()
        breakage.apply(&expert)
        #expect(invalidField(#expect(throws: DomainError.self) { try expert.validate() }) == breakage.field)
    }

    @Test func twoYearsOfLeaveIsAllowed() throws {
        var expert = sampleExpert()
        expert.leave = [LeavePeriod(from: day("2026-01-01"), through: day("2027-12-31"))]
        try expert.validate()
    }

    static func profile(_ weights: [ScoreTermName: Double], rules: HardRuleSettings = HardRuleSettings(), name: String = "v") -> WeightsProfile {
        WeightsProfile(version: 2, name: name, weights: weights, rules: rules, createdAt: Date(timeIntervalSince1970: 0), createdBy: "test")
    }

    @Test func weightsAboveTheBoundOrWithAnOverflowingSumAreRefused() {
        for weights: [ScoreTermName: Double] in [[.specialty: 1e308, .load: 1e308], [.specialty: 1001], [.fairness: .greatestFiniteMagnitude]] {
            let error = #expect(throws: DomainError.self) { try Self.profile(weights).validate() }
            #expect(invalidField(error)?.hasPrefix("weights") == true || weights.keys.contains { $0.rawValue == invalidField(error) }, "\(weights)")
        }
    }

    @Test func ruleWindowsOutsideOneToTenYearsAreRefused() {
        for (rules, field) in [
            (HardRuleSettings(conflictLookbackDays: 1_000_000_000_000_000_000), "conflict_lookback_days"),
            (HardRuleSettings(fairnessWindowDays: 3651), "fairness_window_days"), (HardRuleSettings(strainWindowDays: 0), "strain_window_days"),
        ] {
            #expect(invalidField(#expect(throws: DomainError.self) { try Self.profile([.specialty: 1], rules: rules).validate() }) == field)
        }
    }

    @Test func aControlCharacterInAProfileNameIsRefused() {
        #expect(invalidField(#expect(throws: DomainError.self) { try Self.profile([.specialty: 1], name: "v\u{0}").validate() }) == "name")
    }

    @Test func aControlCharacterInAVenueOrAreaNameIsRefused() {
        let venue = Venue(id: "V-1", kind: .online, name: "线上\u{0}调解室", areaID: "210203", address: "online", coordinate: nil,
            capacity: nil, openingHours: [])
        #expect(invalidField(#expect(throws: DomainError.self) { try venue.validate() }) == "name")
        let area = Area(id: "210203", level: .district, parentID: nil, nameZh: "西岗\u{1B}区", pinyin: "Xigang",
            coordinate: Coordinate(latitude: 38.9, longitude: 121.6)!)
        #expect(invalidField(#expect(throws: DomainError.self) { try area.validate() }) == "name_zh")
    }

    @Test func aControlCharacterInAUsernameOrDisplayNameIsRefused() {
        for (username, displayName, field) in [("liu\u{0}na", "刘娜", "username"), ("liuna", "刘\u{8}娜", "display_name")] {
            let user = User(id: "U-1", username: username, displayName: displayName, role: .coordinator, passwordHash: "x",
                createdAt: Date(timeIntervalSince1970: 0))
            #expect(invalidField(#expect(throws: DomainError.self) { try user.validate() }) == field)
        }
    }
}

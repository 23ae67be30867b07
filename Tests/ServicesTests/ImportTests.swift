import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing

/// Import is all-or-nothing: a bad row names file, line, column and reason, and nothing is stored.
@Suite struct ImportTests {
    static let expertHeader =
        "id,name,roles,team,specialties,languages,credentials,home_community,advises_community,capacity,availability,leave,relations,active,joined_on"
    static let goodExpert =
        "E-0001,王建国,mediator,,NEIGHBOR:3,zh,,210203011001,,5,Mon 09:00-12:00,,,true,2020-03-01"

    static let caseHeader =
        "id,type,difficulty,source,referral_number,community,summary,amount_yuan,language,allows_online,prior_mediations,petitions,escalation_risk,opened_on,deadline,status,outcome,satisfaction,closed_on,parties,vetoes,panel"
    static func caseRow(id: String = "C-2026-00001", type: String = "NEIGHBOR", community: String = "210203011001", amount: String = "") -> String {
        "\(id),\(type),ordinary,walk_in,,\(community),漏水,\(amount),zh,false,0,0,false,2026-11-20,,intake,,,,P-000001|person|张伟|210203********1234||applicant,,"
    }

    struct BadFile: CustomTestStringConvertible, Sendable {
        let name: String
        let kind: RecordKind
        let text: String
        let line: Int
        let column: String?
        let reason: String
        var testDescription: String { name }
    }

    static let badFiles: [BadFile] = [
        BadFile(name: "a missing column", kind: .experts,
            text: expertHeader.replacingOccurrences(of: ",capacity", with: "") + "\n"
                + goodExpert.replacingOccurrences(of: ",5,Mon", with: ",Mon") + "\n",
            line: 1, column: "capacity", reason: "lacks this column"),
        BadFile(name: "an unknown dispute type", kind: .cases,
            text: caseHeader + "\n" + caseRow() + "\n" + caseRow(id: "C-2026-00002", type: "FAMILY_FEUD") + "\n",
            line: 3, column: "type", reason: "\"FAMILY_FEUD\" is not a known dispute type"),
        BadFile(name: "a duplicate ID in the file", kind: .experts,
            text: expertHeader + "\n" + goodExpert + "\n" + goodExpert + "\n",
            line: 3, column: "id", reason: "already known"),
        BadFile(name: "an unknown community", kind: .experts,
            text: expertHeader + "\n" + goodExpert.replacingOccurrences(of: "210203011001", with: "210203099999") + "\n",
            line: 2, column: "home_community", reason: "unknown community 210203099999"),
        BadFile(name: "a bad number", kind: .experts,
            text: expertHeader + "\n" + goodExpert.replacingOccurrences(of: ",5,Mon", with: ",five,Mon") + "\n",
            line: 2, column: "capacity", reason: "\"five\" is not a whole number"),
        BadFile(name: "a bad amount", kind: .cases,
            text: caseHeader + "\n" + caseRow(amount: "12k") + "\n",
            line: 2, column: "amount_yuan", reason: "\"12k\" is not a whole number"),
        BadFile(name: "a subdistrict where a community is needed", kind: .cases,
            text: caseHeader + "\n" + caseRow(community: "210203011") + "\n",
            line: 2, column: "community", reason: "is a subdistrict, not a community"),
    ]

    @Test(arguments: badFiles)
    func aBadRowIsReportedWithItsPlaceAndNothingIsStored(_ bad: BadFile) throws {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture(id: "E-0100")])
        let before = try database.counts()

        let importer = CSVImporter(database: database)
        let caught = #expect(throws: (any Error).self) { try importer.importCSV(bad.kind, text: bad.text, file: "upload.csv") }
        let error = try #require(caught)
        let first = try #require((error as? ImportFailure)?.errors.first ?? (error as? ImportError))
        #expect(first.file == "upload.csv")
        #expect(first.line == bad.line)
        #expect(first.column == bad.column)
        #expect(first.reason.contains(bad.reason), "\(first.reason)")
        #expect(try database.counts() == before)
    }

    @Test func anIDAlreadyStoredIsADuplicate() throws {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture(id: "E-0001")])
        let failure = #expect(throws: ImportFailure.self) {
            try CSVImporter(database: database).importCSV(.experts, text: Self.expertHeader + "\n" + Self.goodExpert + "\n", file: "e.csv")
        }
        #expect(failure?.errors.first?.description == "e.csv:2: column \"id\": expert E-0001 is already known.")
    }

    @Test func everyBadRowOfAFileIsReportedAtOnce() throws {
        let database = try AppDatabase.seededForTests()
        let text = Self.expertHeader + "\n" + Self.goodExpert.replacingOccurrences(of: ",5,", with: ",-1,") + "\n"
            + Self.goodExpert.replacingOccurrences(of: "E-0001", with: "E-0002").replacingOccurrences(of: "2020-03-01", with: "2020-13-01") + "\n"
        let failure = #expect(throws: ImportFailure.self) { try CSVImporter(database: database).importCSV(.experts, text: text, file: "e.csv") }
        #expect(failure?.errors.map(\.line) == [2, 3])
        #expect(failure?.description.hasSuffix("Nothing was imported: the database is unchanged.") == true)
    }

    @Test func aGoodFileIsStoredWhole() throws {
        let database = try AppDatabase.seededForTests()
        let text = Self.expertHeader + "\n" + Self.goodExpert + "\n"
            + Self.goodExpert.replacingOccurrences(of: "E-0001", with: "E-0002") + "\n"
        #expect(try CSVImporter(database: database).importCSV(.experts, text: text, file: "e.csv") == 2)
        #expect(try database.experts().map(\.id) == ["E-0001", "E-0002"])
    }

    @Test func aPanelMemberWithoutTheSeatsRoleIsRefused() throws {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture(id: "E-0001", roles: [.mediator])])
        let row = Self.caseRow().replacingOccurrences(of: ",intake,", with: ",assigned,") + "lawyer:E-0001"
        let failure = #expect(throws: ImportFailure.self) {
            try CSVImporter(database: database).importCSV(.cases, text: Self.caseHeader + "\n" + row + "\n", file: "c.csv")
        }
        #expect(failure?.errors.first?.column == "panel")
        #expect(try database.cases().isEmpty)
    }
}

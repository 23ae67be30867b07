import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing

/// An import keeps the rules the API keeps: capacity on open cases, one record per person, and bad bytes
/// reported where they are.
@Suite struct ImportInvariantTests {
    static func caseRow(_ id: String, status: String = "assigned", party: String = "P-000001|person|张伟|210203********1234||applicant",
        panel: String = "mediator:E-0001") -> String
    {
        ImportTests.caseRow(id: id).replacingOccurrences(of: ",intake,", with: ",\(status),")
            .replacingOccurrences(of: "P-000001|person|张伟|210203********1234||applicant", with: party) + panel
    }

    func database(capacity: Int) throws -> AppDatabase {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture(id: "E-0001", roles: [.mediator], capacity: capacity)])
        return database
    }

    @Test func openCasesMayNotSeatAnExpertBeyondCapacity() throws {
        let database = try database(capacity: 2)
        let rows = [
            Self.caseRow("C-2026-00001", party: "P-000001|person|张伟|210203********1234||applicant"),
            Self.caseRow("C-2026-00002", party: "P-000002|person|李娜|210203********5678||applicant"),
            Self.caseRow("C-2026-00003", party: "P-000003|person|赵强|210203********9012||applicant"),
        ]
        let failure = #expect(throws: ImportFailure.self) {
            try CSVImporter(database: database).importCSV(.cases, text: ([ImportTests.caseHeader] + rows).joined(separator: "\n") + "\n",
                file: "cases.csv")
        }
        let error = try #require(failure?.errors.first)
        #expect(error.line == 4 && error.column == "panel", "\(error)")
        #expect(error.reason.contains("over their capacity of 2"), "\(error)")
        #expect(try database.cases().isEmpty)
    }

    @Test func seatsAlreadyHeldCountAgainstCapacityButClosedCasesDoNot() throws {
        let database = try database(capacity: 1)
        let closed = Self.caseRow("C-2026-00001", status: "closed").replacingOccurrences(of: ",,,,P-", with: ",settled,satisfied,2026-11-30,P-")
        try CSVImporter(database: database).importCSV(.cases, text: ImportTests.caseHeader + "\n" + closed + "\n", file: "old.csv")
        try CSVImporter(database: database).importCSV(.cases,
            text: ImportTests.caseHeader + "\n" + Self.caseRow("C-2026-00002", party: "P-000002|person|李娜|210203********5678||applicant") + "\n",
            file: "first.csv")
        let failure = #expect(throws: ImportFailure.self) {
            try CSVImporter(database: database).importCSV(.cases,
                text: ImportTests.caseHeader + "\n" + Self.caseRow("C-2026-00003", party: "P-000003|person|赵强|210203********9012||applicant") + "\n",
                file: "second.csv")
        }
        #expect(failure?.errors.first?.description.contains("second.csv:2: column \"panel\": expert E-0001 would hold 2 open cases") == true,
            "\(failure?.description ?? "")")
        #expect(try database.cases().map(\.id).sorted() == ["C-2026-00001", "C-2026-00002"])
    }

    @Test func aNamesakeWithAnotherIdentityNumberUnderAKnownIDIsRefusedNamingTheLine() throws {
        let database = try database(capacity: 5)
        try CSVImporter(database: database).importCSV(.cases, text: ImportTests.caseHeader + "\n" + Self.caseRow("C-2026-00001") + "\n",
            file: "first.csv")
        let before = try #require(try database.party("P-000001"))
        let namesake = Self.caseRow("C-2026-00002", party: "P-000001|person|张伟|110102********4321||applicant")
        let failure = #expect(throws: ImportFailure.self) {
            try CSVImporter(database: database).importCSV(.cases, text: ImportTests.caseHeader + "\n" + namesake + "\n", file: "second.csv")
        }
        let error = try #require(failure?.errors.first)
        #expect(error.line == 2 && error.column == "parties")
        #expect(error.reason.contains("identity number 210203********1234, not 110102********4321"), "\(error)")
        #expect(try database.party("P-000001") == before)
        #expect(try database.dispute("C-2026-00002") == nil)
    }

    @Test func aNamesakeWithAnotherIdentityNumberInOneFileIsRefusedToo() throws {
        let database = try database(capacity: 5)
        let rows = [Self.caseRow("C-2026-00001"), Self.caseRow("C-2026-00002", party: "P-000001|person|张伟|110102********4321||applicant")]
        let failure = #expect(throws: ImportFailure.self) {
            try CSVImporter(database: database).importCSV(.cases, text: ([ImportTests.caseHeader] + rows).joined(separator: "\n") + "\n",
                file: "cases.csv")
        }
        #expect(failure?.errors.map(\.line) == [3])
        #expect(try database.party("P-000001") == nil)
    }

    @Test func aReturningPartyUnderItsIDAndIdentityNumberIsTheSamePerson() throws {
        let database = try database(capacity: 5)
        let rows = [Self.caseRow("C-2026-00001"), Self.caseRow("C-2026-00002")]
        try CSVImporter(database: database).importCSV(.cases, text: ([ImportTests.caseHeader] + rows).joined(separator: "\n") + "\n",
            file: "cases.csv")
        #expect(try database.counts().parties == 1)
        #expect(try database.dispute("C-2026-00002")?.parties.first?.party.identity?.text == "210203********1234")
    }

    @Test func bytesThatAreNotUTF8AreReportedOnTheirLine() throws {
        let database = try database(capacity: 5)
        var data = Data((ImportTests.caseHeader + "\n" + Self.caseRow("C-2026-00001") + "\n").utf8)
        data += Data("C-2026-00002,NEIGHBOR,ordinary,walk_in,,210203011001,".utf8) + Data([0xC4, 0xE3, 0xBA, 0xC3]) + Data(",,zh\n".utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gbk-\(UUID().uuidString).csv")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = #expect(throws: ImportError.self) { try CSVImporter(database: database).importFile(.cases, at: file) }
        #expect(error?.line == 3, "\(error.map(\.description) ?? "")")
        #expect(error?.reason.contains("byte 54 of the line is not UTF-8") == true, "\(error.map(\.description) ?? "")")
        #expect(try database.cases().isEmpty)
    }
}

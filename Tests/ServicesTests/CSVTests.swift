import Services
import Testing

@Suite struct CSVTests {
    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let text = "id,summary\nC-1,\"漏水, 双方\"\"争执\"\"\"\nC-2,\"two\nlines\"\nC-3,plain\n"
        let records = try CSV.parse(text, file: "cases.csv")
        #expect(records.map(\.fields) == [["id", "summary"], ["C-1", "漏水, 双方\"争执\""], ["C-2", "two\nlines"], ["C-3", "plain"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func byteOrderMarkAndWindowsLineEndsAreAccepted() throws {
        let records = try CSV.parse("\u{FEFF}a,b\r\n1,2\r\n", file: "x.csv")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func blankLinesAreSkippedButKeepTheLineCount() throws {
        let records = try CSV.parse("a\n\n1\n", file: "x.csv")
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func anUnclosedQuoteNamesTheLineWhereTheFieldStarts() throws {
        let error = #expect(throws: ImportError.self) { try CSV.parse("a,b\n1,\"open\n2,3\n", file: "x.csv") }
        #expect(error?.line == 2)
        #expect(error?.description.contains("x.csv:2") == true)
    }

    @Test func aQuoteInsideAnUnquotedFieldIsRefused() {
        #expect(throws: ImportError.self) { try CSV.parse("a\nab\"c\n", file: "x.csv") }
    }

    @Test func writtenTextParsesBackToTheSameFields() throws {
        let rows = [["E-1", "王, \"老\" 师", "line\nbreak"], ["E-2", "", "plain"]]
        let text = CSV.write(header: ["id", "name", "note"], rows: rows)
        #expect(try CSV.parse(text, file: "x.csv").dropFirst().map(\.fields) == rows)
    }

    @Test func aHeaderWithoutARequiredColumnIsRefusedOnLineOne() throws {
        let error = #expect(throws: ImportError.self) {
            try CSVTable(text: "id,name\nE-1,王\n", file: "experts.csv", columns: ["id", "name", "capacity"])
        }
        #expect(error?.line == 1)
        #expect(error?.column == "capacity")
    }

    @Test func aLineWithTheWrongNumberOfFieldsIsRefused() throws {
        let error = #expect(throws: ImportError.self) {
            try CSVTable(text: "id,name\nE-1,王,extra\n", file: "experts.csv", columns: ["id", "name"])
        }
        #expect(error?.line == 2)
    }
}

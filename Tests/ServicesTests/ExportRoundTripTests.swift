import Domain
import Services
import Store
import TestSupport
import Testing

@Suite struct ExportRoundTripTests {
    /// Exporting the Xigang data and importing it into an empty database gives the same records back.
    @Test(arguments: [RecordKind.areas, .venues, .experts, .cases])
    func anExportImportsBackUnchanged(_ kind: RecordKind) throws {
        let source = try AppDatabase.inMemory()
        try source.insertDataset(XigangFixtureTests.dataset, label: "test")
        let target = try AppDatabase.inMemory()
        let order: [RecordKind] = [.areas, .venues, .experts, .cases]
        for earlier in order.prefix(while: { $0 != kind }) {
            try CSVImporter(database: target).importCSV(earlier, text: try CSVExporter(database: source).export(earlier), file: "\(earlier).csv")
        }
        let text = try CSVExporter(database: source).export(kind)
        try CSVImporter(database: target).importCSV(kind, text: text, file: "\(kind).csv")
        #expect(try CSVExporter(database: target).export(kind) == text)
        switch kind {
        case .areas: #expect(try target.areas() == source.areas())
        case .venues: #expect(try target.venues() == source.venues())
        case .experts: #expect(try target.experts() == source.experts())
        case .cases:
            #expect(try target.cases() == source.cases())
            #expect(try target.allAssignments().count == source.allAssignments().count)
        }
    }
}

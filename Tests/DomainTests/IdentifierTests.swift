import Domain
import Foundation
import Testing

@Suite struct IdentifierTests {
    struct Holder: Codable, Equatable {
        var expert: Expert.ID
        var cases: [DisputeCase.ID]
    }

    @Test func codesAsAPlainString() throws {
        let holder = Holder(expert: "E-0112", cases: ["C-2026-00042"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(holder), as: UTF8.self)
        #expect(json == #"{"cases":["C-2026-00042"],"expert":"E-0112"}"#)
        #expect(try JSONDecoder().decode(Holder.self, from: Data(json.utf8)) == holder)
    }

    @Test func decodingRefusesANumber() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Holder.self, from: Data(#"{"expert":112,"cases":[]}"#.utf8))
        }
    }

    @Test func printsAndSortsByItsCode() {
        let ids: [Expert.ID] = ["E-0112", "E-0003", "E-0020"]
        #expect(ids.sorted().map(\.description) == ["E-0003", "E-0020", "E-0112"])
        #expect(Expert.ID("E-0112") == Expert.ID(rawValue: "E-0112"))
        #expect("\(Expert.ID("E-0112"))" == "E-0112")
    }
}

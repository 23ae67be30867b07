import Domain
import Foundation
import Testing

@Suite struct MaskedIdentityNumberTests {
    @Test func masksTheEightBirthDigitsOfAFullNumber() throws {
        let masked = try #require(MaskedIdentityNumber("210203198001011234"))
        #expect(masked.text == "210203********1234")
        #expect(masked.description == "210203********1234")
    }

    @Test func acceptsAnAlreadyMaskedNumberUnchanged() {
        #expect(MaskedIdentityNumber("210203********1234")?.text == "210203********1234")
    }

    @Test func readsALowercaseCheckLetterAsX() {
        #expect(MaskedIdentityNumber("21020319850615002x")?.text == "210203********002X")
    }

    @Test(arguments: [
        "", "21020319800101123", "2102031980010112345", "210203198001011X34", "21020319800101123Y",
        "A10203198001011234", "210203****01011234", "210203 198001011234", "２10203198001011234",
    ])
    func rejectsWhatIsNotAnIdentityNumber(_ text: String) {
        #expect(MaskedIdentityNumber(text) == nil)
    }

    @Test func codingNeverWritesTheFullNumber() throws {
        let data = try JSONEncoder().encode([MaskedIdentityNumber("210203198001011234")!])
        #expect(String(decoding: data, as: UTF8.self) == #"["210203********1234"]"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([MaskedIdentityNumber].self, from: Data(#"["12345"]"#.utf8))
        }
    }
}

import Domain
import Testing

@Suite struct DomainErrorTests {
    @Test(arguments: [
        (DomainError.invalid(record: "expert E-0112", field: "capacity", reason: "-1 is negative"),
            "The capacity of expert E-0112 is invalid: -1 is negative."),
        (.unknownReference(record: "expert E-0112", field: "home_community_id", kind: "community", id: "210203099001"),
            "The home_community_id of expert E-0112 names community 210203099001, which does not exist."),
        (.duplicate(kind: "case", id: "C-2026-00042"), "There is already a case with ID C-2026-00042."),
        (.notFound(kind: "assignment", id: "A-000007"), "There is no assignment with ID A-000007."),
        (.illegalTransition(caseID: "C-2026-00042", from: "closed", to: "matching"),
            "Case C-2026-00042 cannot move from closed to matching; it is closed."),
    ])
    func errorReadsAsASentenceNamingTheRecord(_ error: DomainError, _ sentence: String) {
        #expect(error.description == sentence)
    }

    @Test func validationErrorsNameTheirRecordAndEndWithAFullStop() {
        var expert = sampleExpert()
        expert.capacity = -3
        let error = #expect(throws: DomainError.self) { try expert.validate() }
        #expect(error?.description == "The capacity of expert E-0112 is invalid: -3 is negative.")
    }
}

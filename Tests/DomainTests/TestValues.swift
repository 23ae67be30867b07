import Domain
import Foundation

// Small values for the domain tests, which depend on Domain alone (TestSupport needs Store).

func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

func sampleExpert() -> Expert {
    Expert(
        id: "E-0112", name: "王建国", roles: [.mediator, .lawyer], team: .family,
        specialties: [Specialty(.marriageFamily, level: 4), Specialty(.neighbor, level: 2)],
        homeCommunityID: "210203011001", capacity: 5,
        leave: [LeavePeriod(from: day("2026-12-01"), through: day("2026-12-10"))], joinedOn: day("2020-03-01"))
}

let applicant = Party(id: "P-0001", kind: .person, name: "张伟", identity: MaskedIdentityNumber("210203198001011234"))
let respondent = Party(id: "P-0002", kind: .organisation, name: "大连某物业有限公司")

func sampleCase() -> DisputeCase {
    DisputeCase(
        id: "C-2026-00042", type: .propertyManagement, difficulty: .ordinary, source: .walkIn,
        communityID: "210203011001", summary: "物业费争议", amountYuan: 3_600,
        parties: [CaseParty(applicant, role: .applicant), CaseParty(respondent, role: .respondent)],
        vetoes: [PartyVeto(partyID: "P-0001", expertID: "E-0112")], openedOn: day("2026-11-30"))
}

/// The field a validation error names, or nil for any other error.
func invalidField(_ error: DomainError?) -> String? {
    guard case let .invalid(_, field, _) = error else { return nil }
    return field
}

/// One way to break a record, for tables of validation tests.
struct Breakage<Record>: Sendable, CustomStringConvertible {
    let description: String
    /// The field the validation error must name.
    let field: String
    let apply: @Sendable (inout Record) -> Void

    init(_ description: String, field: String, _ apply: @escaping @Sendable (inout Record) -> Void) {
        self.description = description
        self.field = field
        self.apply = apply
    }
}

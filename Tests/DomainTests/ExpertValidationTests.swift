import Domain
import Testing

@Suite struct ExpertValidationTests {
    @Test func sampleExpertIsValid() throws {
        try sampleExpert().validate()
    }

    static let breakages: [Breakage<Expert>] = [
        Breakage("blank name", field: "name") { $0.name = "  " },
        Breakage("no role", field: "roles") { $0.roles = [] },
        Breakage("negative capacity", field: "capacity") { $0.capacity = -1 },
        Breakage("team without being a lawyer", field: "team") { $0.roles = [.mediator] },
        Breakage("specialty level 0", field: "specialties") { $0.specialties = [Specialty(.neighbor, level: 0)] },
        Breakage("specialty level 6", field: "specialties") { $0.specialties = [Specialty(.neighbor, level: 6)] },
        Breakage("specialty listed twice", field: "specialties") {
            $0.specialties = [Specialty(.labor, level: 2), Specialty(.labor, level: 3)]
        },
        Breakage("leave ending before it starts", field: "leave") {
            $0.leave = [LeavePeriod(from: day("2026-12-10"), through: day("2026-12-01"))]
        },
    ]

    @Test(arguments: breakages)
    func invalidExpertIsRefusedNamingTheField(_ breakage: Breakage<Expert>) {
        var expert = sampleExpert()
        breakage.apply(&expert)
        let error = #expect(throws: DomainError.self) { try expert.validate() }
        #expect(invalidField(error) == breakage.field)
        #expect(error?.description.contains("expert E-0112") == true)
    }

    @Test func zeroCapacityIsAllowedForAnExpertWhoTakesNoCases() throws {
        var expert = sampleExpert()
        expert.capacity = 0
        try expert.validate()
    }

    @Test func oneDayLeaveIsValidAndCoversThatDay() throws {
        var expert = sampleExpert()
        expert.leave = [LeavePeriod(from: day("2026-12-24"), through: day("2026-12-24"))]
        try expert.validate()
        #expect(expert.leave(on: day("2026-12-24")) != nil)
        #expect(expert.leave(on: day("2026-12-25")) == nil)
    }

    @Test func levelIsNilOutsideTheExpertsSpecialties() {
        #expect(sampleExpert().level(in: .marriageFamily) == 4)
        #expect(sampleExpert().level(in: .medical) == nil)
    }

    @Test func leavePeriodParsesTwoDaysJoinedByTwoDots() {
        let period = LeavePeriod("2026-12-01..2026-12-10")
        #expect(period?.from == day("2026-12-01"))
        #expect(period?.through == day("2026-12-10"))
        #expect(period?.description == "2026-12-01..2026-12-10")
        #expect(LeavePeriod("2026-12-01-2026-12-10") == nil)
    }
}

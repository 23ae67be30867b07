import Domain
import Testing

@Suite struct DisputeCaseValidationTests {
    @Test func sampleCaseIsValidAndRunsThirtyDays() throws {
        let dispute = sampleCase()
        try dispute.validate()
        #expect(dispute.deadline == day("2026-12-30"))
        #expect(dispute.isOpen)
    }

    @Test(arguments: [CaseSource.policeReferral, .courtReferral])
    func referralFromPoliceOrCourtNeedsItsNumber(_ source: CaseSource) throws {
        var dispute = sampleCase()
        dispute.source = source
        let error = #expect(throws: DomainError.self) { try dispute.validate() }
        #expect(invalidField(error) == "referral_number")
        dispute.referralNumber = "  "
        #expect(throws: DomainError.self) { try dispute.validate() }
        dispute.referralNumber = "西公(香)调字〔2026〕118号"
        try dispute.validate()
    }

    @Test(arguments: [CaseSource.walkIn, .online, .hotline])
    func otherSourcesNeedNoReferralNumber(_ source: CaseSource) throws {
        var dispute = sampleCase()
        dispute.source = source
        try dispute.validate()
    }

    @Test func closedCaseNeedsOutcomeAndClosingDay() throws {
        var dispute = sampleCase()
        dispute.status = .closed
        #expect(invalidField(#expect(throws: DomainError.self) { try dispute.validate() }) == "outcome")
        dispute.outcome = .settled
        #expect(invalidField(#expect(throws: DomainError.self) { try dispute.validate() }) == "outcome")
        dispute.closedOn = day("2026-12-08")
        dispute.satisfaction = .basicallySatisfied
        try dispute.validate()
        #expect(!dispute.isOpen)
    }

    @Test func caseCannotCloseBeforeItOpened() {
        var dispute = sampleCase()
        dispute.status = .closed
        dispute.outcome = .withdrawn
        dispute.closedOn = day("2026-11-29")
        #expect(invalidField(#expect(throws: DomainError.self) { try dispute.validate() }) == "closed_on")
    }

    static let closingFieldsOnAnOpenCase: [Breakage<DisputeCase>] = [
        Breakage("outcome", field: "outcome") { $0.outcome = .settled },
        Breakage("satisfaction", field: "outcome") { $0.satisfaction = .satisfied },
        Breakage("closing day", field: "outcome") { $0.closedOn = day("2026-12-01") },
    ]

    @Test(arguments: closingFieldsOnAnOpenCase)
    func openCaseHasNoClosingFields(_ breakage: Breakage<DisputeCase>) {
        var dispute = sampleCase()
        breakage.apply(&dispute)
        #expect(invalidField(#expect(throws: DomainError.self) { try dispute.validate() }) == breakage.field)
    }

    static let breakages: [Breakage<DisputeCase>] = [
        Breakage("no parties", field: "parties") { $0.parties = []; $0.vetoes = [] },
        Breakage("a party listed twice", field: "parties") {
            $0.parties.append(CaseParty(applicant, role: .thirdParty))
        },
        Breakage("a veto by someone who is not a party", field: "vetoes") {
            $0.vetoes.append(PartyVeto(partyID: "P-9999", expertID: "E-0112"))
        },
        Breakage("a negative amount", field: "amount_yuan") { $0.amountYuan = -1 },
        Breakage("negative prior mediations", field: "prior_mediations") { $0.priorMediations = -1 },
        Breakage("negative petitions", field: "petitions") { $0.petitions = -2 },
        Breakage("deadline before opening", field: "deadline") { $0.deadline = day("2026-11-29") },
    ]

    @Test(arguments: breakages)
    func invalidCaseIsRefusedNamingTheField(_ breakage: Breakage<DisputeCase>) {
        var dispute = sampleCase()
        breakage.apply(&dispute)
        let error = #expect(throws: DomainError.self) { try dispute.validate() }
        #expect(invalidField(error) == breakage.field)
        #expect(error?.description.contains("case C-2026-00042") == true)
    }

    @Test func caseIsOverdueOnlyAfterThirtyOpenDays() {
        var dispute = sampleCase()
        #expect(!dispute.isOverdue(on: day("2026-12-30")))
        #expect(dispute.isOverdue(on: day("2026-12-31")))
        dispute.status = .closed
        #expect(!dispute.isOverdue(on: day("2026-12-31")))
    }
}

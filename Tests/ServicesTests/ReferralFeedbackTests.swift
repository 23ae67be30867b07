import Domain
import Foundation
import Services
import Store
import TestSupport
import Testing

@Suite struct ReferralFeedbackTests {
    @Test func everyReferralIsReportedWithItsOutcomeAndNoPartyData() throws {
        let database = try AppDatabase.inMemory()
        try database.insertDataset(XigangFixtureTests.dataset, label: "test")
        let feedback = ReferralFeedback(database: database)
        let police = try feedback.rows(source: .policeReferral)
        let court = try feedback.rows(source: .courtReferral)
        let referred = XigangFixtureTests.dataset.cases.filter { $0.source.needsReferralNumber }
        #expect(police.count + court.count == referred.count && !police.isEmpty && !court.isEmpty)
        for row in police + court {
            let dispute = try #require(referred.first { $0.id == row.caseID })
            #expect(row.referralNumber == dispute.referralNumber && row.outcome == dispute.outcome && row.closedOn == dispute.closedOn)
        }
        let csv = try feedback.csv(source: .courtReferral)
        #expect(csv.hasPrefix("referral_number,source,case_id,received_on,status,outcome,closed_on,satisfaction\n"))
        for dispute in referred { for party in dispute.parties { #expect(!csv.contains(party.party.name)) } }
    }

    @Test func policeReferralsCarryTheirEvidenceAndOthersCannot() throws {
        let dataset = XigangFixtureTests.dataset
        #expect(dataset.cases.filter { $0.source == .policeReferral }.allSatisfy { $0.evidence.first == "报警记录 call record" })
        var walkIn = try #require(dataset.cases.first { $0.source == .walkIn })
        walkIn.evidence = ["photos"]
        let error = #expect(throws: DomainError.self) { try walkIn.validate() }
        #expect(error?.description == "The evidence of case \(walkIn.id) is invalid: only a police referral carries an evidence list.")
        // Stored and read back in order.
        let database = try AppDatabase.inMemory()
        try database.insertDataset(dataset, label: "test")
        let police = try #require(dataset.cases.first { $0.source == .policeReferral && $0.evidence.count > 2 })
        #expect(try database.dispute(police.id)?.evidence == police.evidence)
    }
}

import Domain
import Foundation
import Store
import Testing
import TestSupport

/// `auditRecordMismatches` replays the after-states the chain recorded against the rows as they are now.
@Suite struct AuditRecordStoreTests {
    /// A case taken in, an expert updated, a user created, a weights version added and activated, all audited.
    func auditedWorld() throws -> AppDatabase {
        let database = try AppDatabase.seededForTests()
        try database.insertExperts([.fixture(), .fixture(id: "E-0002", name: "李明")])
        let audit = AuditContext(at: TestTime.now, actor: "王主任", reason: "test")
        _ = try database.recordIntake(year: 2026, newParties: 0, returningParties: [], audit: audit) { _ in fullyDescribedCase() }
        var expert = fullyDescribedExpert(id: "E-0002")
        expert.isActive = true
        try database.updateExpert(expert, audit: audit)
        try database.createUser(.fixture(), audit: audit)
        try database.insertWeightsProfile(.fixture(version: 1), audit: audit)
        try database.activateWeights(version: 1, at: TestTime.now, by: "admin", reason: "first version")
        return database
    }

    @Test func rowsChangedThroughTheAppAgreeWithTheChain() throws {
        #expect(try auditedWorld().auditRecordMismatches() == [])
    }

    @Test func rowsChangedByHandInSQLAreNamedWithTheEventTheyContradict() throws {
        let database = try auditedWorld()
        try database.insertWeightsProfile(.fixture(version: 2, name: "candidate"))
        try database.executeForTesting("""
            UPDATE dispute_case SET status = 'closed', outcome = 'withdrawn', closed_on = '2026-11-30' WHERE id = 'C-2026-00042';
            UPDATE expert SET capacity = 99 WHERE id = 'E-0002';
            UPDATE app_user SET display_name = '别人' WHERE id = 'U-0001';
            INSERT INTO weights_activation (version, activated_at, activated_by, reason) VALUES (2, '2026-12-01 00:00:00.000', 'x', 'y');
            """)
        #expect(try database.auditRecordMismatches().map(\.text) == [
            "case C-2026-00042: closedOn is 2026-11-30 in the database, but the audit chain's last event (#1) says empty.",
            "case C-2026-00042: outcome is withdrawn in the database, but the audit chain's last event (#1) says empty.",
            "case C-2026-00042: status is closed in the database, but the audit chain's last event (#1) says in_mediation.",
            "expert E-0002: capacity is 99 in the database, but the audit chain's last event (#2) says 7.",
            "user U-0001: displayName is 别人 in the database, but the audit chain's last event (#3) says 协调员.",
            "weights active: version is 2 in the database, but the audit chain's last event (#5) says 1.",
        ])
    }
}

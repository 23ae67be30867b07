import Domain
import Foundation
import Store
import TestSupport

/// An expert with every field set, relations of both kinds and a leave, in the order the store returns them.
func fullyDescribedExpert(id: Expert.ID = "E-0112") -> Expert {
    .fixture(
        id: id, name: "刘淑珍", roles: [.mediator, .lawyer, .panelist], team: .elderly,
        specialties: [Specialty(.marriageFamily, level: 5), Specialty(.neighbor, level: 3), Specialty(.labor, level: 1)],
        languages: [.mandarin, .dalianDialect, .korean],
        credentials: [.licensedLawyer, .goldMedalMediator, .provincialMeritoriousMediator],
        homeCommunityID: TestAreas.tianchi, advisesCommunityID: TestAreas.yingchun, capacity: 7,
        availability: [
            TestTime.window("Mon 09:00-12:00"), TestTime.window("Mon 14:00-17:30"), TestTime.window("Sat 08:30-11:00"),
        ],
        leave: [
            LeavePeriod(from: TestTime.day("2026-12-01"), through: TestTime.day("2026-12-10")),
            LeavePeriod(from: TestTime.day("2027-02-10"), through: TestTime.day("2027-02-17")),
        ],
        relations: [
            DeclaredRelation(.person(name: "刘强", identity: MaskedIdentityNumber("210203197503150016")), nature: .relative),
            DeclaredRelation(.person(name: "赵敏", identity: nil), nature: .friend),
            DeclaredRelation(.organisation(name: "大连某物业有限公司"), nature: .client),
        ],
        isActive: false, joinedOn: TestTime.day("2015-06-01"))
}

/// A case with every field set, referred by the police, with a third party and a veto.
func fullyDescribedCase(id: DisputeCase.ID = "C-2026-00042") -> DisputeCase {
    .fixture(
        id: id, type: .propertyManagement, difficulty: .difficult, source: .policeReferral,
        referralNumber: "西公(香)调字〔2026〕118号", communityID: TestAreas.gengsheng, summary: "物业费与漏水维修纠纷",
        amountYuan: 12_800, language: .dalianDialect, allowsOnline: true, priorMediations: 2, petitions: 1,
        escalationRisk: true,
        parties: CaseParty.defaultPair + [
            CaseParty(.fixture(id: "P-0003", kind: .organisation, name: "大连某物业有限公司", organisation: "某集团"),
                role: .thirdParty)
        ],
        vetoes: [
            PartyVeto(partyID: "P-0001", expertID: "E-0001"), PartyVeto(partyID: "P-0002", expertID: "E-0001"),
        ],
        openedOn: TestTime.day("2026-11-20"), deadline: TestTime.day("2026-12-15"), status: .inMediation)
}

/// The `sequence`th event of a test chain, its hash derived from the sequence.
func auditDraft(_ number: Int, action: String = "case.create") -> AuditDraft {
    AuditDraft(
        at: TestTime.now.addingTimeInterval(Double(number) + 0.123_456), actor: "coordinator", action: action, recordType: "case",
        recordID: "C-2026-00001", before: number == 1 ? nil : #"{"status":"intake"}"#, after: #"{"status":"matching"}"#,
        reason: number == 1 ? nil : "triage done")
}

/// A database holding the test areas, Jiusan's room, experts E-0001…E-0003 and the default case.
func databaseWithOneCase() throws -> AppDatabase {
    let database = try AppDatabase.seededForTests()
    try database.insertVenues([.fixture()])
    try database.insertExperts([.fixture(), .fixture(id: "E-0002", name: "李明"), .fixture(id: "E-0003", name: "陈静")])
    try database.insertCases([.fixture()])
    return database
}

/// Whether `error` is SQLite refusing a write for the reason `message` (e.g. "FOREIGN KEY constraint failed").
func isRefusal(_ error: (any Error)?, _ message: String) -> Bool {
    guard let error else { return false }
    return String(describing: error).contains(message)
}

/// A fresh directory under the system's temporary directory, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fengqiao-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

import Domain
import Foundation

/// The columns of `cases.csv`. `parties` holds `ID|kind|name|identity|organisation|role` items,
/// `vetoes` holds `PARTY>EXPERT` items and `panel` the accepted seats as `role:EXPERT`, in seat order.
enum CaseCSV {
    static let columns = [
        "id", "type", "difficulty", "source", "referral_number", "evidence", "community", "summary", "amount_yuan", "language",
        "allows_online", "party_availability", "prior_mediations", "petitions", "escalation_risk", "opened_on", "deadline", "status",
        "outcome", "satisfaction", "closed_on", "parties", "vetoes", "panel",
    ]

    /// A seat of a case's panel as the file gives it.
    struct Seat: Hashable {
        var role: ExpertRole
        var expertID: Expert.ID
    }

    static func row(_ c: DisputeCase, panel: [Seat]) -> [String] {
        [
            c.id.rawValue, c.type.code, c.difficulty.rawValue, c.source.rawValue, c.referralNumber ?? "", CSVFormat.list(c.evidence),
            c.communityID.rawValue, c.summary, c.amountYuan.map(String.init) ?? "", c.language.rawValue,
            String(c.allowsOnline), CSVFormat.list(c.partyAvailability.map(\.description)), String(c.priorMediations), String(c.petitions), String(c.escalationRisk),
            c.openedOn.description, c.deadline.description, c.status.rawValue, c.outcome?.rawValue ?? "",
            c.satisfaction?.rawValue ?? "", c.closedOn?.description ?? "",
            CSVFormat.list(c.parties.map(partyText)),
            CSVFormat.list(c.vetoes.map { "\($0.partyID)>\($0.expertID)" }),
            CSVFormat.list(panel.map { "\($0.role.rawValue):\($0.expertID)" }),
        ]
    }

    static func decode(_ row: CSVRow) throws(ImportError) -> (DisputeCase, [Seat]) {
        let opened = try row.day("opened_on")
        let dispute = DisputeCase(
            id: DisputeCase.ID(try row.required("id")), type: try row.code("type", as: DisputeType.self, named: "dispute type"),
            difficulty: try row.code("difficulty", as: Difficulty.self, named: "difficulty"),
            source: try row.code("source", as: CaseSource.self, named: "case source"),
            referralNumber: row.optional("referral_number"),
            evidence: try row.list("evidence", expected: "an evidence item") { $0 },
            communityID: Area.ID(try row.required("community")),
            summary: row.text("summary"), amountYuan: try row.optionalInteger("amount_yuan"),
            language: try row.optionalCode("language", as: Language.self, named: "language") ?? .mandarin,
            allowsOnline: try row.boolean("allows_online"),
            partyAvailability: try row.list("party_availability", expected: "a weekly window like \"Sat 09:00-12:00\"") { WeeklyWindow($0) },
            priorMediations: try row.integer("prior_mediations"),
            petitions: try row.integer("petitions"), escalationRisk: try row.boolean("escalation_risk"),
            parties: try row.list("parties", expected: "a party like P-000001|person|NAME|IDENTITY|ORGANISATION|applicant", party),
            vetoes: try row.list("vetoes", expected: "a veto like P-000001>E-0001") { text in
                let ends = text.split(separator: ">")
                return ends.count == 2 ? PartyVeto(partyID: Party.ID(String(ends[0])), expertID: Expert.ID(String(ends[1]))) : nil
            },
            openedOn: opened, deadline: try row.optionalDay("deadline"),
            status: try row.code("status", as: CaseStatus.self, named: "case status"),
            outcome: try row.optionalCode("outcome", as: CaseOutcome.self, named: "outcome"),
            satisfaction: try row.optionalCode("satisfaction", as: Satisfaction.self, named: "satisfaction"),
            closedOn: try row.optionalDay("closed_on"))
        do {
            try dispute.validate()
        } catch {
            throw row.error(error.fieldName, error.reasonText)
        }
        let panel = try row.list("panel", expected: "a seat like mediator:E-0001") { text -> Seat? in
            let parts = text.split(separator: ":")
            guard parts.count == 2, let role = ExpertRole(rawValue: String(parts[0])) else { return nil }
            return Seat(role: role, expertID: Expert.ID(String(parts[1])))
        }
        return (dispute, panel)
    }

    static func partyText(_ entry: CaseParty) -> String {
        let p = entry.party
        return [p.id.rawValue, p.kind.rawValue, p.name, p.identity?.text ?? "", p.organisation ?? "", entry.role.rawValue]
            .joined(separator: "|")
    }

    private static func party(_ text: String) -> CaseParty? {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, !parts[0].isEmpty, !parts[2].isEmpty, let kind = Party.Kind(rawValue: parts[1]),
            let role = CaseParty.Role(rawValue: parts[5])
        else { return nil }
        var identity: MaskedIdentityNumber?
        if !parts[3].isEmpty {
            guard kind == .person, let masked = MaskedIdentityNumber(parts[3]) else { return nil }
            identity = masked
        }
        let party = Party(id: Party.ID(parts[0]), kind: kind, name: parts[2], identity: identity,
            organisation: parts[4].isEmpty ? nil : parts[4])
        return CaseParty(party, role: role)
    }
}

import Domain
import Foundation
import Hummingbird
import Services

/// Taking in a case from the pages: a coordinator fills one form (the type, where and how it came in, what
/// weighs on it, up to three parties) and lands on the new case's page, with the difficulty triage proposes
/// unless they chose one. A form that cannot be taken in comes back filled in as it was, saying which field.
extension PageRoutes {
    /// How many party rows the form offers; more parties are added through the API or the command line.
    static let intakePartyRows = 3

    func addIntakePages(to pages: RouterGroup<APIContext>) {
        pages.get("/cases/new") { request, context -> Response in
            _ = try context.reader(of: request, roles: .coordinators)
            return try intakePage(request: request, context: context, fields: [:])
        }
        pages.post("/cases/new") { request, context -> Response in
            let session = try context.reader(of: request, roles: .coordinators)
            let fields = try await request.form([String: String].self)
            try context.checkCSRF(fields["csrf"])
            return try redirecting(in: context.language, {
                let (instant, today) = try clock.now()
                let draft = try Self.draft(from: fields, today: today, language: context.language)
                let dispute = try CaseIntake(database: database).add(draft,
                    audit: AuditContext(at: instant, actor: FengqiaoAPI.actor(session.user), reason: "taken in on the pages"))
                return "/cases/\(dispute.id)?done=intake"
            }) { error, status in try intakePage(request: request, context: context, fields: fields, error: error, status: status) }
        }
    }

    /// The case the form describes; a field that is missing or malformed is a 422 naming it, in `language`.
    static func draft(from fields: [String: String], today: CalendarDay, language: TextLanguage) throws -> CaseDraft {
        let t = Strings.table(language)
        func text(_ name: String) -> String? {
            fields[name].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        func refuse(_ key: String, _ name: String, label: String) -> Problem {
            Problem(status: .unprocessableContent, detail: Strings.text(key, in: language, t[label] ?? label), field: name)
        }
        func required<Value>(_ name: String, label: String, _ parse: (String) -> Value?) throws -> Value {
            guard let value = text(name).flatMap(parse) else { throw refuse("fieldRequired", name, label: label) }
            return value
        }
        func count(_ name: String, label: String) throws -> Int? {
            guard let given = text(name) else { return nil }
            guard let value = Int(given), value >= 0 else { throw refuse("fieldCount", name, label: label) }
            return value
        }
        let type = try required("type", label: "caseType", DisputeType.init(rawValue:))
        let source = try required("source", label: "source", CaseSource.init(rawValue:))
        let referralNumber = text("referralNumber")
        if source.needsReferralNumber && referralNumber == nil { throw refuse("referralNeedsNumber", "referralNumber", label: "referralNumber") }
        let community = try required("communityID", label: "community") { Area.ID($0) }
        let summary = try required("summary", label: "summary") { $0 }
        var deadline: CalendarDay?
        if let given = text("deadline") {
            guard let day = CalendarDay(given) else { throw refuse("fieldDate", "deadline", label: "deadline") }
            guard day >= today else { throw refuse("deadlinePassed", "deadline", label: "deadline") }
            deadline = day
        }
        var parties: [CaseDraft.PartyEntry] = []
        for row in 0..<intakePartyRows {
            guard let name = text("party\(row).name") else { continue }
            if let identity = text("party\(row).identity"), MaskedIdentityNumber(identity) == nil {
                throw Problem(status: .unprocessableContent, detail: Strings.text("identityInvalid", in: language, identity),
                    field: "party\(row).identity")
            }
            parties.append(.new(kind: Party.Kind(rawValue: fields["party\(row).kind"] ?? "") ?? .person, name: name,
                identity: text("party\(row).identity"), organisation: nil,
                role: CaseParty.Role(rawValue: fields["party\(row).role"] ?? "") ?? (parties.isEmpty ? .applicant : .respondent)))
        }
        guard !parties.isEmpty else { throw Problem(status: .unprocessableContent, detail: Strings.text("intakeNeedsParty", in: language), field: "party0.name") }
        return CaseDraft(
            type: type, difficulty: text("difficulty").flatMap(Difficulty.init(rawValue:)), source: source, referralNumber: referralNumber,
            communityID: community, summary: summary, amountYuan: try count("amountYuan", label: "amount"),
            language: text("language").flatMap(Language.init(rawValue:)) ?? .mandarin, allowsOnline: fields["allowsOnline"] != nil,
            priorMediations: try count("priorMediations", label: "priorMediations") ?? 0, petitions: try count("petitions", label: "petitions") ?? 0,
            escalationRisk: fields["escalationRisk"] != nil, parties: parties, openedOn: today, deadline: deadline)
    }

    private func intakePage(request: Request, context: APIContext, fields: [String: String], error: String? = nil,
        status: HTTPResponse.Status = .ok) throws -> Response
    {
        let language = context.language
        func options<Choice: RawRepresentable<String>>(_ choices: [Choice], field: String, name: (Choice) -> String) -> [[String: Any]] {
            choices.map { ["code": $0.rawValue, "name": name($0), "selected": fields[field] == $0.rawValue] }
        }
        let areas = try database.areas()
        let subdistricts = areas.filter { $0.level == .subdistrict }.sorted { $0.id < $1.id }.map { subdistrict -> [String: Any] in
            let communities = areas.filter { $0.parentID == subdistrict.id }.sorted { $0.id < $1.id }
            return ["name": subdistrict.nameZh, "communities": communities.map { community -> [String: Any] in
                ["code": community.id.rawValue, "name": community.nameZh, "selected": fields["communityID"] == community.id.rawValue]
            }]
        }
        let partyRows = (0..<Self.intakePartyRows).map { row -> [String: Any] in
            let role = fields["party\(row).role"] ?? (row == 0 ? CaseParty.Role.applicant : .respondent).rawValue
            return [
                "row": row, "name": fields["party\(row).name"] ?? "", "identity": fields["party\(row).identity"] ?? "",
                "kinds": Party.Kind.allCases.map { ["code": $0.rawValue, "name": $0.name(in: language),
                    "selected": fields["party\(row).kind"] == $0.rawValue] },
                "roles": CaseParty.Role.allCases.map { ["code": $0.rawValue, "name": $0.name(in: language), "selected": role == $0.rawValue] },
            ]
        }
        var data: [String: Any] = [
            "types": options(DisputeType.allCases, field: "type") { $0.name(in: language) },
            "difficulties": options(Difficulty.allCases, field: "difficulty") { $0.name(in: language) },
            "sources": options(CaseSource.allCases, field: "source") { $0.name(in: language) },
            "languages": options(Language.allCases, field: "language") { $0.name(in: language) },
            "subdistricts": subdistricts, "parties": partyRows,
            "value": ["referralNumber": fields["referralNumber"] ?? "", "summary": fields["summary"] ?? "", "amountYuan": fields["amountYuan"] ?? "",
                "priorMediations": fields["priorMediations"] ?? "0", "petitions": fields["petitions"] ?? "0", "deadline": fields["deadline"] ?? "",
                "allowsOnline": fields["allowsOnline"] != nil, "escalationRisk": fields["escalationRisk"] != nil],
        ]
        if let error { data["error"] = error }
        return renderer.page("intake", data, context: context, request: request, status: status)
    }
}

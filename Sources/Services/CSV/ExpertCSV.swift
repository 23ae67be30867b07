import Domain

/// The columns of `experts.csv`. List columns separate items with `;`.
enum ExpertCSV {
    static let columns = [
        "id", "name", "roles", "team", "specialties", "languages", "credentials", "home_community",
        "advises_community", "capacity", "availability", "leave", "exceptions", "relations", "active", "joined_on",
    ]

    static func row(_ e: Expert) -> [String] {
        [
            e.id.rawValue, e.name, CSVFormat.list(e.roles.sorted().map(\.rawValue)), e.team?.rawValue ?? "",
            CSVFormat.list(e.specialties.map { "\($0.type.code):\($0.level)" }),
            CSVFormat.list(e.languages.sorted().map(\.rawValue)), CSVFormat.list(e.credentials.sorted().map(\.rawValue)),
            e.homeCommunityID.rawValue, e.advisesCommunityID?.rawValue ?? "", String(e.capacity),
            CSVFormat.list(e.availability.map(\.description)), CSVFormat.list(e.leave.map(\.description)),
            CSVFormat.list(e.exceptions.map(\.description)),
            CSVFormat.list(e.relations.map(relationText)), String(e.isActive), e.joinedOn.description,
        ]
    }

    static func decode(_ row: CSVRow) throws(ImportError) -> Expert {
        let expert = Expert(
            id: Expert.ID(try row.required("id")), name: try row.required("name"),
            roles: Set(try row.list("roles", expected: "a role (\(ExpertRole.allCases.map(\.rawValue).joined(separator: ", ")))") {
                ExpertRole(rawValue: $0)
            }),
            team: try row.optionalCode("team", as: LawyerTeam.self, named: "lawyer team"),
            specialties: try row.list("specialties", expected: "a specialty like MARRIAGE_FAMILY:4 (level 1–5)", specialty),
            languages: Set(try row.list("languages", expected: "a language code (\(Language.allCases.map(\.rawValue).joined(separator: ", ")))") {
                Language(rawValue: $0)
            }),
            credentials: Set(try row.list("credentials", expected: "a credential (\(Credential.allCases.map(\.rawValue).joined(separator: ", ")))") {
                Credential(rawValue: $0)
            }),
            homeCommunityID: Area.ID(try row.required("home_community")),
            advisesCommunityID: row.optional("advises_community").map { Area.ID($0) },
            capacity: try row.integer("capacity"),
            availability: try row.list("availability", expected: "a weekly window like \"Mon 09:00-12:00\"") { WeeklyWindow($0) },
            leave: try row.list("leave", expected: "a leave period like 2026-12-01..2026-12-10") { LeavePeriod($0) },
            exceptions: try row.list("exceptions", expected: "an exception like \"2026-12-03 09:00-12:00 busy\" (busy or free)") {
                AvailabilityException($0)
            },
            relations: try row.list("relations", expected: "a relation like person:NAME:IDENTITY:relative or organisation:NAME::employer", relation),
            isActive: try row.boolean("active"), joinedOn: try row.day("joined_on"))
        do {
            try expert.validate()
        } catch {
            throw row.error(error.fieldName, error.reasonText)
        }
        return expert
    }

    private static func specialty(_ text: String) -> Specialty? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let type = DisputeType(rawValue: String(parts[0])), let level = Int(parts[1]),
            (1...5).contains(level)
        else { return nil }
        return Specialty(type, level: level)
    }

    static func relationText(_ relation: DeclaredRelation) -> String {
        switch relation.subject {
        case let .person(name, identity): "person:\(name):\(identity?.text ?? ""):\(relation.nature.rawValue)"
        case let .organisation(name): "organisation:\(name)::\(relation.nature.rawValue)"
        }
    }

    private static func relation(_ text: String) -> DeclaredRelation? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, !parts[1].isEmpty, let nature = DeclaredRelation.Nature(rawValue: parts[3]) else { return nil }
        switch parts[0] {
        case "person":
            if parts[2].isEmpty { return DeclaredRelation(.person(name: parts[1], identity: nil), nature: nature) }
            guard let identity = MaskedIdentityNumber(parts[2]) else { return nil }
            return DeclaredRelation(.person(name: parts[1], identity: identity), nature: nature)
        case "organisation":
            guard parts[2].isEmpty else { return nil }
            return DeclaredRelation(.organisation(name: parts[1]), nature: nature)
        default:
            return nil
        }
    }
}

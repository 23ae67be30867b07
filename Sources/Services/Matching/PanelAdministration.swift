import Domain
import Foundation
import Matching
import Store

/// Reads and edits the panel table that administrators keep.
public struct PanelAdministration: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Parses seats written as `mediator[senior_mediator|retired_judge],lawyer,panelist`.
    public static func parseSeats(_ text: String) throws -> [SeatRequirement] {
        try text.split(separator: ",").map { item in
            let part = item.trimmingCharacters(in: .whitespaces)
            let roleText = part.prefix { $0 != "[" }
            guard let role = ExpertRole(rawValue: String(roleText)) else {
                throw DomainError.invalid(record: "the panel", field: "seats",
                    reason: "\"\(roleText)\" is not a role; use \(ExpertRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var credentials: Set<Credential> = []
            if part.count > roleText.count {
                guard part.hasSuffix("]") else {
                    throw DomainError.invalid(record: "the panel", field: "seats", reason: "\"\(part)\" lacks its closing ]")
                }
                for name in part.dropFirst(roleText.count + 1).dropLast().split(separator: "|") {
                    guard let credential = Credential(rawValue: String(name)) else {
                        throw DomainError.invalid(record: "the panel", field: "seats",
                            reason: "\"\(name)\" is not a credential; use \(Credential.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    credentials.insert(credential)
                }
            }
            return SeatRequirement(role, credentials: credentials)
        }
    }

    public static func describe(_ seats: [SeatRequirement]) -> String {
        seats.map { seat in
            seat.credentials.isEmpty ? seat.role.rawValue
                : "\(seat.role.rawValue)[\(seat.credentials.map(\.rawValue).sorted().joined(separator: "|"))]"
        }.joined(separator: ",")
    }

    /// Replaces one row of the table, keeping the others (the defaults fill a table never stored).
    public func setSeats(_ seats: [SeatRequirement], for type: DisputeType, _ difficulty: Difficulty) throws -> PanelRequirement {
        let requirement = PanelRequirement(type: type, difficulty: difficulty, seats: seats)
        try requirement.validate()
        var rows = try MatchingService(database: database).panelTable().requirements
        rows.removeAll { $0.type == type && $0.difficulty == difficulty }
        rows.append(requirement)
        try database.replacePanelRequirements(rows)
        return requirement
    }
}

/// An error in the domain, written as a sentence that names the record.
public enum DomainError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A field of a record holds a value the domain does not accept.
    case invalid(record: String, field: String, reason: String)
    /// A record refers to another that does not exist.
    case unknownReference(record: String, field: String, kind: String, id: String)
    /// A record with this ID is already stored or already given.
    case duplicate(kind: String, id: String)
    /// No record of this kind has this ID.
    case notFound(kind: String, id: String)
    /// A case cannot move from one status to another.
    case illegalTransition(caseID: String, from: String, to: String)
    /// A change breaks a rule or races another change to the same record.
    case conflict(record: String, reason: String)

    public var description: String {
        switch self {
        case let .invalid(record, field, reason):
            "The \(field) of \(record) is invalid: \(reason)."
        case let .unknownReference(record, field, kind, id):
            "The \(field) of \(record) names \(kind) \(id), which does not exist."
        case let .duplicate(kind, id):
            // A kind ending in "named" ("user named") is followed by a name rather than an ID.
            kind.hasSuffix(" named") ? "There is already a \(kind) \(id)." : "There is already a \(kind) with ID \(id)."
        case let .notFound(kind, id):
            kind.hasSuffix(" named") ? "There is no \(kind) \(id)." : "There is no \(kind) with ID \(id)."
        case let .illegalTransition(caseID, from, to):
            "Case \(caseID) cannot move from \(from) to \(to)"
                + (CaseStatus(rawValue: from).map { status in
                    status.next.isEmpty ? "; it is closed" : "; from \(from) it may go to " + status.next.map(\.rawValue).sorted().joined(separator: ", ")
                } ?? "") + "."
        case let .conflict(record, reason):
            "\(record.prefix(1).uppercased() + record.dropFirst()) cannot be changed: \(reason)."
        }
    }
}

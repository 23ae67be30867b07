import Domain
import Foundation
import GRDB

extension AppDatabase {
    /// Replays the after-states the audit chain recorded, field by field, and compares the last value of each
    /// field with the row as it is now, in one read: a row changed behind the app's back (a status set by hand
    /// in SQL) disagrees with the event that last set the field.
    public func auditRecordMismatches() throws -> [AuditRecordMismatch] {
        try writer.read { db in
            var replayed: [AuditedRecord: Replayed] = [:]
            for event in try AuditTable.fetchAll(db, where: "after IS NOT NULL") {
                guard let record = AuditedRecord(event), let after = event.after,
                    case let .object(fields)? = try? JSONDecoder().decode(JSONValue.self, from: Data(after.utf8))
                else { continue }
                replayed[record, default: Replayed()].apply(fields.filter { !record.ignores($0.key) }, sequence: event.sequence,
                    whole: !AuditedRecord.partialActions.contains(event.action))
            }
            let stored = try AuditedRecord.storedStates(db)
            var mismatches: [AuditRecordMismatch] = []
            for (record, replay) in replayed.sorted(by: { $0.key < $1.key }) {
                guard case let .object(found)? = stored[record] else {
                    mismatches.append(AuditRecordMismatch(recordType: record.type, recordID: record.id, field: nil, stored: nil,
                        audited: nil, sequence: replay.fields.values.map(\.sequence).max() ?? 0))
                    continue
                }
                let row = found.filter { !record.ignores($0.key) }
                // After a whole state, a field it left out was empty then.
                let names = Set(replay.fields.keys).union(replay.wholeSequence == nil ? [] : Array(row.keys))
                for name in names.sorted() {
                    guard let audited = replay.fields[name] ?? replay.wholeSequence.map({ (value: JSONValue.null, sequence: $0) }),
                        (row[name] ?? .null) != audited.value
                    else { continue }
                    mismatches.append(AuditRecordMismatch(recordType: record.type, recordID: record.id, field: name,
                        stored: row[name].flatMap { $0 == .null ? nil : $0.text },
                        audited: audited.value == .null ? nil : audited.value.text, sequence: audited.sequence))
                }
            }
            return mismatches
        }
    }
}

/// The fields of one record as its events left them, each with the event that last set it.
struct Replayed {
    var fields: [String: (value: JSONValue, sequence: Int64)] = [:]
    /// The last event that gave the whole record rather than some fields.
    var wholeSequence: Int64?

    mutating func apply(_ after: [String: JSONValue], sequence: Int64, whole: Bool) {
        if whole {
            fields = [:]
            wholeSequence = sequence
        }
        for (name, value) in after { fields[name] = (value, sequence) }
    }
}

/// A record whose state the audit chain carries, and the actions whose after-state is (part of) that record.
struct AuditedRecord: Hashable, Comparable {
    var type: String
    var id: String

    static let stateActions: [String: Set<String>] = [
        "case": ["case.intake", "case.update", "case.status"],
        "assignment": ["assignment.offer", "assignment.release", "assignment.accept", "assignment.decline", "assignment.expire"],
        "session": ["session.book", "session.move"],
        "expert": ["expert.update"],
        "user": ["user.create", "user.update"],
        "weights": ["weights.create"],
    ]

    /// The actions whose after-state gives some fields of the record, not all of them.
    static let partialActions: Set<String> = ["case.status", "weights.activate"]

    /// The record an event's after-state describes; `weights.activate` describes which version is active.
    init?(_ event: AuditEvent) {
        if event.action == "weights.activate" {
            (type, id) = ("weights", "active")
        } else if AuditedRecord.stateActions[event.recordType]?.contains(event.action) == true {
            (type, id) = (event.recordType, event.recordID)
        } else {
            return nil
        }
    }

    init(type: String, id: String) {
        self.type = type
        self.id = id
    }

    /// A weights version's activation is told by `weights.activate`, not by the version's own after-state.
    func ignores(_ field: String) -> Bool { type == "weights" && id != "active" && field == "activation" }

    static func < (left: AuditedRecord, right: AuditedRecord) -> Bool { (left.type, left.id) < (right.type, right.id) }

    /// Every audited record as stored now, in the JSON its events use.
    static func storedStates(_ db: Database) throws -> [AuditedRecord: JSONValue] {
        func audited(_ type: String) -> String { "(SELECT record_id FROM audit_event WHERE record_type = '\(type)')" }
        var states: [AuditedRecord: JSONValue] = [:]
        func add<Record: Encodable>(_ type: String, _ id: String, _ record: Record) throws {
            states[AuditedRecord(type: type, id: id)] = try JSONDecoder().decode(JSONValue.self, from: Data(AuditDraft.json(record).utf8))
        }
        for dispute in try CaseTable.fetch(db, where: "c.id IN \(audited("case"))", arguments: []) {
            try add("case", dispute.id.rawValue, dispute)
        }
        for assignment in try AssignmentTable.fetch(db, where: "id IN \(audited("assignment"))", arguments: []) {
            try add("assignment", assignment.id.rawValue, assignment)
        }
        for session in try SessionTable.fetch(db, where: "s.id IN \(audited("session"))", arguments: []) {
            try add("session", session.id.rawValue, session)
        }
        let expertIDs = Set(try String.fetchAll(db, sql: "SELECT record_id FROM audit_event WHERE record_type = 'expert'"))
        for expert in try ExpertTable.fetch(db) where expertIDs.contains(expert.id.rawValue) {
            try add("expert", expert.id.rawValue, expert)
        }
        for user in try UserTable.fetch(db, where: "id IN \(audited("user"))", arguments: []) {
            try add("user", user.id.rawValue, user.profile)
        }
        struct Active: Encodable { var version: Int? }
        let profiles = try WeightsTable.fetchAll(db)
        for profile in profiles { try add("weights", String(profile.version), profile) }
        try add("weights", "active", Active(version: profiles.first { $0.activation != nil }?.version))
        return states
    }
}

/// Any JSON value, to compare an event's after-state with a row field by field. Lists compare as sets of items,
/// since the store keeps some lists (an expert's languages) in an order of its own.
enum JSONValue: Decodable, Hashable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let string = try? container.decode(String.self) { self = .string(string) }
        else if let array = try? container.decode([JSONValue].self) { self = .array(array.sorted { $0.text < $1.text }) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// The value as an operator reads it: a string bare, anything else as compact JSON.
    var text: String {
        switch self {
        case .null: "null"
        case let .bool(value): String(value)
        case let .number(value): value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case let .string(value): value
        case let .array(values): "[" + values.map(\.quoted).joined(separator: ",") + "]"
        case let .object(fields): "{" + fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value.quoted)" }.joined(separator: ",") + "}"
        }
    }

    private var quoted: String {
        if case let .string(value) = self { return "\"\(value)\"" }
        return text
    }
}

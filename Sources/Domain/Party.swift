/// A person or organisation who is a party to disputes; people who return keep their ID.
public struct Party: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Party>

    public enum Kind: String, CaseIterable, Sendable, Codable {
        case person, organisation
    }

    public var id: ID
    public var kind: Kind
    public var name: String
    /// Only ever the masked form; the full number is never stored.
    public var identity: MaskedIdentityNumber?
    /// The employer or organisation a person acts for, checked for conflicts too.
    public var organisation: String?

    public init(id: ID, kind: Kind, name: String, identity: MaskedIdentityNumber? = nil, organisation: String? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.identity = identity
        self.organisation = organisation
    }
}

/// A resident identity number with its middle eight digits hidden: `210203********123X`.
public struct MaskedIdentityNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    public let text: String

    /// Accepts a full 18-character number (and masks it) or one already masked.
    public init?(_ number: String) {
        let characters = Array(number.uppercased())
        guard characters.count == 18 else { return nil }
        let head = characters[0..<6], tail = characters[14..<18], middle = characters[6..<14]
        guard head.allSatisfy(\.isASCIIDigit), tail.dropLast().allSatisfy(\.isASCIIDigit),
            tail.last!.isASCIIDigit || tail.last! == "X",
            middle.allSatisfy(\.isASCIIDigit) || middle.allSatisfy({ $0 == "*" })
        else { return nil }
        text = String(head) + String(repeating: "*", count: 8) + String(tail)
    }

    public var description: String { text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = MaskedIdentityNumber(raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(raw)\" is not an identity number.")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

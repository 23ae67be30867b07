/// JSON Schema (2020-12, as OpenAPI 3.1 uses it) for the API's bodies, built in Swift beside the routes.
enum Schema {
    static let string: JSON = .object(["type": "string"])
    static let nonEmptyString: JSON = .object(["type": "string", "minLength": .int(1)])
    static let boolean: JSON = .object(["type": "boolean"])
    static let number: JSON = .object(["type": "number"])
    static let date: JSON = .object(["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"])
    static let dateTime: JSON = .object(["type": "string", "format": "date-time"])
    static let anyObject: JSON = .object(["type": "object"])

    static func integer(minimum: Int? = nil, maximum: Int? = nil) -> JSON {
        var schema: JSON = .object(["type": "integer"])
        if let minimum { schema = schema.with("minimum", .int(minimum)) }
        if let maximum { schema = schema.with("maximum", .int(maximum)) }
        return schema
    }

    static func string(describing description: String) -> JSON {
        .object(["type": "string", "description": .string(description)])
    }

    static func oneOf<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> JSON where T.RawValue == String {
        .object(["type": "string", "enum": .array(T.allCases.map { .string($0.rawValue) })])
    }

    static func array(_ items: JSON) -> JSON { .object(["type": "array", "items": items]) }

    /// A map from string keys to values of one schema.
    static func map(_ values: JSON) -> JSON { .object(["type": "object", "additionalProperties": values]) }

    static func ref(_ name: String) -> JSON { .object(["$ref": .string("#/components/schemas/\(name)")]) }

    /// Exactly one of `schemas`.
    static func either(_ schemas: [JSON]) -> JSON { .object(["oneOf": .array(schemas)]) }

    /// `value` or null.
    static func nullable(_ value: JSON) -> JSON { .object(["anyOf": .array([value, .object(["type": "null"])])]) }

    /// An object with the fields given; those in `required` must be present. Other fields may appear.
    static func object(_ properties: KeyValuePairs<String, JSON>, required: [String] = [], description: String? = nil) -> JSON {
        var schema: JSON = .object([
            "type": "object",
            "properties": .object(properties.map { JSON.Member(key: $0.key, value: $0.value) }),
        ])
        if !required.isEmpty { schema = schema.with("required", .array(required.map { .string($0) })) }
        if let description { schema = schema.with("description", .string(description)) }
        return schema
    }
}

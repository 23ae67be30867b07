import Domain
import Hummingbird

/// The OpenAPI 3.1 document of the service, built from the same endpoint list as the router.
enum OpenAPIDocument {
    static func build(groups: [(prefix: String, endpoints: [Endpoint])], schemas: KeyValuePairs<String, JSON>) -> JSON {
        var paths: [JSON.Member] = []
        for (prefix, endpoints) in groups {
            for endpoint in endpoints {
                let path = prefix + endpoint.path
                let operation = JSON.Member(key: endpoint.method.rawValue.lowercased(), value: self.operation(endpoint, path: path))
                if let index = paths.firstIndex(where: { $0.key == path }), case let .object(operations) = paths[index].value {
                    paths[index].value = .object(operations + [operation])
                } else {
                    paths.append(JSON.Member(key: path, value: .object([operation])))
                }
            }
        }
        return .object([
            "openapi": "3.1.0",
            "info": .object([
                "title": "Fengqiao",
                "version": "1.0.0",
                "description": """
                    Expert matching and scheduling for difficult civil disputes. Ask for a bearer token at POST /api/v1/tokens \
                    and send it as `Authorization: Bearer <token>`. Errors are RFC 9457 problem details that name the field at fault.
                    """,
            ]),
            "paths": .object(paths),
            "components": .object([
                "securitySchemes": .object([
                    "bearer": .object(["type": "http", "scheme": "bearer"]),
                    "feed": .object(["type": "apiKey", "in": "query", "name": "feed",
                        "description": "The secret of an expert's calendar feed link; it opens that expert's .ics feed and nothing else."]),
                ]),
                "schemas": .object(schemas.map { JSON.Member(key: $0.key, value: $0.value) }),
            ]),
        ])
    }

    private static func operation(_ endpoint: Endpoint, path: String) -> JSON {
        let words = [endpoint.method.rawValue.lowercased()] + path.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var operation: JSON = .object([
            "operationId": .string(words.joined(separator: "_")),
            "summary": .string(endpoint.summary),
            "tags": .array([.string(endpoint.tag)]),
        ])
        switch endpoint.access {
        case let .roles(roles):
            operation = operation.with("security", .array([.object(["bearer": .array([])])]))
            operation = operation.with("description", .string("For: " + User.Role.allCases.filter(roles.contains).map(\.rawValue).joined(separator: ", ") + "."))
        case let .rolesOrFeed(roles):
            operation = operation.with("security", .array([.object(["bearer": .array([])]), .object(["feed": .array([])])]))
            operation = operation.with("description", .string("For: " + User.Role.allCases.filter(roles.contains).map(\.rawValue).joined(separator: ", ")
                + "; or a calendar app with the expert's feed link."))
        case .anyone:
            operation = operation.with("security", .array([]))
        }
        let parameters = endpoint.pathParameters.map { name in
            JSON.object(["name": .string(name), "in": "path", "required": .bool(true), "schema": Schema.nonEmptyString])
        } + endpoint.query.map { parameter in
            JSON.object(["name": .string(parameter.name), "in": "query", "required": .bool(false), "schema": parameter.schema,
                "description": .string(parameter.description)])
        }
        if !parameters.isEmpty { operation = operation.with("parameters", .array(parameters)) }
        if let body = endpoint.body {
            operation = operation.with("requestBody", .object([
                "required": .bool(true), "content": .object(["application/json": .object(["schema": body])]),
            ]))
        }
        var responses: [JSON.Member] = []
        switch endpoint.success {
        case let .json(status, schema):
            responses.append(JSON.Member(key: String(status.code), value: .object([
                "description": .string(status.reasonPhrase), "content": .object(["application/json": .object(["schema": schema])]),
            ])))
        case let .text(contentType, description):
            responses.append(JSON.Member(key: "200", value: .object([
                "description": .string(description), "content": .object([contentType: .object(["schema": Schema.string])]),
            ])))
        case .noContent:
            responses.append(JSON.Member(key: "204", value: .object(["description": "No Content"])))
        }
        for status in endpoint.problemStatuses {
            responses.append(JSON.Member(key: String(status.code), value: .object([
                "description": .string(status.reasonPhrase),
                "content": .object(["application/problem+json": .object(["schema": Schema.ref("Problem")])]),
            ])))
        }
        return operation.with("responses", .object(responses))
    }
}

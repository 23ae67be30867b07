import Domain
import Foundation
import Hummingbird

extension Request {
    /// The most bytes of a body any route reads: 1 MiB. A longer body is answered 413.
    static let maximumBody = 1 << 20

    /// The JSON body as `Body`; a missing or wrong field is a 400 naming it.
    func decode<Body: Decodable>(_ type: Body.Type, context: APIContext) async throws -> Body {
        let buffer = try await body.collect(upTo: Request.maximumBody)
        guard buffer.readableBytes > 0 else {
            throw Problem(status: .badRequest, detail: "This needs a JSON body.")
        }
        do {
            return try API.decoder.decode(Body.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw Problem(decoding: error)
        }
    }

    /// The query parameters, read with checks that name the parameter at fault.
    var query: Query { Query(parameters: uri.queryParameters) }
}

struct Query {
    let parameters: Parameters

    func string(_ name: String) -> String? {
        parameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
    }

    func int(_ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw Problem(status: .badRequest, detail: "The query parameter \(name) must be a whole number from \(range.lowerBound) to \(range.upperBound); \"\(text)\" was given.", field: name)
        }
        return number
    }

    func bool(_ name: String) throws -> Bool? {
        guard let text = string(name) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: throw Problem(status: .badRequest, detail: "The query parameter \(name) must be true or false; \"\(text)\" was given.", field: name)
        }
    }

    func day(_ name: String) throws -> CalendarDay? {
        guard let text = string(name) else { return nil }
        guard let day = CalendarDay(text) else {
            throw Problem(status: .badRequest, detail: "The query parameter \(name) must be a date YYYY-MM-DD; \"\(text)\" was given.", field: name)
        }
        return day
    }

    func code<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = T(rawValue: text) else {
            throw Problem(status: .badRequest, detail: "The query parameter \(name) must be one of "
                + T.allCases.map(\.rawValue).joined(separator: ", ") + "; \"\(text)\" was given.", field: name)
        }
        return value
    }
}

/// Helpers every endpoint shares: JSON with ISO 8601 times and sorted keys.
enum API {
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    static func text(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static let noContent = Response(status: .noContent)
}

extension Request {
    /// A submitted HTML form (`application/x-www-form-urlencoded`) as `Form`; a missing field is a 400 naming it.
    func form<Form: Decodable>(_ type: Form.Type) async throws -> Form {
        let buffer = try await body.collect(upTo: Request.maximumBody)
        do {
            return try URLEncodedFormDecoder().decode(Form.self, from: String(buffer: buffer))
        } catch let error as DecodingError {
            throw Problem(decoding: error)
        }
    }
}

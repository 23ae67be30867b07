import Domain
import Foundation
import Hummingbird
import Mustache

/// The Mustache templates of the pages, read once from the module's resources.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        guard let directory = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw Problem(status: .internalServerError, detail: "The page templates are missing from the build.")
        }
        var library = MustacheLibrary()
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
        self.library = library
    }

    /// A page: the template filled with `data` and the frame every page shares (labels, who is signed in,
    /// the CSRF token for its forms, the language switch).
    func page(_ template: String, _ data: [String: Any] = [:], context: APIContext, request: Request,
        status: HTTPResponse.Status = .ok) -> Response
    {
        var values = data
        values["t"] = Strings.table(context.language)
        values["lang"] = context.language.rawValue
        values["switchTo"] = ["code": context.language.other.rawValue, "name": context.language.other.name,
            "back": request.uri.path]
        if let session = context.webSession {
            let role = session.user.role
            values["user"] = ["name": session.user.displayName, "username": session.user.username,
                "role": role.name(in: context.language)]
            values["csrf"] = session.csrfToken
            values["isOffice"] = role != .expert
            values["isExpert"] = role == .expert
            values["isAdministrator"] = role == .administrator
        }
        let html = library.render(values, withTemplate: template) ?? ""
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

extension Response {
    /// 303 See Other to `location`, so a form's POST is followed by a GET.
    static func seeOther(_ location: String, cookies: [Cookie] = []) -> Response {
        var headers: HTTPFields = [.location: location]
        headers[values: .setCookie] = cookies.map(\.description)
        return Response(status: .seeOther, headers: headers)
    }
}

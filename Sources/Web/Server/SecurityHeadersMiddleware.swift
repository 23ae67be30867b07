import Hummingbird

/// The headers a deployment needs: pages may not be framed (clickjacking) and run no inline script (the
/// pages have no script at all); no answer is sniffed as another content type.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        if response.headers[.contentType]?.hasPrefix("text/html") == true {
            response.headers[.init("X-Frame-Options")!] = "DENY"
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
            response.headers[.init("Referrer-Policy")!] = "same-origin"
        }
        return response
    }
}

import Domain
import Foundation
import Hummingbird
import HummingbirdBcrypt
import Matching
import Services
import Store

/// The administrator's pages: weights with a what-if replay before activating (and rollback), users, and
/// the audit log with its verification.
extension PageRoutes {
    struct ActivateForm: Decodable {
        var csrf: String
        var reason: String
    }

    struct UserForm: Decodable {
        var csrf: String
        var username: String
        var displayName: String
        var role: String
        var expertID: String?
        var password: String
    }

    func addAdministratorPages(to pages: RouterGroup<APIContext>) {
        pages.get("/admin/weights") { request, context -> Response in
            _ = try context.reader(of: request, roles: .administrators)
            return try weightsPage(request: request, context: context)
        }
        pages.post("/admin/weights") { request, context -> Response in
            let session = try context.reader(of: request, roles: .administrators)
            let fields = try await request.form([String: String].self)
            try context.checkCSRF(fields["csrf"])
            return try redirecting(in: context.language, {
                let language = context.language
                let name = fields["name"]?.trimmingCharacters(in: .whitespaces) ?? ""
                guard !name.isEmpty else {
                    throw Problem(status: .unprocessableContent, detail: Strings.text("fieldRequired", in: language, Strings.text("name", in: language)),
                        field: "name")
                }
                var weights: [String: Double] = [:]
                for term in ScoreTermName.allCases {
                    let text = fields["weight.\(term.rawValue)"]?.trimmingCharacters(in: .whitespaces) ?? ""
                    guard let value = Double(text.isEmpty ? "0" : text), value >= 0, value.isFinite else {
                        let detail = Strings.text("weightNotNumber", in: context.language, term.name(in: context.language), text)
                        throw Problem(status: .unprocessableContent, detail: detail,
                            field: "weight.\(term.rawValue)")
                    }
                    weights[term.rawValue] = value
                }
                let json = try JSONSerialization.data(withJSONObject: ["name": name, "note": fields["note"] ?? "", "weights": weights])
                let profile = try WeightsAdministration(database: database).addVersion(try WeightsProfileFile(json: json, file: "the form"),
                    at: try clock.now().instant, by: FengqiaoAPI.actor(session.user))
                return "/admin/weights?replay=\(profile.version)"
            }) { error, status in try weightsPage(request: request, context: context, error: error, status: status) }
        }
        pages.post("/admin/weights/:version/activate") { request, context -> Response in
            let session = try context.reader(of: request, roles: .administrators)
            let form = try await request.form(ActivateForm.self)
            try context.checkCSRF(form.csrf)
            return try redirecting(in: context.language, {
                guard let version = Int(try context.path("version")) else {
                    throw DomainError.notFound(kind: "weights profile version", id: try context.path("version"))
                }
                let reason = try context.reason(form.reason, or: "activateNeedsReason")
                try WeightsAdministration(database: database).activate(version: version, at: try clock.now().instant,
                    by: FengqiaoAPI.actor(session.user), reason: reason)
                return "/admin/weights?done=activated"
            }) { error, status in try weightsPage(request: request, context: context, error: error, status: status) }
        }
        pages.get("/admin/users") { request, context -> Response in
            _ = try context.reader(of: request, roles: .administrators)
            return try usersPage(request: request, context: context)
        }
        pages.post("/admin/users") { request, context -> Response in
            let session = try context.reader(of: request, roles: .administrators)
            let form = try await request.form(UserForm.self)
            try context.checkCSRF(form.csrf)
            return try redirecting(in: context.language, {
                let language = context.language
                guard let role = User.Role(rawValue: form.role) else {
                    throw Problem(status: .unprocessableContent, detail: Strings.text("chooseRole", in: language), field: "role")
                }
                let expert = form.expertID.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : Expert.ID($0) }
                if form.username.trimmingCharacters(in: .whitespaces).isEmpty {
                    throw Problem(status: .unprocessableContent, detail: Strings.text("fieldRequired", in: language, Strings.text("username", in: language)),
                        field: "username")
                }
                guard form.password.count >= FengqiaoAPI.minimumPasswordLength else {
                    throw Problem(status: .unprocessableContent,
                        detail: Strings.text("passwordShort", in: language, String(FengqiaoAPI.minimumPasswordLength)), field: "password")
                }
                guard (role == .expert) == (expert != nil) else {
                    throw Problem(status: .unprocessableContent, detail: Strings.text("expertLink", in: language), field: "expertID")
                }
                try Accounts(database: database).add(username: form.username.trimmingCharacters(in: .whitespaces),
                    displayName: form.displayName, role: role, expertID: expert, password: form.password, at: try clock.now().instant,
                    by: FengqiaoAPI.actor(session.user))
                return "/admin/users?done=added"
            }) { error, status in try usersPage(request: request, context: context, error: error, status: status) }
        }
        pages.post("/admin/users/:user/active") { request, context -> Response in
            let session = try context.reader(of: request, roles: .administrators)
            try context.checkCSRF(try await request.form(CSRFForm.self).csrf)
            return try redirecting(in: context.language, {
                let id = User.ID(try context.path("user"))
                guard var user = try database.user(id) else { throw DomainError.notFound(kind: "user", id: id.rawValue) }
                guard user.id != session.user.id else {
                    throw Problem(status: .conflict, detail: Strings.text("cannotSwitchOffSelf", in: context.language))
                }
                user.isActive.toggle()
                try database.updateUser(user, audit: AuditContext(at: try clock.now().instant, actor: FengqiaoAPI.actor(session.user),
                    reason: user.isActive ? "user switched on" : "user switched off"))
                return "/admin/users?done=changed"
            }) { error, status in try usersPage(request: request, context: context, error: error, status: status) }
        }
        pages.get("/admin/audit") { request, context -> Response in
            _ = try context.reader(of: request, roles: .administrators)
            let before = request.uri.queryParameters.get("before").flatMap { Int64($0) }
            let events = try database.auditEvents(before: before, recordID: nil, limit: 100)
            let verification = try database.verifyAuditChain()
            var data: [String: Any] = [
                "events": events.map { ["sequence": $0.sequence, "at": Self.minute($0.at), "actor": $0.actor, "action": $0.action,
                    "record": "\($0.recordType) \($0.recordID)", "reason": $0.reason ?? ""] },
                "older": Self.shown(events.last.map { String($0.sequence) }),
            ]
            switch verification {
            case let .intact(count): data["intact"] = ["events": count]
            case let .broken(sequence, problem): data["broken"] = ["sequence": sequence, "problem": problem]
            }
            return renderer.page("audit", data, context: context, request: request)
        }
    }

    private func weightsPage(request: Request, context: APIContext, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let t = Strings.table(context.language)
        let profiles = try database.weightsProfiles().sorted { $0.version > $1.version }
        let active = profiles.first { $0.activation != nil }
        var data: [String: Any] = [
            "versions": profiles.map { profile in
                [
                    "version": profile.version, "name": profile.name, "note": profile.note, "active": profile.activation != nil,
                    "created": Self.minute(profile.createdAt), "by": profile.createdBy,
                    "weights": ScoreTermName.allCases.map { "\($0.name(in: context.language)) \(String(format: "%g", profile.weight($0)))" }
                        .joined(separator: " · "),
                ] as [String: Any]
            },
            "terms": ScoreTermName.allCases.map { ["code": $0.rawValue, "name": $0.name(in: context.language),
                "value": String(format: "%g", active?.weight($0) ?? 0)] },
            "last": 200,
        ]
        if let version = request.uri.queryParameters.get("replay").flatMap({ Int($0) }),
            let candidate = profiles.first(where: { $0.version == version })
        {
            let last = request.uri.queryParameters.get("last").flatMap { Int($0) }.map { min(max($0, 1), 2000) } ?? 200
            let report = try MatchingService(database: database).replay(candidate: candidate, last: last, today: try clock.now().today)
            data["last"] = last
            data["replay"] = replayView(report, language: context.language)
        }
        if request.uri.queryParameters.get("done") == "activated" { data["done"] = t["doneActivated"] ?? "" }
        if let error { data["error"] = error }
        return renderer.page("weights", data, context: context, request: request, status: status)
    }

    /// The replay's figures, its changed seats and the load spread of both profiles as an SVG histogram.
    private func replayView(_ report: ReplayReport, language: TextLanguage) -> [String: Any] {
        let t = Strings.table(language)
        func outcome(_ o: ReplayReport.ProfileOutcome) -> [String: Any] {
            ["version": o.version, "name": o.name, "mean": String(format: "%.3f", o.meanPanelScore), "worst": String(format: "%.3f", o.worstPanelScore),
             "empty": o.emptySeats, "gini": String(format: "%.3f", o.loadSpread.gini), "maxOverMean": String(format: "%.2f", o.loadSpread.maxOverMean)]
        }
        let buckets = max(report.baseline.seatsPerExpert.count, report.candidate.seatsPerExpert.count)
        func padded(_ counts: [Int]) -> [Double] { (0..<buckets).map { $0 < counts.count ? Double(counts[$0]) : 0 } }
        let histogram = SVGChart.bars(title: t["loadHistogram"] ?? "", labels: (0..<buckets).map(String.init), series: [
            .init(name: "v\(report.baseline.version) \(report.baseline.name)", values: padded(report.baseline.seatsPerExpert), colour: SVGChart.palette[5]),
            .init(name: "v\(report.candidate.version) \(report.candidate.name)", values: padded(report.candidate.seatsPerExpert), colour: SVGChart.palette[0]),
        ])
        return [
            "cases": report.cases, "seats": report.seats, "changed": report.changedSeats,
            "share": String(format: "%.1f", report.changedShare * 100), "baseline": outcome(report.baseline),
            "candidate": outcome(report.candidate), "histogram": histogram,
            "changes": report.changes.prefix(50).map { ["case": $0.caseID.rawValue, "seat": $0.seat, "role": $0.role.name(in: language),
                "before": $0.before?.rawValue ?? "—", "after": $0.after?.rawValue ?? "—"] },
            "more": max(0, report.changes.count - 50),
        ]
    }

    private func usersPage(request: Request, context: APIContext, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let t = Strings.table(context.language)
        var data: [String: Any] = [
            "users": try database.users().map { user in
                ["id": user.id.rawValue, "username": user.username, "name": user.displayName, "expert": user.expertID?.rawValue ?? "",
                 "role": user.role.name(in: context.language), "active": user.isActive]
            },
            "roles": User.Role.allCases.map { ["code": $0.rawValue, "name": $0.name(in: context.language)] },
        ]
        if let done = request.uri.queryParameters.get("done") { data["done"] = t["doneUser" + done.capitalized] ?? "" }
        if let error { data["error"] = error }
        return renderer.page("users", data, context: context, request: request, status: status)
    }

    static func minute(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = .deploymentDefault
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}

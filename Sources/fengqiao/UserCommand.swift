import ArgumentParser
import Domain
import Foundation
import Services
import Web

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Add and list the people who log in, and hand out API tokens.",
        subcommands: [Add.self, List.self, Token.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user; the password is read from standard input and stored only as a bcrypt hash.")

        @Argument(help: "The login name.") var username: String
        @Option(help: "coordinator, expert or administrator.") var role: User.Role
        @Option(help: "The name shown on pages.") var name: String
        @Option(help: "For an expert user: the expert they are, e.g. E-0033.") var expert: String?
        @OptionGroup var actor: ActorOptions
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if (role == .expert) != (expert != nil) { throw ValidationError("--expert goes with --role expert, and only with it.") }
        }

        func run() async throws {
            let db = try database.openExisting()
            guard let password = readLine(strippingNewline: true) else {
                throw ValidationError("Give the password on standard input, e.g. `printf '%s\\n' \"$PASSWORD\" | fengqiao user add …`.")
            }
            let user = try Accounts(database: db).add(username: username, displayName: name, role: role, expertID: expert.map { Expert.ID($0) },
                password: password, at: try Now.resolve(database: db), by: actor.actor)
            print("Added \(user.username) (\(user.role.rawValue)) as \(user.id).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users, without their password hashes.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let users = try database.openExisting().users().map(\.profile)
            if output.json { return try Console.printJSON(users) }
            print(Console.table(header: ["ID", "username", "name", "role", "expert", "active"], rows: users.map {
                [$0.id.rawValue, $0.username, $0.displayName, $0.role.rawValue, $0.expertID?.rawValue ?? "", $0.isActive ? "yes" : "no"]
            }))
        }
    }

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a new bearer token for a user, for scripts; only its hash is stored.")
        @Argument(help: "The login name.") var username: String
        @Option(help: "Days until it expires.") var days = 30
        @Option(help: "What the token is for.") var label = "cli"
        @OptionGroup var actor: ActorOptions
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard (1...366).contains(days) else { throw ValidationError("--days must be from 1 to 366; \(days) was given.") }
        }

        func run() async throws {
            let db = try database.openExisting()
            guard let user = try db.user(username: username) else { throw ValidationError("There is no user \(username).") }
            let now = try Now.resolve(database: db)
            print(try db.issueToken(for: user.id, label: label, expiresAt: now.addingTimeInterval(Double(days) * 86_400),
                audit: AuditContext(at: now, actor: actor.actor, reason: "token for \(label)")))
        }
    }
}

extension User.Role: ExpressibleByArgument {}

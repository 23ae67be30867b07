import ArgumentParser

struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Manage the database.", subcommands: [Migrate.self])

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the database if needed and apply every pending migration.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let migrations = try database.open().appliedMigrations()
            if output.json {
                try Console.printJSON(["database": database.path, "migrations": migrations.joined(separator: "\n")])
            } else {
                print("\(database.path) is up to date; applied migrations:")
                for migration in migrations { print("  \(migration)") }
            }
        }
    }
}

import ArgumentParser

@main
struct Fengqiao: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fengqiao",
        abstract: "Match difficult civil disputes to the experts who can resolve them, and schedule their sessions.",
        subcommands: [
            DemoCommand.self, DatabaseCommand.self, ImportCommand.self, ExportCommand.self, CaseCommand.self,
            RecommendCommand.self, AssignCommand.self, WeightsCommand.self, PanelCommand.self, SolveCommand.self, ScheduleCommand.self, SessionCommand.self, CalendarCommand.self, ExpertCommand.self, AuditCommand.self, OfferCommand.self, ReferralsCommand.self,
            ReportCommand.self, ServeCommand.self, UserCommand.self,
            FixturesCommand.self,
        ]
    )
}

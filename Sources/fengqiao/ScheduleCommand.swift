import ArgumentParser
import Foundation
import Scheduling
import Services

struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Schedule consultation sessions: for one case, the whole queue, a repair, or a benchmark instance.",
        discussion: """
            With --instance FILE, schedules a benchmark instance (format fengqiao-sched-1) with the product's scheduler and \
            prints the solution as JSON.
            """)

    @Option(help: "A benchmark instance to schedule instead of the database.") var instance: String?
    @Option(help: "Seconds to spend improving the plan.") var seconds: Double = 4
    @Option(help: "The seed of the search, for a reproducible plan.") var seed: UInt64 = 1

    func run() async throws {
        if let instance { return try scheduleInstance(instance) }
    }

    private func scheduleInstance(_ file: String) throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("There is no file at \(file).") }
        let model = try SchedulingInstance(data: data, file: file).model()
        var table = Timetable(model: model)
        let clock = ContinuousClock()
        let stop = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
        let statistics = QueueScheduler(seed: seed).schedule(&table, movable: Set(model.requests.indices), iterations: .max) { clock.now < stop }
        FileHandle.standardOutput.write(SchedulingInstance.solution(of: table))
        FileHandle.standardOutput.write(Data("\n".utf8))
        FileHandle.standardError.write(Data("placed \(table.placedCount) of \(model.requests.count), cost \(table.cost) (greedy \(statistics.greedyCost), \(statistics.rounds) rounds, \(statistics.improvements) improvements)\n".utf8))
    }
}

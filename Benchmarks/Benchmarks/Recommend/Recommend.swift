import Benchmark
import Domain
import Foundation
import Matching
import Services

/// Recommending a full panel for one case, in process: among the 350 Xigang experts, and among about
/// 10,000 generated ones (the generator at scale 34: 10,247). The pool is built once, outside the measurement;
/// each iteration recommends the next open case in turn (the turn outlives the harness's calls, which run
/// one iteration each), so every seat shape is measured.
///
/// "with the meeting check" also builds the case's `MeetingNeed` from everyone's free time (built once, as
/// the pool is) and recommends only a panel that can meet, with its earliest meeting. The batch plan of the
/// Xigang queue is measured with meeting times included, as `assign --queue` plans it.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds, maxDuration: .seconds(10), maxIterations: 20_000)

    for scale in [1, 34] {
        let dataset = XigangGenerator(.init(seed: 1, scale: scale)).generate()
        let today = XigangGenerator.defaultAsOf
        let pool = ExpertPool(
            experts: dataset.experts, cases: dataset.cases, assignments: dataset.assignments,
            areas: AreaDirectory(dataset.areas), settings: HardRuleSettings(), today: today)
        let weights = DefaultWeights.profile(createdAt: .distantPast)
        let recommender = Recommender(pool: pool, weights: weights, panels: .defaults)
        let open = dataset.cases.filter { $0.status == .intake || $0.status == .matching }

        let plain = Turn()
        Benchmark("Recommend a panel among \(dataset.experts.count) experts") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(recommender.recommend(for: open[plain.next() % open.count]))
            }
        }

        let policy = SchedulingPolicy()
        let book = FreeTimeBook(now: today.start(in: policy.timeZone).addingTimeInterval(8 * 3600), days: policy.horizonDays * 3,
            policy: policy, experts: dataset.experts, venues: dataset.venues, areas: dataset.areas, sessions: [])
        let meeting = Recommender(pool: pool, weights: weights, panels: .defaults, freeTime: book.freeTimes)

        let turn = Turn()
        Benchmark("Recommend a panel that can meet among \(dataset.experts.count) experts") { benchmark in
            for _ in benchmark.scaledIterations {
                let dispute = open[turn.next() % open.count]
                let need = book.need(for: dispute, panelSize: meeting.panels.seats(for: dispute.type, dispute.difficulty).count)
                blackHole(meeting.recommend(for: dispute, meeting: need))
            }
        }

        guard scale == 1 else { continue }
        let needs = Dictionary(uniqueKeysWithValues: open.map { dispute in
            (dispute.id, book.need(for: dispute, panelSize: meeting.panels.seats(for: dispute.type, dispute.difficulty).count))
        })
        let holders = Dictionary(grouping: dataset.assignments.filter { needs[$0.caseID] != nil }, by: \.caseID)
        Benchmark("Plan the Xigang queue (\(open.count) cases) with meeting times", configuration: .init(timeUnits: .milliseconds, maxIterations: 50)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(BatchAssigner(recommender: meeting).plan(queue: open, holders: holders, meetings: needs))
            }
        }
    }
}

/// Whose turn it is: the next open case, across the harness's calls of a benchmark's closure.
final class Turn: @unchecked Sendable {
    private var count = 0
    func next() -> Int {
        defer { count += 1 }
        return count
    }
}

import Benchmark
import Domain
import Matching
import Services

/// Recommending a full panel for one case, in process: among the 350 Xigang experts, and among about
/// 10,000 generated ones (the generator at scale 34: 10,247). The pool is built once, outside the measurement;
/// each iteration recommends the next open case in turn, so every seat shape is measured.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds, maxDuration: .seconds(10), maxIterations: 20_000)

    for scale in [1, 34] {
        let dataset = XigangGenerator(.init(seed: 1, scale: scale)).generate()
        let pool = ExpertPool(
            experts: dataset.experts, cases: dataset.cases, assignments: dataset.assignments,
            areas: AreaDirectory(dataset.areas), settings: HardRuleSettings(), today: XigangGenerator.defaultAsOf)
        let recommender = Recommender(pool: pool, weights: DefaultWeights.profile(createdAt: .distantPast), panels: .defaults)
        let open = dataset.cases.filter { $0.status == .intake || $0.status == .matching }

        Benchmark("Recommend a panel among \(dataset.experts.count) experts") { benchmark in
            var next = 0
            for _ in benchmark.scaledIterations {
                blackHole(recommender.recommend(for: open[next % open.count]))
                next += 1
            }
        }
    }
}

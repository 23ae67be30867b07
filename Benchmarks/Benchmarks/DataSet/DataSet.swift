import Benchmark
import Domain
import Services
import Store
import TestSupport

/// How long it takes to make, read and load the Xigang data set at scale 1.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 20)

    Benchmark("Generate the Xigang data set (scale 1)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(XigangGenerator(.init(seed: 1, scale: 1)).generate())
        }
    }

    Benchmark("Read Fixtures/xigang from CSV") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try FixtureLoader().read(directory: FixturePaths.xigang))
        }
    }

    Benchmark("Load the data set into an in-memory database") { benchmark in
        let dataset = try FixtureLoader().read(directory: FixturePaths.xigang)
        for _ in benchmark.scaledIterations {
            let database = try AppDatabase.inMemory()
            try database.insertDataset(dataset, label: "benchmark")
            blackHole(database)
        }
    }

    Benchmark("Fetch every expert") { benchmark in
        let database = try AppDatabase.inMemory()
        try database.insertDataset(try FixtureLoader().read(directory: FixturePaths.xigang), label: "benchmark")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try database.experts())
        }
    }
}

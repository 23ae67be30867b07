// swift-tools-version: 6.1
import PackageDescription

/// The benchmarks live in a package of their own, so the benchmark harness never enters the main build.
/// Run them from this directory: `swift package benchmark`.
let package = Package(
    name: "FengqiaoBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Fengqiao", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DataSet",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Services", package: "Fengqiao"),
                .product(name: "Store", package: "Fengqiao"),
                .product(name: "TestSupport", package: "Fengqiao"),
            ],
            path: "Benchmarks/DataSet",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Recommend",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Matching", package: "Fengqiao"),
                .product(name: "Services", package: "Fengqiao"),
            ],
            path: "Benchmarks/Recommend",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.1
import PackageDescription

/// Layers are target dependencies, so a wrong import fails the build:
/// Domain ← Matching, Scheduling, Store ← Services ← Web ← fengqiao.
let package = Package(
    name: "Fengqiao",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fengqiao", targets: ["fengqiao"]),
        .library(name: "Domain", targets: ["Domain"]),
        .library(name: "Matching", targets: ["Matching"]),
        .library(name: "Scheduling", targets: ["Scheduling"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Services", targets: ["Services"]),
        .library(name: "Web", targets: ["Web"]),
        .library(name: "TestSupport", targets: ["TestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-algorithms.git", from: "1.2.1"),
        // SHA-256 for the audit chain (already in the graph through hummingbird-auth).
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        // The Service protocol for the offer expiry that runs beside the server (already in the graph through Hummingbird).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // A thread pool for bcrypt off the request threads, and the server's channel (already in the graph through Hummingbird).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    ],
    targets: [
        .target(name: "Domain"),
        .target(
            name: "Matching",
            dependencies: [
                "Domain",
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ]
        ),
        .target(
            name: "Scheduling",
            dependencies: ["Domain", .product(name: "Collections", package: "swift-collections")]
        ),
        .target(
            name: "Store",
            dependencies: ["Domain", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "Services",
            dependencies: [
                "Domain", "Matching", "Scheduling", "Store",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Web",
            dependencies: [
                "Services",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "fengqiao",
            dependencies: [
                "Services", "Web",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["Domain", "Store"]),

        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "TestSupport"]),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling", "TestSupport"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "TestSupport", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "ServicesTests", dependencies: ["Services", "TestSupport"]),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "FengqiaoCLITests", dependencies: ["fengqiao", "Store", "TestSupport", .product(name: "Crypto", package: "swift-crypto")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rules",
    products: [
        .library(name: "RulesKit", targets: ["RulesKit"]),
        .executable(name: "rules", targets: ["rules"]),
    ],
    targets: [
        // The compiler's prefetch builtin, which Swift cannot spell: one inline C function.
        .target(name: "CPrefetch", path: "Sources/CPrefetch"),
        .target(name: "RulesKit", dependencies: ["CPrefetch"], path: "Sources/RulesKit"),
        .executableTarget(name: "rules", dependencies: ["RulesKit"], path: "Sources/rules"),
        .executableTarget(name: "rules-bench", dependencies: ["RulesKit"], path: "Sources/rules-bench"),
        .testTarget(
            name: "RulesKitTests",
            dependencies: ["RulesKit"],
            path: "Tests/RulesKitTests",
            resources: [.copy("Fixtures")]
        ),
    ]
)

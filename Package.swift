// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rules",
    products: [
        .library(name: "RulesKit", targets: ["RulesKit"]),
        .executable(name: "rules", targets: ["rules"]),
    ],
    targets: [
        .target(name: "RulesKit", path: "Sources/RulesKit"),
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

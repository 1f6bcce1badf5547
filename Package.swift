// swift-tools-version:6.0
import PackageDescription

// Upcoming features applied to every target (same set as Hummingbird and swift-subprocess):
// SE-0335 ExistentialAny, SE-0409 InternalImportsByDefault, SE-0444 MemberImportVisibility.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "s2slint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "s2slint", targets: ["s2slint"]),
        .library(name: "S2SLintKit", targets: ["S2SLintKit"]),
        .library(name: "S2SModel", targets: ["S2SModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The canonical model: plain value types, no dependencies.
        .target(name: "S2SModel", swiftSettings: swiftSettings),
        // Readers: every input format becomes the canonical model. Knows nothing of rules.
        .target(name: "S2SImport", dependencies: ["S2SModel"], swiftSettings: swiftSettings),
        // The rule DSL: loader, type checker, compiler, evaluator, explain. Knows nothing of file formats.
        .target(
            name: "RuleEngine",
            dependencies: ["S2SModel", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        // libxml2 (system library), fenced into the COA reader behind `internal import`.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // Lab certificates (COAs): XML, PDF (through pdftotext), text, WCIA JSON; per-lab profiles as data.
        .target(name: "S2SCOA", dependencies: ["S2SModel", "CLibXML2"], swiftSettings: swiftSettings),
        // Reporters: read findings, write text/JSON/SARIF/...
        .target(name: "S2SReports", dependencies: ["S2SModel"], swiftSettings: swiftSettings),
        // Orchestration and the library API: inputs -> import -> engine -> report.
        .target(
            name: "S2SLintKit",
            dependencies: ["S2SModel", "S2SImport", "S2SCOA", "RuleEngine", "S2SReports"],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "s2slint",
            dependencies: ["S2SLintKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings),
        // Test helpers shared by the test targets (repository paths, fixtures, running the CLI).
        .target(
            name: "S2STestSupport",
            dependencies: [],
            path: "Tests/S2STestSupport",
            swiftSettings: swiftSettings),
        .testTarget(name: "S2SModelTests", dependencies: ["S2SModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "S2SImportTests", dependencies: ["S2SImport", "S2STestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine", "S2STestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "S2SCOATests", dependencies: ["S2SCOA", "S2STestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "S2SReportsTests", dependencies: ["S2SReports", "S2SLintKit", "S2STestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "S2SLintKitTests", dependencies: ["S2SLintKit", "S2STestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "CLITests", dependencies: ["s2slint", "S2SLintKit", "S2STestSupport"], swiftSettings: swiftSettings),
    ]
)

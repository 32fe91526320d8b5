// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BylineKit", targets: ["BylineKit"]),
        .library(name: "BylineUI", targets: ["BylineUI"]),
        .executable(name: "byline", targets: ["byline"]),
        .executable(name: "byline-bench", targets: ["byline-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // The parsing-and-model library: no curses, no terminal.
        .target(
            name: "BylineKit",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources/Gazetteers"), .copy("Resources/Library")],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // ncursesw: module map plus a small C shim for the macros Swift cannot import.
        .target(
            name: "CNCurses",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // The reader: state, actions, layout, panes, themes; draws into an in-memory screen.
        .target(name: "BylineUI", dependencies: ["BylineKit", "CNCurses"], resources: [.copy("Themes")]),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "byline",
            dependencies: ["BylineKit", "BylineUI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Release-build benchmarks (analysis throughput, first screen, key press).
        .executableTarget(name: "byline-bench", dependencies: ["BylineKit", "BylineUI"]),
        // Offline builder of the name finder's lexicon and model (Tools/byline-train).
        .executableTarget(name: "byline-train", dependencies: ["BylineKit"], path: "Tools/byline-train"),
        // What the test targets share: a scratch folder per test run, removed when the run ends.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "BylineKitTests", dependencies: ["BylineKit", "TestSupport"]),
        .testTarget(name: "BylineUITests", dependencies: ["BylineUI", "BylineKit", "TestSupport"]),
    ]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Panelist",
    products: [
        .executable(name: "panelist", targets: ["panelist"]),
        .library(name: "PanelistCore", targets: ["PanelistCore"]),
    ],
    dependencies: [
        // Command-line parsing for the thin CLI layer.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // YAML for rubric files; its Node API gives line/column marks for error messages.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The system ncursesw library (Debian: libncursesw5-dev). Only PanelistTerminal imports it.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Pure value-type core: rubric model and loader, validator, scoring, text width.
        .target(
            name: "PanelistCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The reviewer's UI as pure state: key table, editors, screens drawn into a ScreenGrid.
        .target(
            name: "PanelistUI",
            dependencies: ["PanelistCore"]
        ),
        // Presents an in-memory screen grid through ncursesw and reads keys.
        .target(
            name: "PanelistTerminal",
            dependencies: ["CNcursesw", "PanelistCore"]
        ),
        .executableTarget(
            name: "panelist",
            dependencies: [
                "PanelistCore",
                "PanelistTerminal",
                "PanelistUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PanelistCoreTests",
            dependencies: ["PanelistCore"]
        ),
        .testTarget(
            name: "PanelistUITests",
            dependencies: ["PanelistUI", "PanelistCore"]
        ),
    ]
)

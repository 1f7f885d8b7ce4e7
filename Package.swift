// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Panelist",
    products: [
        .executable(name: "panelist", targets: ["panelist"]),
        .library(name: "PanelistCore", targets: ["PanelistCore"]),
        .library(name: "PanelistStore", targets: ["PanelistStore"]),
        .library(name: "PanelistApp", targets: ["PanelistApp"]),
        .library(name: "PanelistDocx", targets: ["PanelistDocx"]),
        .executable(name: "panelist-bench", targets: ["panelist-bench"]),
    ],
    dependencies: [
        // Command-line parsing for the thin CLI layer.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // YAML for rubric files; its Node API gives line/column marks for error messages.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // SHA-256 for the journal's hash chain and Ed25519 for reviewers' sign-off.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Zip archives: review packages and return files (written and read, checked), the panel's .xlsx workbook (built) and
        // applicants' .docx forms (read, with per-entry size limits).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The settings file, $XDG_CONFIG_HOME/panelist/config.toml.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
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
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                // SHA-256 for the journal chain and Ed25519 signature checks are pure functions.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Journal files on disk: durable appends, locking, recovery, reviewer keys, paths.
        .target(
            name: "PanelistStore",
            dependencies: ["PanelistCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The application layer: opening rubrics, applications, journals and panels from files; a library, tested directly.
        .target(
            name: "PanelistApp",
            dependencies: [
                "PanelistCore", "PanelistStore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // Rubrics/ (with forms/) and the demo applications are compiled into the program (see Plugins/EmbedBundledFiles).
            plugins: ["EmbedBundledFiles"]
        ),
        // Reads an applicant's Word form (.docx bytes) into an application and a report; no file system.
        .target(
            name: "PanelistDocx",
            dependencies: ["PanelistCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Yams", package: "Yams")]
        ),
        // Build tool: turns the bundled files into Swift source (base64 literals), so a copied binary needs no resource folder.
        .executableTarget(name: "panelist-embed"),
        .plugin(name: "EmbedBundledFiles", capability: .buildTool(), dependencies: ["panelist-embed"]),
        // The reviewer's UI as pure state: key table, editors, screens drawn into a ScreenGrid.
        .target(
            name: "PanelistUI",
            dependencies: ["PanelistCore"]
        ),
        // Presents an in-memory screen grid through ncursesw and reads keys.
        .target(
            name: "PanelistTerminal",
            dependencies: ["CNcursesw", "PanelistCore", "PanelistUI"]
        ),
        .executableTarget(
            name: "panelist",
            dependencies: [
                "PanelistApp",
                "PanelistCore",
                "PanelistDocx",
                "PanelistTerminal",
                "PanelistUI",
                "PanelistStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (not tests): `swift run -c release panelist-bench journal`.
        .executableTarget(
            name: "panelist-bench",
            dependencies: ["PanelistCore", "PanelistStore", "PanelistUI", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(
            name: "PanelistCoreTests",
            dependencies: ["PanelistCore", .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "PanelistStoreTests",
            dependencies: ["PanelistCore", "PanelistStore"]
        ),
        // Drives the real binary in tmux (skipped when tmux is missing).
        .testTarget(
            name: "PanelistEndToEndTests",
            // The store and core make journals for the binary to work on (the fault tests under strace).
            dependencies: ["panelist", "PanelistCore", "PanelistStore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The application layer as a library: packages, returns, settings, bundled rubrics.
        .testTarget(
            name: "PanelistAppTests",
            dependencies: ["PanelistApp", "PanelistCore", "PanelistStore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Panel merge tests: journals written through the real JournalFile writer.
        .testTarget(
            name: "PanelistPanelTests",
            dependencies: ["PanelistCore", "PanelistStore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // How grid cells are sent to the terminal: widths as ncursesw and wcwidth-based terminals count them.
        .testTarget(
            name: "PanelistTerminalTests",
            dependencies: ["PanelistTerminal", "PanelistUI", "PanelistCore", "CNcursesw"]
        ),
        // The .docx importer against fixture documents made by Fixtures/docx/make_fixtures.py.
        .testTarget(
            name: "PanelistDocxTests",
            dependencies: ["PanelistDocx", "PanelistCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "PanelistUITests",
            dependencies: ["PanelistUI", "PanelistCore"],
            exclude: ["Snapshots"]
        ),
    ]
)

// swift-tools-version:6.0
// libFuzzer targets for panelist's parsers, a separate package so that `swift build` and `swift test`
// of the main package never see them. Build and run them with Tests/Scripts/fuzz.sh, or by hand:
//   cd Tests/Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
//   .build/release/FuzzJournalLine Corpus/journal-line -max_total_time=60
import PackageDescription

let package = Package(
    name: "PanelistFuzz",
    dependencies: [
        .package(name: "Panelist", path: "../.."),
    ],
    targets: [
        // libFuzzer's driver entry point, which each target's main calls (through FuzzDriver).
        .target(name: "CFuzzDriver"),
        // Loading the bundled rubrics once, shared by the targets that need one.
        .target(name: "FuzzSupport", dependencies: [.product(name: "PanelistCore", package: "Panelist")]),
        // Runs a target under libFuzzer's driver (fuzz targets only: it needs -sanitize=fuzzer to link).
        .target(name: "FuzzDriver", dependencies: ["CFuzzDriver"]),
        // JournalParser, JournalRecord.decode and JSONParser on arbitrary bytes; an accepted record re-encodes to its own bytes.
        .executableTarget(name: "FuzzJournalLine", dependencies: ["FuzzDriver", "FuzzSupport", .product(name: "PanelistCore", package: "Panelist")]),
        // Actions decoded from JSON lines (no checksums), validated, replayed and scored under every bundled rubric.
        .executableTarget(name: "FuzzReplayScore", dependencies: ["FuzzDriver", "FuzzSupport", .product(name: "PanelistCore", package: "Panelist")]),
        // SheetParser and SheetImport on arbitrary bytes.
        .executableTarget(name: "FuzzSheet", dependencies: ["FuzzDriver", "FuzzSupport", .product(name: "PanelistCore", package: "Panelist")]),
        // ApplicationLoader on arbitrary YAML.
        .executableTarget(name: "FuzzApplication", dependencies: ["FuzzDriver", "FuzzSupport", .product(name: "PanelistCore", package: "Panelist")]),
        // Writes the seed corpora from the fixtures.
        .executableTarget(name: "FuzzSeeds", dependencies: ["FuzzSupport", .product(name: "PanelistCore", package: "Panelist")]),
    ]
)

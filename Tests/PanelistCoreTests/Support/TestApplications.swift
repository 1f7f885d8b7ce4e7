import Foundation
@testable import PanelistCore

/// Loads application fixtures from `Fixtures/`.
enum TestApplications {
    /// The `Fixtures` folder.
    static var directory: URL { TestRubrics.packageRoot.appendingPathComponent("Fixtures") }

    /// The text of `Fixtures/<path>`.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
    }

    /// The `.yaml` files of a fixture folder, sorted.
    static func files(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// Loads `Fixtures/<path>` against a rubric: the application and every diagnostic.
    static func load(_ path: String, rubric: Rubric) throws -> (Application?, [Diagnostic]) {
        ApplicationLoader.load(yaml: try text(path), file: "Fixtures/" + path, rubric: rubric)
    }
}

import Foundation
import Testing
@testable import PanelistCore

/// Loads the bundled rubric files for tests, failing loudly with every diagnostic.
enum TestRubrics {
    /// The package root (three levels above this file).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `Rubrics` folder.
    static var directory: URL { packageRoot.appendingPathComponent("Rubrics") }

    struct LoadFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Loads and validates `Rubrics/<file>`; throws with all errors if it does not load cleanly.
    static func load(_ file: String) throws -> Rubric {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let (rubric, loadDiagnostics) = RubricLoader.load(yaml: text, file: "Rubrics/" + file)
        guard let rubric else { throw LoadFailure(description: loadDiagnostics.map(\.description).joined(separator: "\n")) }
        let diagnostics = loadDiagnostics + RubricValidator.validate(rubric)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw LoadFailure(description: errors.map(\.description).joined(separator: "\n")) }
        return rubric
    }

    /// Loads a rubric from YAML text (for validator tests): the rubric and every diagnostic.
    static func parse(_ yaml: String, file: String = "test.yaml") -> (Rubric?, [Diagnostic]) {
        let (rubric, loadDiagnostics) = RubricLoader.load(yaml: yaml, file: file)
        guard let rubric else { return (nil, loadDiagnostics) }
        return (rubric, loadDiagnostics + RubricValidator.validate(rubric))
    }

    /// Counts over a rubric's tree, for fidelity tests against the seed.
    static func counts(_ rubric: Rubric) -> (nodes: Int, leaves: Int, options: Int, items: Int, lines: Int, bands: Int) {
        var options = 0, items = 0, lines = 0, bands = 0
        for node in rubric.allNodes {
            for part in node.parts {
                switch part.rule {
                case .choice(let o): options += o.count
                case .checklist(_, let i): items += i.count
                case .counts(let l): lines += l.count
                case .bands(_, let b): bands += b.count
                case .coverage(let t): options += t.count
                case .manual: break
                }
            }
        }
        return (rubric.allNodes.count, rubric.indicators.count, options, items, lines, bands)
    }
}

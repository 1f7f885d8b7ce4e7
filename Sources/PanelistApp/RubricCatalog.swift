import Foundation
import PanelistCore

/// Loads rubric files: from bytes, or the files of a folder (for `rubric check` and override folders; see `RubricLibrary`).
public enum RubricCatalog {
    /// The `.yaml` files of a folder, sorted by name.
    public static func files(in dir: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Loads and validates one file: the rubric (if usable) and every diagnostic.
    public static func load(_ url: URL, displayName: String? = nil) -> (Rubric?, [Diagnostic]) {
        let name = displayName ?? url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (nil, [Diagnostic(.error, SourceLocation(file: name, line: 1, column: 1), "cannot read the file; check that it exists and is readable")])
        }
        return load(bytes: Array(data), displayName: name)
    }

    /// Loads and validates a rubric file's bytes: the rubric (if usable) and every diagnostic.
    public static func load(bytes: [UInt8], displayName name: String) -> (Rubric?, [Diagnostic]) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, [Diagnostic(.error, SourceLocation(file: name, line: 1, column: 1), "the file is not UTF-8 text; save it as UTF-8")])
        }
        let (rubric, loadDiagnostics) = RubricLoader.load(yaml: text, file: name)
        guard let rubric else { return (nil, loadDiagnostics) }
        let checks = RubricValidator.validate(rubric)
        let all = loadDiagnostics + checks
        return (all.contains { $0.severity == .error } ? nil : rubric, all)
    }
}

import Foundation
import PanelistCore

/// Finds and loads the rubric files of a folder.
public enum RubricCatalog {
    /// The folder named explicitly, by `PANELIST_RUBRICS`, `./Rubrics`, or found upward from the program.
    public static func locate(explicit: String?) throws -> URL {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
        if let env = ProcessInfo.processInfo.environment["PANELIST_RUBRICS"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Rubrics"))
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("Rubrics"))
            dir = dir.deletingLastPathComponent()
        }
        for candidate in candidates {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue { return candidate }
        }
        if let explicit { throw AppError("rubric folder '\(explicit)' does not exist; pass an existing folder to --rubrics") }
        throw AppError("no Rubrics folder found; run from the project folder or pass --rubrics DIR (or set PANELIST_RUBRICS)")
    }

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
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [Diagnostic(.error, SourceLocation(file: name, line: 1, column: 1), "the file is not UTF-8 text; save it as UTF-8")])
        }
        let (rubric, loadDiagnostics) = RubricLoader.load(yaml: text, file: name)
        guard let rubric else { return (nil, loadDiagnostics) }
        let checks = RubricValidator.validate(rubric)
        let all = loadDiagnostics + checks
        return (all.contains { $0.severity == .error } ? nil : rubric, all)
    }

    /// Every usable rubric in the folder, with the diagnostics of the rest.
    public static func loadAll(in dir: URL) throws -> (rubrics: [Rubric], diagnostics: [Diagnostic]) {
        var rubrics: [Rubric] = []
        var diagnostics: [Diagnostic] = []
        for file in try files(in: dir) {
            let (rubric, d) = load(file, displayName: "Rubrics/" + file.lastPathComponent)
            diagnostics += d
            if let rubric { rubrics.append(rubric) }
        }
        return (rubrics, diagnostics)
    }

    /// The rubric with an id (or a file path).
    public static func find(_ idOrPath: String, in dir: URL) throws -> Rubric {
        if idOrPath.hasSuffix(".yaml") || idOrPath.hasSuffix(".yml") {
            let (rubric, diagnostics) = load(URL(fileURLWithPath: idOrPath), displayName: idOrPath)
            guard let rubric else { throw AppError(diagnostics.map(\.description).joined(separator: "\n")) }
            return rubric
        }
        let (rubrics, _) = try loadAll(in: dir)
        guard let rubric = rubrics.first(where: { $0.id == idOrPath }) else {
            throw AppError("no rubric with id '\(idOrPath)'; known ids: \(rubrics.map(\.id).joined(separator: ", ")) (see 'panelist rubric list')")
        }
        return rubric
    }
}

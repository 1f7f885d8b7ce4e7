import Foundation
import PanelistCore

/// The rubrics in use: the bundled ones, then `PANELIST_RUBRICS`, then `--rubrics DIR`; a later rubric with the same id overrides.
public struct RubricLibrary: Sendable {
    /// The rubrics by id, one per id, sorted by id.
    public private(set) var sources: [RubricSource]
    /// Override folders in force, in order (their companion files, e.g. `forms/`, come first).
    public private(set) var folders: [String]
    /// Other versions of rubrics, found only by id and hash: those of installed review packages.
    public var alternates: [RubricSource] = []

    /// A library of the given rubrics (e.g. for tests).
    public init(sources: [RubricSource], folders: [String] = []) {
        self.sources = []
        self.folders = folders
        for source in sources { add(source) }
    }

    /// The bundled rubrics: `Rubrics/*.yaml` compiled into the program, named by their id.
    public static func bundled() -> RubricLibrary {
        let sources = BundledFiles.files(under: "Rubrics").filter { !$0.path.contains("/") && isYAML($0.path) }.map {
            RubricSource(id: stem($0.path), displayName: "Rubrics/" + $0.path, bytes: $0.bytes, origin: .bundled)
        }
        return RubricLibrary(sources: sources)
    }

    /// Bundled rubrics, then the folder in `PANELIST_RUBRICS`, then `--rubrics DIR`.
    public static func standard(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> RubricLibrary {
        var library = bundled()
        if let env = environment["PANELIST_RUBRICS"], !env.isEmpty { try library.addFolder(env, namedBy: "PANELIST_RUBRICS") }
        if let explicit { try library.addFolder(explicit, namedBy: "--rubrics") }
        return library
    }

    /// Adds or overrides with the rubric files (`*.yaml`) of a folder.
    public mutating func addFolder(_ path: String, namedBy option: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
            throw AppError("rubric folder '\(path)' (\(option)) does not exist; name an existing folder")
        }
        for url in try RubricCatalog.files(in: URL(fileURLWithPath: path)) {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let bytes = Array(data)
            let parsed = RubricLoader.load(yaml: String(decoding: bytes, as: UTF8.self), file: url.path).0
            add(RubricSource(id: parsed?.id ?? Self.stem(url.lastPathComponent), displayName: url.path, bytes: bytes, origin: .folder(path)))
        }
        folders.append(path)
    }

    /// Adds a rubric, replacing one with the same id.
    public mutating func add(_ source: RubricSource) {
        if let index = sources.firstIndex(where: { $0.id == source.id }) {
            sources[index] = source
        } else {
            sources.append(source)
            sources.sort { $0.id < $1.id }
        }
    }

    /// The ids known.
    public var ids: [String] { sources.map(\.id) }

    /// The rubric with an id, or the file at a path (`….yaml`).
    public func source(_ idOrPath: String) throws -> RubricSource {
        if Self.isYAML(idOrPath) {
            guard let data = FileManager.default.contents(atPath: idOrPath) else {
                throw AppError("\(idOrPath): cannot read the rubric file; check that it exists and is readable")
            }
            let bytes = Array(data)
            let parsed = RubricLoader.load(yaml: String(decoding: bytes, as: UTF8.self), file: idOrPath).0
            return RubricSource(id: parsed?.id ?? Self.stem(idOrPath), displayName: idOrPath, bytes: bytes, origin: .file)
        }
        guard let source = sources.first(where: { $0.id == idOrPath }) else {
            throw AppError("no rubric with id '\(idOrPath)'; known ids: \(ids.joined(separator: ", ")) (see 'panelist rubric list', or add a folder with --rubrics DIR)")
        }
        return source
    }

    /// The rubric with an id, preferring the version with a given hash (a journal's) among the library and its alternates.
    public func source(_ id: String, sha256: String?) throws -> RubricSource {
        if let sha256, !Self.isYAML(id), let exact = (sources + alternates).first(where: { $0.id == id && $0.sha256 == sha256 }) {
            return exact
        }
        return try source(id)
    }

    /// The usable rubric with an id, or from a file.
    public func find(_ idOrPath: String) throws -> Rubric { try source(idOrPath).rubric() }

    /// Every usable rubric, with the diagnostics of all.
    public func loadAll() -> (rubrics: [Rubric], diagnostics: [Diagnostic]) {
        var rubrics: [Rubric] = []
        var diagnostics: [Diagnostic] = []
        for source in sources {
            let (rubric, d) = source.load()
            diagnostics += d
            if let rubric { rubrics.append(rubric) }
        }
        return (rubrics, diagnostics)
    }

    /// A companion file below the rubrics folder (e.g. `forms/<id>.form.yaml`): from the override folders (last first), else
    /// bundled; its name for messages (the path, or `Rubrics/…` when bundled) and bytes.
    public func companion(_ relativePath: String) -> (name: String, bytes: [UInt8])? {
        for folder in folders.reversed() {
            let path = folder + "/" + relativePath
            if let data = FileManager.default.contents(atPath: path) { return (path, Array(data)) }
        }
        return BundledFiles.all["Rubrics/" + relativePath].map { ("Rubrics/" + relativePath, $0) }
    }

    static func isYAML(_ path: String) -> Bool { path.hasSuffix(".yaml") || path.hasSuffix(".yml") }

    static func stem(_ name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        return last.hasSuffix(".yaml") ? String(last.dropLast(5)) : last.hasSuffix(".yml") ? String(last.dropLast(4)) : last
    }
}

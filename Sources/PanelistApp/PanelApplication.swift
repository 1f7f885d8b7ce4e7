import Foundation
import PanelistCore

/// An application file of a panel, loaded against the panel's rubric, with the attachment files found beside it.
public struct PanelApplication: Sendable {
    /// The application as loaded.
    public var application: Application
    /// The file's path.
    public var path: String
    /// The file's bytes.
    public var bytes: [UInt8]
    /// Attachments named by the evidence list and found on disk: name (as the application writes it) and path.
    public var attachments: [(name: String, path: String)]
    /// Evidence files named but not found.
    public var missingAttachments: [String]

    /// The id.
    public var id: String { application.id }

    /// Loads an application file against a rubric; attachments are looked for beside it and in a folder named by its id.
    public static func load(_ path: String, rubric: Rubric) throws -> PanelApplication {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AppError("\(path): cannot read the application; check that it exists and is readable")
        }
        let bytes = Array(data)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw AppError("\(path): not UTF-8 text; save it as UTF-8") }
        let (application, diagnostics) = ApplicationLoader.load(yaml: text, file: path, rubric: rubric)
        guard let application else {
            throw AppError(diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
        }
        let dir = (path as NSString).deletingLastPathComponent
        var found: [(String, String)] = []
        var missing: [String] = []
        var seen: Set<String> = []
        for evidence in application.evidence where !evidence.file.isEmpty && seen.insert(evidence.file).inserted {
            let candidates = [dir + "/" + evidence.file, dir + "/" + application.id + "/" + evidence.file]
            if SafePath.problem(evidence.file) == nil, let hit = candidates.first(where: { isFile($0) }) {
                found.append((evidence.file, hit))
            } else {
                missing.append(evidence.file)
            }
        }
        return PanelApplication(application: application, path: path, bytes: bytes, attachments: found, missingAttachments: missing)
    }

    /// The application files a panel names: paths (relative to the panel file), folders, or ids found among `extra` files and folders.
    public static func resolve(_ entries: [String], panelFile: String, extra: [String]) throws -> [String] {
        let base = (panelFile as NSString).deletingLastPathComponent
        func absolute(_ p: String) -> String { p.hasPrefix("/") ? p : (base.isEmpty ? p : base + "/" + p) }
        func yamlFiles(_ p: String) throws -> [String] {
            if isDirectory(p) {
                return try FileManager.default.contentsOfDirectory(atPath: p).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { p + "/" + $0 }
            }
            guard isFile(p) else { throw AppError("\(p): no such application file or folder") }
            return [p]
        }
        var pool: [String] = []
        for e in extra { pool += try yamlFiles(e) }
        var files: [String] = []
        for entry in entries {
            if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") || isDirectory(absolute(entry)) {
                files += try yamlFiles(absolute(entry))
            } else if let hit = pool.first(where: { idOf($0) == entry }) {
                files.append(hit)
            } else {
                throw AppError("\(panelFile): the application '\(entry)' is not a file, and no application given with --applications has that id")
            }
        }
        if entries.isEmpty { files = pool }
        return files
    }

    /// The id an application file declares, if it can be read.
    static func idOf(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return ApplicationLoader.parse(yaml: String(decoding: data, as: UTF8.self), file: path).application?.id
    }

    static func isFile(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && !dir.boolValue
    }

    static func isDirectory(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }
}

import Foundation
import PanelistCore
import PanelistStore

/// Reads what merge knows besides the journals: the panel file (`--panel`) and the application files
/// (`--application` and the panel file's), giving the applicants' names and titles, the expected
/// reviewers and the application hashes the journals must record.
public enum PanelContextLoader {
    /// What was read.
    public struct Loaded: Sendable {
        /// The context for `PanelMerger.merge`.
        public var context: PanelMergeContext
        /// Application id → the SHA-256 of its file (for `IntakePolicy.applicationHashes`).
        public var hashes: [String: String]
        /// The applications loaded, by id.
        public var applications: [String: Application]
    }

    /// Loads the panel file (if given) and every application file; errors name the file and line.
    public static func load(panel: String?, applications paths: [String], rubric: Rubric, flags: Set<String>, lang: Lang) throws -> Loaded {
        var files = paths
        var plan: PanelPlan?
        if let panel {
            let text = String(decoding: try read(panel, lang), as: UTF8.self)
            let (loaded, diagnostics) = PanelPlanLoader.load(yaml: text, file: panel)
            guard let loaded, !diagnostics.contains(where: { $0.severity == .error }) else {
                throw AppError(diagnostics.map(\.description).joined(separator: "\n"))
            }
            guard loaded.rubricID == rubric.id else {
                throw AppError(lang.pick("\(panel)：专家组名单的细则是 \(loaded.rubricID)，日志的细则是 \(rubric.id)",
                                         "\(panel): the panel is for rubric '\(loaded.rubricID)', the journals for '\(rubric.id)'"))
            }
            let base = URL(fileURLWithPath: panel).deletingLastPathComponent()
            for entry in loaded.applications where entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") {
                let path = entry.hasPrefix("/") ? entry : base.appendingPathComponent(entry).standardizedFileURL.path
                if !files.contains(path) { files.append(path) }
            }
            plan = loaded
        }
        var apps: [String: Application] = [:]
        var hashes: [String: String] = [:]
        var order: [String] = []
        for path in files {
            let bytes = try read(path, lang)
            let (app, diagnostics) = ApplicationLoader.load(yaml: String(decoding: bytes, as: UTF8.self), file: path, rubric: rubric)
            guard let app else { throw AppError(diagnostics.map(\.description).joined(separator: "\n")) }
            apps[app.id] = app
            hashes[app.id] = JournalHash.sha256Hex(bytes)
            order.append(app.id)
        }
        var roster: PanelRoster?
        if let plan {
            // The panel's applications: the loaded files' ids in the file's order, and entries written as bare ids.
            let base = URL(fileURLWithPath: panel ?? ".").deletingLastPathComponent()
            let ids: [String] = plan.applications.map { entry in
                guard entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") else { return entry }
                let path = entry.hasPrefix("/") ? entry : base.appendingPathComponent(entry).standardizedFileURL.path
                return files.firstIndex(of: path).map { order[$0] } ?? entry
            }
            roster = PanelRoster(plan: plan, applicationIDs: ids)
        }
        let context = PanelMergeContext(applications: apps.mapValues(ApplicationInfo.init), roster: roster, flags: flags)
        return Loaded(context: context, hashes: hashes, applications: apps)
    }

    static func read(_ path: String, _ lang: Lang) throws -> [UInt8] {
        do { return try AtomicFile.read(path) } catch { throw AppError(lang.pick(error.zh, error.en)) }
    }
}

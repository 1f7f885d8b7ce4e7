import Foundation
import PackagePlugin

/// Compiles the bundled files (the whole `Rubrics/` tree, with `forms/`, and the demo applications in
/// `Fixtures/applications/`) into the target as generated Swift source.
///
/// Why not SwiftPM resources: on Linux `Bundle.module` looks for `Panelist_PanelistApp.resources` beside the
/// executable and otherwise at the absolute build path; a binary copied elsewhere finds neither and stops.
@main
struct EmbedBundledFiles: BuildToolPlugin {
    /// The folders embedded, relative to the package root.
    static let folders = ["Rubrics", "Fixtures/applications"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var relative: [String] = []
        for folder in Self.folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let path = url.standardizedFileURL.path
                let prefix = base.standardizedFileURL.path + "/"
                guard path.hasPrefix(prefix) else { continue }
                relative.append(folder + "/" + String(path.dropFirst(prefix.count)))
            }
        }
        relative.sort()
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles.swift")
        return [.buildCommand(
            displayName: "Embedding \(relative.count) bundled files",
            executable: try context.tool(named: "panelist-embed").url,
            arguments: [output.path, root.path] + relative,
            inputFiles: relative.map { root.appendingPathComponent($0) },
            outputFiles: [output])]
    }
}

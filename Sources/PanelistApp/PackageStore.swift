import Foundation
import PanelistCore
import PanelistStore

/// The packages installed for this user: listing, finding by id, and their rubrics for the library.
public struct PackageStore: Sendable {
    /// The folders in use.
    public var paths: AppPaths
    /// The language of messages.
    public var lang: Lang

    /// Creates a store over the given folders.
    public init(paths: AppPaths, lang: Lang) {
        self.paths = paths
        self.lang = lang
    }

    /// Every installed package, by id; a folder whose manifest cannot be read is skipped.
    public func installed() -> [InstalledPackage] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: paths.packagesDirectory) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { try? load($0) }
    }

    /// The installed package with an id.
    public func load(_ id: String) throws -> InstalledPackage {
        let dir = paths.packageDirectory(id)
        guard SafePath.isIdentifier(id), let bytes = try? AtomicFile.read(dir + "/manifest.json") else {
            let known = installed().map(\.id)
            throw AppError(lang.pick("没有已安装的评审包 \(id)（已安装：\(known.isEmpty ? "无" : known.joined(separator: ", "))；用 panelist open FILE 安装）",
                                     "no installed package '\(id)' (installed: \(known.isEmpty ? "none" : known.joined(separator: ", "))); install one with 'panelist open FILE'"))
        }
        let manifest = try PackageManifest.decode(bytes, file: dir + "/manifest.json")
        return InstalledPackage(manifest: manifest, directory: dir, state: paths.packageState(manifest.id))
    }

    /// The package named, or the only one installed.
    public func pick(_ id: String?) throws -> InstalledPackage {
        if let id { return try load(id) }
        let all = installed()
        guard all.count == 1 else {
            throw AppError(all.isEmpty
                ? lang.pick("尚未安装评审包；用 panelist open FILE 安装", "no package is installed; install one with 'panelist open FILE'")
                : lang.pick("已安装多个评审包，请指明：\(all.map(\.id).joined(separator: ", "))", "several packages are installed; name one: \(all.map(\.id).joined(separator: ", "))"))
        }
        return all[0]
    }

    /// The rubrics the installed packages carry (alternates for the rubric library: a package's journals are checked against its own rubric).
    public func rubricSources() -> [RubricSource] { installed().map(\.rubricSource).filter { !$0.bytes.isEmpty } }
}

import Crypto
import Foundation
@testable import PanelistApp
import PanelistCore
import PanelistStore
import ZIPFoundation

/// A private set of folders for one test: the office's output, and a reviewer's XDG home.
final class AppFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let panelFile = root.appendingPathComponent("Fixtures/panels/zz-2024-panel.yaml").path

    let dir: String

    init() throws {
        dir = NSTemporaryDirectory() + "panelist-app-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    /// A path inside the fixture folder.
    func path(_ name: String) -> String { dir + "/" + name }

    /// The folders of a person (reviewer or chair) named `who`.
    func paths(_ who: String) -> AppPaths {
        AppPaths(state: StatePaths(stateDirectory: path("\(who)/state"), configDirectory: path("\(who)/config")), dataDirectory: path("\(who)/data"))
    }

    /// A person's key (made on first use).
    func key(_ who: String) throws -> ReviewerKey { try ReviewerKey.loadOrCreate(at: paths(who).state.keyPath) }

    /// Makes the fixture panel's packages into `out/`, optionally pinning keys by name.
    @discardableResult
    func makePackages(keys: [String: ReviewerKey] = [:], panel: String = AppFixture.panelFile, library: RubricLibrary = .bundled()) throws -> PackageBuilder.Result {
        let known = try KnownKeysFile.parse(keys.map { "\($0.value.fingerprint) \($0.key)" }.joined(separator: "\n"), file: "keys.txt")
        return try PackageBuilder(library: library, lang: .en).create(panelFile: panel, applications: [], rubric: nil, knownKeys: known,
                                                                       outDirectory: path("out"), now: Date(timeIntervalSince1970: 1_764_000_000))
    }

    /// The package file for a slot (`r1`, `r2`, `r3`, `chair`).
    func packageFile(_ slot: String) -> String { path("out/zz-2024-panel-a-\(slot).zip") }

    /// Installs a package for `who`.
    func install(_ file: String, as who: String, limits: PackageLimits = .package) throws -> PackageInstaller.Installed {
        try PackageInstaller(paths: paths(who), library: .bundled(), lang: .en, limits: limits).install(file, fingerprint: try key(who).fingerprint)
    }

    /// Opens every application of an installed package for `who` (creating the journals) and applies `actions` to each, then signs when asked.
    func review(_ package: InstalledPackage, as who: String, sign: Set<String>, actions: (Rubric) -> [JournalAction] = { _ in [] }) throws {
        let key = try key(who)
        let opener = ReviewOpener(library: .bundled(), paths: package.state, identity: ReviewerIdentity(name: package.manifest.person.name, key: key), lang: .en)
        for app in package.reviewApplications {
            let opened = try opener.open(applicationBytes: try AtomicFile.read(package.file(app.file)), name: app.file, rubric: package.rubricSource)
            for action in actions(opened.rubric) { _ = try opened.journal.append(action) }
            if sign.contains(app.id) { _ = try opened.journal.signOff(with: key) }
            opened.journal.close()
        }
    }

    /// Rewrites a zip with its entries changed by `edit` (path → bytes; nil drops it), keeping the order.
    static func rewrite(_ file: String, to out: String, _ edit: (String, [UInt8]) -> [UInt8]?) throws {
        let source = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        var files: [(String, [UInt8])] = []
        for entry in source {
            var bytes: [UInt8] = []
            _ = try source.extract(entry) { bytes.append(contentsOf: $0) }
            if let changed = edit(entry.path, bytes) { files.append((entry.path, changed)) }
        }
        try Data(try ZipFile.make(files)).write(to: URL(fileURLWithPath: out))
    }

    /// A zip with one raw entry added to a package's entries: a path such as `../x`, or a symlink.
    static func addingEntry(to file: String, out: String, path: String, type: Entry.EntryType, bytes: [UInt8]) throws {
        try rewrite(file, to: out) { _, b in b }
        let archive = try Archive(url: URL(fileURLWithPath: out), accessMode: .update)
        let data = Data(bytes)
        try archive.addEntry(with: path, type: type, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}

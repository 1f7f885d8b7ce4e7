import Foundation
import PanelistCore
import PanelistStore

/// `panelist open FILE`: checks a review package completely, then installs it under `packages/<id>`.
///
/// Refused, naming the file and the reason, and with nothing written: a file over the limits, not a zip, truncated,
/// an unsafe entry (absolute, `..`, symlink), a file not in the manifest or missing from it, a hash mismatch,
/// a rubric or application that does not load, a package pinned to another reviewer's key, or a different
/// package already installed under the same id. Opening the same package again is harmless.
public struct PackageInstaller {
    /// The folders in use.
    public var paths: AppPaths
    /// The rubrics installed (compared with the package's).
    public var library: RubricLibrary
    /// The language of messages.
    public var lang: Lang
    /// Size limits.
    public var limits: PackageLimits

    /// Creates an installer.
    public init(paths: AppPaths, library: RubricLibrary, lang: Lang, limits: PackageLimits = .package) {
        self.paths = paths
        self.library = library
        self.lang = lang
        self.limits = limits
    }

    /// What opening a package did.
    public struct Installed: Sendable {
        /// The installed package.
        public var package: InstalledPackage
        /// It was already installed, byte for byte; nothing was written.
        public var wasInstalled: Bool
        /// Notes to show (e.g. the package's rubric differs from the installed one).
        public var notes: [String]
    }

    /// Checks and installs the package file for the reviewer with this key fingerprint.
    public func install(_ file: String, fingerprint: String) throws -> Installed {
        let zip = try ZipFile(path: file, limits: limits, lang: lang)
        let manifestBytes = try zip.read("manifest.json", limit: limits.manifestBytes)
        let manifest = try PackageManifest.decode(manifestBytes, file: file)

        // The key first: a package pinned to someone else's key is not theirs to open.
        if let pinned = manifest.person.key, JournalSigning.normalise(pinned) != JournalSigning.normalise(fingerprint) {
            throw AppError(lang.pick("\(file)：这个评审包是给 \(manifest.person.name)（密钥 \(pinned)）的，你的密钥是 \(fingerprint)；未安装。请向项目办公室确认",
                                     "\(file): this package is for \(manifest.person.name) (key \(pinned)); your key is \(fingerprint). Not installed; check with the programme office"))
        }
        // Exactly the files the manifest lists, each with a safe path.
        let listed = Set(manifest.files.map(\.path))
        for ref in manifest.files {
            if let problem = SafePath.problem(ref.path) {
                throw AppError(lang.pick("\(file)：清单中的路径 “\(ref.path)” 不安全：\(problem)", "\(file): the manifest's path '\(ref.path)' is unsafe: \(problem)"))
            }
            guard zip.entries[ref.path] != nil else {
                throw AppError(lang.pick("\(file)：清单列出的 \(ref.path) 不在包中", "\(file): \(ref.path) is listed in the manifest but missing from the package"))
            }
        }
        for name in zip.entries.keys.sorted() where name != "manifest.json" && !listed.contains(name) {
            throw AppError(lang.pick("\(file)：\(name) 不在清单中（包被改动过？），未安装", "\(file): \(name) is not in the manifest (was the package altered?); not installed"))
        }
        guard listed.count == manifest.files.count else {
            throw AppError(lang.pick("\(file)：清单中有重复的文件", "\(file): the manifest lists a file twice"))
        }
        guard listed.contains(manifest.rubric.file), manifest.files.first(where: { $0.path == manifest.rubric.file })?.sha256 == manifest.rubric.sha256 else {
            throw AppError(lang.pick("\(file)：清单中的细则文件与文件列表不符", "\(file): the manifest's rubric entry does not match its file list"))
        }
        for app in manifest.applications {
            guard manifest.files.first(where: { $0.path == app.file })?.sha256 == app.sha256, app.attachments.allSatisfy(listed.contains) else {
                throw AppError(lang.pick("\(file)：清单中申报 \(app.id) 的文件与文件列表不符", "\(file): the manifest's entry for \(app.id) does not match its file list"))
            }
        }
        for id in manifest.assignment where !manifest.applications.contains(where: { $0.id == id }) {
            throw AppError(lang.pick("\(file)：分配的申报 \(id) 不在包中", "\(file): the assigned application \(id) is not in the package"))
        }

        // Unpack into a private folder beside the target, checking every hash; only then rename into place.
        try makeDirectory(paths.packagesDirectory)
        let staging = paths.packagesDirectory + "/.incoming-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: staging) }
        for ref in manifest.files {
            let sha = try zip.extract(ref.path, to: staging + "/" + ref.path)
            guard sha == ref.sha256 else {
                throw AppError(lang.pick("\(file)：\(ref.path) 的 SHA-256 与清单不符（清单 \(ref.sha256.prefix(12))…，实际 \(sha.prefix(12))…）；包已损坏或被改动，未安装",
                                         "\(file): the SHA-256 of \(ref.path) does not match the manifest (manifest \(ref.sha256.prefix(12))…, actual \(sha.prefix(12))…); the package is damaged or altered; not installed"))
            }
        }
        try write(manifestBytes, to: staging + "/manifest.json")

        // The rubric and applications must load (the package's own rubric is used for its applications).
        let rubricBytes = try read(staging + "/" + manifest.rubric.file)
        let source = RubricSource(id: manifest.rubric.id, displayName: file + ":" + manifest.rubric.file, bytes: rubricBytes, origin: .package(manifest.id))
        let rubric: Rubric
        do { rubric = try source.rubric() } catch let error as AppError {
            throw AppError(lang.pick("\(file)：包中的细则无法使用：", "\(file): the package's rubric cannot be used: ") + error.description)
        }
        guard rubric.id == manifest.rubric.id else {
            throw AppError(lang.pick("\(file)：包中细则的编号是 \(rubric.id)，清单写的是 \(manifest.rubric.id)", "\(file): the package's rubric is '\(rubric.id)', the manifest says '\(manifest.rubric.id)'"))
        }
        for app in manifest.applications {
            let bytes = try read(staging + "/" + app.file)
            let (loaded, diagnostics) = ApplicationLoader.load(yaml: String(decoding: bytes, as: UTF8.self), file: file + ":" + app.file, rubric: rubric)
            guard let loaded else {
                throw AppError(lang.pick("\(file)：包中的申报 \(app.id) 无法使用：", "\(file): the package's application \(app.id) cannot be used: ")
                               + diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "; "))
            }
            guard loaded.id == app.id else {
                throw AppError(lang.pick("\(file)：\(app.file) 的申报编号是 \(loaded.id)，清单写的是 \(app.id)", "\(file): \(app.file) has the id '\(loaded.id)', the manifest says '\(app.id)'"))
            }
        }

        var notes: [String] = []
        if let installed = try? library.source(manifest.rubric.id), installed.sha256 != source.sha256 {
            notes.append(Self.rubricDifference(package: source, installed: installed, packageID: manifest.id, lang: lang))
        }

        // Into place: the same package again changes nothing; a different one under the same id is refused.
        let target = paths.packageDirectory(manifest.id)
        if FileManager.default.fileExists(atPath: target) {
            let existing = (try? AtomicFile.read(target + "/manifest.json")) ?? []
            guard existing == manifestBytes else {
                throw AppError(lang.pick("\(file)：已安装另一个同编号（\(manifest.id)）的评审包，位于 \(target)；未覆盖。若办公室重新发了包，请先交回或备份后删除该文件夹",
                                         "\(file): a different package with the id \(manifest.id) is installed at \(target); not replaced. If the office re-issued it, return or back up, then remove that folder"))
            }
            return Installed(package: InstalledPackage(manifest: manifest, directory: target, state: paths.packageState(manifest.id)), wasInstalled: true, notes: notes)
        }
        guard rename(staging, target) == 0 else {
            // Another `open` of the same package may have won the race: that is the same package installed.
            if (try? AtomicFile.read(target + "/manifest.json")) == manifestBytes {
                return Installed(package: InstalledPackage(manifest: manifest, directory: target, state: paths.packageState(manifest.id)), wasInstalled: true, notes: notes)
            }
            throw AppError(lang.pick("无法安装到 \(target)：\(String(cString: strerror(errno)))", "cannot install into \(target): \(String(cString: strerror(errno)))"))
        }
        return Installed(package: InstalledPackage(manifest: manifest, directory: target, state: paths.packageState(manifest.id)), wasInstalled: false, notes: notes)
    }

    /// A note on how the package's rubric differs from the installed one with the same id (the first differing line).
    public static func rubricDifference(package: RubricSource, installed: RubricSource, packageID: String, lang: Lang) -> String {
        let a = String(decoding: package.bytes, as: UTF8.self).components(separatedBy: "\n")
        let b = String(decoding: installed.bytes, as: UTF8.self).components(separatedBy: "\n")
        var line = 0
        while line < min(a.count, b.count), a[line] == b[line] { line += 1 }
        let ours = line < a.count ? a[line] : lang.pick("（文件结束）", "(end of file)")
        let theirs = line < b.count ? b[line] : lang.pick("（文件结束）", "(end of file)")
        return lang.pick(
            "注意：评审包 \(packageID) 中的细则 \(package.id) 与本机安装的（\(installed.originText(lang))）不同，本包使用包中的细则。首个不同处第 \(line + 1) 行：包中 “\(ours.trimmingCharacters(in: .whitespaces))”，本机 “\(theirs.trimmingCharacters(in: .whitespaces))”（SHA-256 \(package.sha256.prefix(12))… / \(installed.sha256.prefix(12))…）",
            "Note: the rubric \(package.id) in package \(packageID) differs from the installed one (\(installed.originText(lang))); this package uses its own. First difference at line \(line + 1): package '\(ours.trimmingCharacters(in: .whitespaces))', installed '\(theirs.trimmingCharacters(in: .whitespaces))' (SHA-256 \(package.sha256.prefix(12))… / \(installed.sha256.prefix(12))…)")
    }

    func makeDirectory(_ path: String) throws {
        do { try StatePaths.makeDirectory(path) } catch { throw AppError(lang.pick(error.zh, error.en)) }
    }

    func read(_ path: String) throws -> [UInt8] {
        do { return try AtomicFile.read(path) } catch { throw AppError(lang.pick(error.zh, error.en)) }
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        do { try AtomicFile.write(path, bytes) } catch { throw AppError(lang.pick(error.zh, error.en)) }
    }
}

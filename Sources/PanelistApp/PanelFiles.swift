import Foundation
import PanelistCore
import PanelistStore
import Synchronization

/// Reads the files a panel is merged from: the rubric, the reviewers' journals and the chair's journal.
public enum PanelFiles {
    /// The rubric id named by the first readable reviewer journal (not the chair's) or return file.
    public static func rubricID(namedBy journals: [String]) -> String? { rubricRef(namedBy: journals)?.id }

    /// The rubric (id and file hash) named by the first readable reviewer journal (not the chair's) or return file.
    public static func rubricRef(namedBy journals: [String]) -> JournalDocumentRef? {
        for path in journals {
            if ReturnFile.looksLikeZip(path) {
                if let r = try? ReturnFile.read(path, lang: .en) { return JournalDocumentRef(id: r.package.rubric.id, sha256: r.package.rubric.sha256) }
                continue
            }
            guard let bytes = try? AtomicFile.read(path), let header = JournalParser.parse(bytes).header, !ChairState.isChair(header) else { continue }
            return header.rubric
        }
        return nil
    }

    /// A rubric by id (bundled, from a folder, or an installed package's version with the given hash) or file, and its file's SHA-256.
    public static func loadRubric(named wanted: String, sha256: String?, library: RubricLibrary) throws -> (Rubric, String) {
        let source = try library.source(wanted, sha256: sha256)
        return (try source.rubric(), source.sha256)
    }

    /// The panel file given to merge (`--panel`), with the ids of its applications (read from the files it names,
    /// else taken from the file names or ids as written).
    public static func loadPanel(_ path: String) throws -> (plan: PanelPlan, applicationIDs: [String]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AppError("\(path): cannot read the panel file; check that it exists")
        }
        let (plan, diagnostics) = PanelPlanLoader.load(yaml: String(decoding: data, as: UTF8.self), file: path)
        guard let plan else { throw AppError(diagnostics.map(\.description).joined(separator: "\n")) }
        let base = (path as NSString).deletingLastPathComponent
        var ids: [String] = []
        for entry in plan.applications {
            guard entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") else { ids.append(entry); continue }
            let file = entry.hasPrefix("/") || base.isEmpty ? entry : base + "/" + entry
            ids.append(PanelApplication.idOf(file) ?? RubricLibrary.stem(entry))
        }
        return (plan, ids)
    }

    /// Reads and checks the return files among the inputs (zip files; the rest are journals).
    public static func returns(in inputs: [String], panel: (plan: PanelPlan, applicationIDs: [String])?, knownKeys: KnownKeysFile?, lang: Lang) -> ReturnCheck {
        ReturnCheck.check(files: inputs.filter(ReturnFile.looksLikeZip), panel: panel?.plan, applicationIDs: panel?.applicationIDs ?? [],
                          knownKeys: knownKeys, lang: lang)
    }

    /// A rubric by id (bundled or from a rubric folder) or file, and its file's SHA-256.
    public static func loadRubric(named wanted: String, library: RubricLibrary) throws -> (Rubric, String) {
        let source = try library.source(wanted)
        return (try source.rubric(), source.sha256)
    }

    /// The SHA-256 of each application file, keyed by its id (the file name without extension).
    public static func applicationHashes(_ paths: [String]) throws -> [String: String] {
        var hashes: [String: String] = [:]
        for path in paths {
            let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            hashes[id] = JournalHash.sha256Hex(try AtomicFile.read(path))
        }
        return hashes
    }

    /// Reads and checks every journal (on every core, a few at a time) and the chair journal (first, so
    /// that its record of merged heads is known); every record is checked against the rubric again.
    /// Return files among the inputs are expanded: the journals of the accepted returns (`returns`, else checked here without a panel) are added.
    /// A journal that cannot be read (a mistyped path, no permission) is an error naming the file: nothing is merged.
    public static func intake(journals: [String], chair: String?, rubric: Rubric, sha256: String, policy: IntakePolicy,
                              returns: ReturnCheck? = nil, lang: Lang = .en) throws -> IntakeReport {
        let read: @Sendable (String) throws -> [UInt8] = { path in
            do { return try AtomicFile.read(path) } catch let error as StoreError {
                throw AppError(lang.pick(error.zh + "未合并任何日志。", error.en + (error.en.hasSuffix(".") ? " " : ". ") + "Nothing was merged."))
            }
        }
        var intake = PanelIntake(rubric: rubric, rubricSHA256: sha256, policy: policy)
        if let chair {
            intake.addChair(file: URL(fileURLWithPath: chair).lastPathComponent, bytes: try read(chair))
        }
        let returns = returns ?? Self.returns(in: journals, panel: nil, knownKeys: nil, lang: .en)
        let returned = returns.journals
        intake.addAll(count: returned.count) { i in (returned[i].0, returned[i].1) }
        var seenPaths: Set<String> = []
        var paths: [String] = []
        for path in journals where !ReturnFile.looksLikeZip(path) {
            let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
            guard seenPaths.insert(canonical).inserted else { continue }  // the same path twice is one input
            paths.append(path)
        }
        // Every file is looked at before any is checked, so that one that cannot be read (a mistyped
        // path) stops the merge with its name before any work; the files are then read a few at a
        // time on every core, so the whole panel's journals are never in memory at once. A file that
        // fails to read later (a disk error) still stops the merge: nothing is merged.
        for path in paths where !FileManager.default.isReadableFile(atPath: path) { _ = try read(path) }
        let failures = Mutex<[Int: AppError]>([:])
        let names = paths.map { URL(fileURLWithPath: $0).lastPathComponent }
        let files = paths
        intake.addAll(count: files.count) { i in
            do { return (names[i], try read(files[i])) } catch {
                failures.withLock { $0[i] = error as? AppError ?? AppError("\(error)") }
                return (names[i], [])
            }
        }
        if let first = failures.withLock({ $0.min { $0.key < $1.key }?.value }) { throw first }
        return intake.finish()
    }

    /// The keys a merge accepts: a known-keys file's and a panel file's pinned keys (either may be absent; the list may be empty).
    public static func knownKeys(file: String?, panel: PanelPlan?, lang: Lang = .en) throws -> KnownKeys {
        var keys = KnownKeys()
        if let file {
            do {
                keys = try KnownKeys.parse(try AtomicFile.read(file))
            } catch let failure as KnownKeysFailure {
                throw AppError(failure.problems.map { "\(file):\($0.line):\($0.column): \(lang.pick("错误", "error")): \($0.message(lang))" }.joined(separator: "\n"))
            } catch let error as StoreError {
                throw AppError(lang.pick(error.zh, error.en))
            }
        }
        if let panel {
            var pinned: [KnownKeys.Entry] = []
            for member in [panel.chair] + panel.reviewers {
                if let key = member.key { pinned.append(KnownKeys.Entry(fingerprint: key, name: member.name, line: 0)) }
            }
            keys = keys.merging(KnownKeys(entries: pinned))
        }
        return keys
    }

    /// Loads a panel file (`panelist-panel/1`).
    public static func loadPanel(_ path: String) throws -> PanelPlan {
        let text = String(decoding: try AtomicFile.read(path), as: UTF8.self)
        let (plan, diagnostics) = PanelPlanLoader.load(yaml: text, file: path)
        guard let plan else { throw AppError(diagnostics.map(\.description).joined(separator: "\n")) }
        return plan
    }
}

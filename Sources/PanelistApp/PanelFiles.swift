import Foundation
import PanelistCore
import PanelistStore

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

    /// Reads and checks every journal (one at a time) and the chair journal.
    /// Return files among the inputs are expanded: the journals of the accepted returns (`returns`, else checked here without a panel) are added.
    public static func intake(journals: [String], chair: String?, rubric: Rubric, sha256: String, policy: IntakePolicy,
                              returns: ReturnCheck? = nil) throws -> IntakeReport {
        var intake = PanelIntake(rubricID: rubric.id, rubricSHA256: sha256, policy: policy)
        var seenPaths: Set<String> = []
        let returns = returns ?? Self.returns(in: journals, panel: nil, knownKeys: nil, lang: .en)
        for (name, bytes) in returns.journals { intake.add(file: name, bytes: bytes) }
        for path in journals where !ReturnFile.looksLikeZip(path) {
            let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
            guard seenPaths.insert(canonical).inserted else { continue }  // the same path twice is one input
            let name = URL(fileURLWithPath: path).lastPathComponent
            let bytes = (try? AtomicFile.read(path)) ?? []
            intake.add(file: name, bytes: bytes)
        }
        if let chair {
            intake.addChair(file: URL(fileURLWithPath: chair).lastPathComponent, bytes: try AtomicFile.read(chair))
        }
        return intake.finish()
    }
}

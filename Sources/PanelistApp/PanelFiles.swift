import Foundation
import PanelistCore
import PanelistStore

/// Reads the files a panel is merged from: the rubric, the reviewers' journals and the chair's journal.
public enum PanelFiles {
    /// The rubric id named by the first readable reviewer journal (not the chair's).
    public static func rubricID(namedBy journals: [String]) -> String? {
        for path in journals {
            guard let bytes = try? AtomicFile.read(path), let header = JournalParser.parse(bytes).header, !ChairState.isChair(header) else { continue }
            return header.rubric.id
        }
        return nil
    }

    /// A rubric by id (in the rubric folder) or file, and its file's SHA-256.
    public static func loadRubric(named wanted: String, rubricDirectory: () throws -> URL) throws -> (Rubric, String) {
        var url: URL?
        if wanted.hasSuffix(".yaml") || wanted.hasSuffix(".yml") {
            url = URL(fileURLWithPath: wanted)
        } else {
            let dir = try rubricDirectory()
            for file in try RubricCatalog.files(in: dir) {
                let (r, _) = RubricCatalog.load(file)
                if r?.id == wanted { url = file; break }
            }
        }
        guard let url else { throw AppError("no rubric with id '\(wanted)'; see 'panelist rubric list' or pass --rubric FILE") }
        let (loaded, diagnostics) = RubricCatalog.load(url)
        guard let loaded else { throw AppError(diagnostics.map(\.description).joined(separator: "\n")) }
        return (loaded, JournalHash.sha256Hex(try AtomicFile.read(url.path)))
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

    /// Reads and checks every journal (on every core, a few at a time) and the chair journal;
    /// every record is checked against the rubric again.
    public static func intake(journals: [String], chair: String?, rubric: Rubric, sha256: String, policy: IntakePolicy) throws -> IntakeReport {
        var intake = PanelIntake(rubric: rubric, rubricSHA256: sha256, policy: policy)
        if let chair {
            intake.addChair(file: URL(fileURLWithPath: chair).lastPathComponent, bytes: try AtomicFile.read(chair))
        }
        var seenPaths: Set<String> = []
        var paths: [String] = []
        for path in journals {
            let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
            guard seenPaths.insert(canonical).inserted else { continue }  // the same path twice is one input
            paths.append(path)
        }
        let inputs = paths
        intake.addAll(count: inputs.count) { i in
            (URL(fileURLWithPath: inputs[i]).lastPathComponent, (try? AtomicFile.read(inputs[i])) ?? [])
        }
        return intake.finish()
    }

    /// The keys a merge accepts: a known-keys file's and a panel file's pinned keys (either may be absent; the list may be empty).
    public static func knownKeys(file: String?, panel: PanelPlan?) throws -> KnownKeys {
        var keys = KnownKeys()
        if let file {
            do {
                keys = try KnownKeys.parse(try AtomicFile.read(file))
            } catch let failure as KnownKeysFailure {
                throw AppError(failure.problems.map { "\(file):\($0.line):\($0.column): error: \($0.en)" }.joined(separator: "\n"))
            } catch let error as StoreError {
                throw AppError(error.en)
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

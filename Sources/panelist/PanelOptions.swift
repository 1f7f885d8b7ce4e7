import ArgumentParser
import Foundation
import PanelistCore
import PanelistStore

/// Options of commands that read a batch of reviewer journals (`merge`, `chair list`).
struct PanelOptions: ParsableArguments {
    @Argument(help: "Reviewer journals (any order; one or many applications).") var journals: [String]
    @Option(help: "Rubric id or file (default: the rubric named by the journals).") var rubric: String?
    @Option(help: "The chair's journal with agreed values (`panelist chair init`).") var chair: String?
    @Flag(name: .customLong("allow-unsigned"), help: "Merge journals that are not signed off (the report says so).") var allowUnsigned = false
    @Flag(name: .customLong("allow-rubric-mismatch"), help: "Merge journals made under another version of the rubric (the report says so).") var allowRubricMismatch = false
    @Option(name: .customLong("fork-pick"), help: "Of two journals of one reviewer and application, merge this file (repeatable).") var forkPick: [String] = []
    @Option(name: .customLong("application"), help: "Application file whose hash the journals must record; its id is the file name without extension (repeatable).") var applications: [String] = []

    /// The rubric in use and its file's SHA-256.
    func loadRubric(global: GlobalOptions) throws -> (Rubric, String) {
        var wanted = rubric
        if wanted == nil {
            for path in journals {
                guard let bytes = try? AtomicFile.read(path), let header = JournalParser.parse(bytes).header, !ChairState.isChair(header) else { continue }
                wanted = header.rubric.id
                break
            }
        }
        guard let wanted else { throw CLIError("no rubric given and no readable journal names one; pass --rubric ID|FILE") }
        return try Self.loadRubric(named: wanted, global: global)
    }

    /// A rubric by id (in the rubric folder) or file, and its file's SHA-256.
    static func loadRubric(named wanted: String, global: GlobalOptions) throws -> (Rubric, String) {
        var url: URL?
        if wanted.hasSuffix(".yaml") || wanted.hasSuffix(".yml") {
            url = URL(fileURLWithPath: wanted)
        } else {
            let dir = try global.rubricDirectory()
            for file in try RubricDirectory.files(in: dir) {
                let (r, _) = RubricDirectory.load(file)
                if r?.id == wanted { url = file; break }
            }
        }
        guard let url else { throw CLIError("no rubric with id '\(wanted)'; see 'panelist rubric list' or pass --rubric FILE") }
        let (loaded, diagnostics) = RubricDirectory.load(url)
        guard let loaded else { throw CLIError(diagnostics.map(\.description).joined(separator: "\n")) }
        return (loaded, JournalHash.sha256Hex(try AtomicFile.read(url.path)))
    }

    /// Reads and checks every journal (one at a time) and the chair journal.
    func intake(rubric: Rubric, sha256: String) throws -> IntakeReport {
        var hashes: [String: String] = [:]
        for path in applications {
            let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            hashes[id] = JournalHash.sha256Hex(try AtomicFile.read(path))
        }
        let policy = IntakePolicy(allowUnsigned: allowUnsigned, allowRubricMismatch: allowRubricMismatch,
                                  forkPicks: Set(forkPick.map { URL(fileURLWithPath: $0).lastPathComponent }), applicationHashes: hashes)
        var intake = PanelIntake(rubricID: rubric.id, rubricSHA256: sha256, policy: policy)
        var seenPaths: Set<String> = []
        for path in journals {
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

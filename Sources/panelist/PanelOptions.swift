import ArgumentParser
import Foundation
import PanelistApp
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
    @Option(name: .customLong("known-keys"), help: "File of accepted keys, one per line: FINGERPRINT NAME (# comments). Journals keyed otherwise are refused.") var knownKeys: String?
    @Option(name: .customLong("panel"), help: "The panel file (panelist-panel/1); its pinned keys are accepted keys.") var panelFile: String?
    @Flag(name: .customLong("allow-unknown-keys"), help: "Merge journals keyed to keys in neither --known-keys nor the panel's pinned keys (the report says so).") var allowUnknownKeys = false

    /// The rubric in use and its file's SHA-256.
    func loadRubric(global: GlobalOptions) throws -> (Rubric, String) {
        guard let wanted = rubric ?? PanelFiles.rubricID(namedBy: journals) else {
            throw CLIError("no rubric given and no readable journal names one; pass --rubric ID|FILE")
        }
        return try Self.loadRubric(named: wanted, global: global)
    }

    /// A rubric by id (in the rubric folder) or file, and its file's SHA-256.
    static func loadRubric(named wanted: String, global: GlobalOptions) throws -> (Rubric, String) {
        try PanelFiles.loadRubric(named: wanted, rubricDirectory: global.rubricDirectory)
    }

    /// Reads and checks every journal (one at a time) and the chair journal.
    func intake(rubric: Rubric, sha256: String) throws -> IntakeReport {
        let plan = try panelFile.map(PanelFiles.loadPanel)
        let policy = IntakePolicy(allowUnsigned: allowUnsigned, allowRubricMismatch: allowRubricMismatch,
                                  forkPicks: Set(forkPick.map { URL(fileURLWithPath: $0).lastPathComponent }),
                                  applicationHashes: try PanelFiles.applicationHashes(applications),
                                  knownKeys: try PanelFiles.knownKeys(file: knownKeys, panel: plan), allowUnknownKeys: allowUnknownKeys)
        return try PanelFiles.intake(journals: journals, chair: chair, rubric: rubric, sha256: sha256, policy: policy)
    }
}

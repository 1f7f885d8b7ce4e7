import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// Options of commands that read a batch of reviewer journals (`merge`, `chair list`).
struct PanelOptions: ParsableArguments {
    @Argument(help: "Reviewer journals or return files (.zip, from 'panelist package return'); any order.", completion: .file()) var journals: [String]
    @Option(help: "Rubric id or file (default: the rubric named by the journals).", completion: .rubricIDs) var rubric: String?
    @Option(help: "The panel file (panelist-panel/1): return files are checked against it (package, assignments, pinned keys, missing reviewers).",
            completion: .file(extensions: ["yaml", "yml"])) var panel: String?
    @Option(name: .customLong("known-keys"), help: "The office's known-keys file (FINGERPRINT NAME per line): return files must carry the pinned key.",
            completion: .file()) var knownKeys: String?
    @Option(help: "The chair's journal with agreed values (`panelist chair init`).") var chair: String?
    @Flag(name: .customLong("allow-unsigned"), help: "Merge journals that are not signed off (the report says so).") var allowUnsigned = false
    @Flag(name: .customLong("allow-rubric-mismatch"), help: "Merge journals made under another version of the rubric (the report says so).") var allowRubricMismatch = false
    @Option(name: .customLong("fork-pick"), help: "Of two journals of one reviewer and application, merge this file (repeatable).") var forkPick: [String] = []
    @Option(name: .customLong("application"), help: "Application file whose hash the journals must record; its id is the file name without extension (repeatable).") var applications: [String] = []

    /// The rubric in use and its file's SHA-256.
    func loadRubric(global: GlobalOptions) throws -> (Rubric, String) {
        if let rubric { return try Self.loadRubric(named: rubric, global: global) }
        guard let named = PanelFiles.rubricRef(namedBy: journals) else {
            throw CLIError("no rubric given and no readable journal names one; pass --rubric ID|FILE")
        }
        // The version the journals were made with when it is known (an installed package's rubric), else the library's.
        do { return try PanelFiles.loadRubric(named: named.id, sha256: named.sha256, library: global.rubricLibrary()) } catch let error as AppError { throw CLIError(error.description) }
    }

    /// A rubric by id (in the rubric folder) or file, and its file's SHA-256.
    static func loadRubric(named wanted: String, global: GlobalOptions) throws -> (Rubric, String) {
        do { return try PanelFiles.loadRubric(named: wanted, library: global.rubricLibrary()) } catch let error as AppError { throw CLIError(error.description) }
    }

    /// Reads and checks every journal (one at a time) and the chair journal.
    func intake(rubric: Rubric, sha256: String) throws -> IntakeReport {
        try intakeWithReturns(rubric: rubric, sha256: sha256, lang: .en).0
    }

    /// The intake, and the check of the return files among the inputs (against `--panel` and `--known-keys`).
    func intakeWithReturns(rubric: Rubric, sha256: String, lang: Lang) throws -> (IntakeReport, ReturnCheck) {
        let plan = try panel.map { try PanelFiles.loadPanel($0) }
        let returns = PanelFiles.returns(in: journals, panel: plan, knownKeys: try knownKeys.map { try KnownKeysFile.load($0) }, lang: lang)
        let policy = IntakePolicy(allowUnsigned: allowUnsigned, allowRubricMismatch: allowRubricMismatch,
                                  forkPicks: Set(forkPick.map { URL(fileURLWithPath: $0).lastPathComponent }),
                                  applicationHashes: try PanelFiles.applicationHashes(applications))
        return (try PanelFiles.intake(journals: journals, chair: chair, rubric: rubric, sha256: sha256, policy: policy, returns: returns), returns)
    }
}

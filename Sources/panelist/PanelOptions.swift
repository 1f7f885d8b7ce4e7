import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// Options of commands that read a batch of reviewer journals (`merge`, `chair list`, the chair's screen).
struct PanelOptions: ParsableArguments {
    @Argument(help: "Reviewer journals or return files (.zip, from 'panelist package return'); any order.", completion: .file()) var journals: [String]
    @Option(help: "Rubric id or file (default: the rubric named by the journals).", completion: .rubricIDs) var rubric: String?
    @Option(help: "The chair's journal with agreed values (`panelist chair init`).") var chair: String?
    @Option(help: "The panel file (panelist-panel/1): who is expected to score which application; its applications are loaded too; return files are checked against it.",
            completion: .file(extensions: ["yaml", "yml"])) var panel: String?
    @Option(name: .customLong("known-keys"), help: "The office's known-keys file (FINGERPRINT NAME per line): return files must carry the pinned key.",
            completion: .file()) var knownKeys: String?
    @Flag(name: .customLong("allow-unsigned"), help: "Merge journals (and a chair journal) that are not signed off (the report says so).") var allowUnsigned = false
    @Flag(name: .customLong("allow-rubric-mismatch"), help: "Merge journals made under another version of the rubric (the report says so).") var allowRubricMismatch = false
    @Flag(name: .customLong("allow-missing"), help: "Issue the report although expected reviewers are missing (exit 0; the report names the flag).") var allowMissing = false
    @Flag(name: .customLong("allow-refused"), help: "Issue the report although journals were refused (exit 0; the report names the flag).") var allowRefused = false
    @Option(name: .customLong("fork-pick"), help: "Of two journals of one reviewer and application, merge this file (repeatable).") var forkPick: [String] = []
    @Option(name: .customLong("application"), help: "Application file: its applicant and title are shown, and the journals must record its hash (repeatable).") var applications: [String] = []
    @Flag(name: .customLong("allow-unknown-keys"), help: "Merge journals keyed to keys in neither --known-keys nor the panel's pinned keys (the report says so).") var allowUnknownKeys = false

    /// The rubric in use and its file's SHA-256.
    func loadRubric(global: GlobalOptions) throws -> (Rubric, String) {
        if let rubric { return try Self.loadRubric(named: rubric, global: global) }
        guard let named = PanelFiles.rubricRef(namedBy: journals) else {
            throw CLIError(global.language.pick("没有指定细则，且没有可读的日志写明细则；请用 --rubric 细则编号或文件",
                                                "no rubric given and no readable journal names one; pass --rubric ID|FILE"))
        }
        // The version the journals were made with when it is known (an installed package's rubric), else the library's.
        do { return try PanelFiles.loadRubric(named: named.id, sha256: named.sha256, library: global.rubricLibrary()) } catch let error as AppError { throw CLIError(error.description) }
    }

    /// A rubric by id (in the rubric folder) or file, and its file's SHA-256.
    static func loadRubric(named wanted: String, global: GlobalOptions) throws -> (Rubric, String) {
        do { return try PanelFiles.loadRubric(named: wanted, library: global.rubricLibrary()) } catch let error as AppError { throw CLIError(error.description) }
    }

    /// The flags given that admit an incomplete report.
    var flags: Set<String> {
        var out: Set<String> = []
        if allowMissing { out.insert("--allow-missing") }
        if allowRefused { out.insert("--allow-refused") }
        if allowUnsigned { out.insert("--allow-unsigned") }
        if allowUnknownKeys { out.insert("--allow-unknown-keys") }
        return out
    }

    /// Reads the panel file and applications, the return files (checked against the panel and `--known-keys`),
    /// then every journal (one at a time) and the chair journal, and merges.
    func merge(rubric: Rubric, sha256: String, lang: Lang) throws -> (PanelReport, IntakeReport, PanelContextLoader.Loaded, ReturnCheck) {
        let loaded = try PanelContextLoader.load(panel: panel, applications: applications, rubric: rubric, flags: flags, lang: lang)
        let returns = PanelFiles.returns(in: journals, panel: try panel.map { try PanelFiles.loadPanel($0) },
                                         knownKeys: try knownKeys.map { try KnownKeysFile.load($0) }, lang: lang)
        let policy = IntakePolicy(allowUnsigned: allowUnsigned, allowRubricMismatch: allowRubricMismatch,
                                  forkPicks: Set(forkPick.map { URL(fileURLWithPath: $0).lastPathComponent }),
                                  applicationHashes: loaded.hashes,
                                  knownKeys: try PanelFiles.knownKeys(file: knownKeys, panel: loaded.context.roster?.plan, lang: lang),
                                  allowUnknownKeys: allowUnknownKeys)
        let intake = try PanelFiles.intake(journals: journals, chair: chair, rubric: rubric, sha256: sha256, policy: policy, returns: returns, lang: lang)
        // A refused return file is listed with the refused journals: the report says so first and --allow-refused admits it.
        var context = loaded.context
        context.refusedReturns = returns.problems.map { RefusedReturn(file: URL(fileURLWithPath: $0.file).lastPathComponent, reviewer: $0.reviewer, reason: $0.reason) }
        return (PanelMerger.merge(rubric, rubricSHA256: sha256, intake: intake, context: context), intake, loaded, returns)
    }
}

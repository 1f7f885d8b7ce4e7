import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// Options of commands that read a batch of reviewer journals (`merge`, `chair list`, the chair's screen).
struct PanelOptions: ParsableArguments {
    @Argument(help: "Reviewer journals (any order; one or many applications).") var journals: [String]
    @Option(help: "Rubric id or file (default: the rubric named by the journals).") var rubric: String?
    @Option(help: "The chair's journal with agreed values (`panelist chair init`).") var chair: String?
    @Option(help: "The panel file (panelist-panel/1): who is expected to score which application; its applications are loaded too.") var panel: String?
    @Flag(name: .customLong("allow-unsigned"), help: "Merge journals (and a chair journal) that are not signed off (the report says so).") var allowUnsigned = false
    @Flag(name: .customLong("allow-rubric-mismatch"), help: "Merge journals made under another version of the rubric (the report says so).") var allowRubricMismatch = false
    @Flag(name: .customLong("allow-missing"), help: "Issue the report although expected reviewers are missing (exit 0; the report names the flag).") var allowMissing = false
    @Flag(name: .customLong("allow-refused"), help: "Issue the report although journals were refused (exit 0; the report names the flag).") var allowRefused = false
    @Option(name: .customLong("fork-pick"), help: "Of two journals of one reviewer and application, merge this file (repeatable).") var forkPick: [String] = []
    @Option(name: .customLong("application"), help: "Application file: its applicant and title are shown, and the journals must record its hash (repeatable).") var applications: [String] = []

    /// The rubric in use and its file's SHA-256.
    func loadRubric(global: GlobalOptions) throws -> (Rubric, String) {
        guard let wanted = rubric ?? PanelFiles.rubricID(namedBy: journals) else {
            throw CLIError(global.language.pick("没有指定细则，且没有可读的日志写明细则；请用 --rubric 细则编号或文件",
                                                "no rubric given and no readable journal names one; pass --rubric ID|FILE"))
        }
        return try Self.loadRubric(named: wanted, global: global)
    }

    /// A rubric by id (in the rubric folder) or file, and its file's SHA-256.
    static func loadRubric(named wanted: String, global: GlobalOptions) throws -> (Rubric, String) {
        try PanelFiles.loadRubric(named: wanted, rubricDirectory: global.rubricDirectory)
    }

    /// The flags given that admit an incomplete report.
    var flags: Set<String> {
        var out: Set<String> = []
        if allowMissing { out.insert("--allow-missing") }
        if allowRefused { out.insert("--allow-refused") }
        if allowUnsigned { out.insert("--allow-unsigned") }
        return out
    }

    /// Reads and checks every journal (one at a time) and the chair journal, without the panel file.
    func intake(rubric: Rubric, sha256: String) throws -> IntakeReport {
        try merge(rubric: rubric, sha256: sha256, lang: .en).1
    }

    /// Reads the panel file and applications, then every journal (one at a time) and the chair journal, and merges.
    func merge(rubric: Rubric, sha256: String, lang: Lang) throws -> (PanelReport, IntakeReport, PanelContextLoader.Loaded) {
        let loaded = try PanelContextLoader.load(panel: panel, applications: applications, rubric: rubric, flags: flags, lang: lang)
        let policy = IntakePolicy(allowUnsigned: allowUnsigned, allowRubricMismatch: allowRubricMismatch,
                                  forkPicks: Set(forkPick.map { URL(fileURLWithPath: $0).lastPathComponent }),
                                  applicationHashes: loaded.hashes)
        let intake = try PanelFiles.intake(journals: journals, chair: chair, rubric: rubric, sha256: sha256, policy: policy)
        return (PanelMerger.merge(rubric, rubricSHA256: sha256, intake: intake, context: loaded.context), intake, loaded)
    }
}

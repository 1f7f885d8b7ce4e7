import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `panelist chair heads --journal CHAIR JOURNAL... [--sign]`: records in the chair's journal the head
/// of every reviewer journal a merge takes, so that a later merge refuses a copy older than it.
struct ChairHeadsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heads",
        abstract: "Record in the chair journal the head of every reviewer journal the merge takes (a later merge refuses older copies).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var panel: PanelOptions
    @Option(name: .customLong("journal"), help: "The chair journal.") var chairJournal: String
    @Flag(help: "Sign the chair journal after recording (it must not be signed already; reopen it first).") var sign = false
    @Option(help: "Signing key file (default: the reviewer key in the config folder).") var key: String?

    func run() throws {
        let lang = global.language
        // The chair journal's own record is checked too: a head never moves back.
        var options = panel
        if options.chair == nil { options.chair = chairJournal }
        let (rubric, sha) = try options.loadRubric(global: global)
        let (report, intake, _, _) = try options.merge(rubric: rubric, sha256: sha, lang: lang)
        // What the merge takes: admitted at intake and, with --panel, on the panel.
        let taken = Set(report.intake.filter { $0.decision == .included || $0.decision == .includedByFlag }.map(\.file))
        for e in report.intake where e.decision == .refused {
            print("\(e.file): \(e.decision.label(lang)) — \(e.issues.map { "\($0.kind.label(lang)): \($0.detail)" }.joined(separator: "; "))")
        }
        let marks = intake.submissions.filter { taken.contains($0.file) }.map(\.mergedHead)
        guard !marks.isEmpty else { throw CLIError(lang.pick("没有可合并的日志，未记录任何内容。", "No journal can be merged; nothing was recorded.")) }
        do {
            let file = try JournalFile.open(path: chairJournal)
            defer { file.close() }
            guard ChairState.isChair(file.header) else { throw CLIError(lang.pick("\(chairJournal) 不是组长日志", "\(chairJournal) is not a chair journal")) }
            file.validator = ActionValidator(rubric: rubric, profile: ApplicantProfile(), lang: lang)
            try file.append(.heads(journals: marks))
            print(lang.pick("已在组长日志中记录 \(marks.count) 份日志的链头。", "Recorded the heads of \(marks.count) journal(s) in the chair journal."))
            if sign {
                try file.signOff(with: try ChairCommand.key(key))
                print(lang.pick("组长日志已签署", "The chair journal is signed off"))
            }
        } catch let error as StoreError {
            throw CLIError(lang.pick(error.zh, error.en))
        }
    }
}

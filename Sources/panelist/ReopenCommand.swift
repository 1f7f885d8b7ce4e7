import ArgumentParser
import Foundation
import PanelistCore
import PanelistStore

/// `panelist reopen JOURNAL --reason TEXT`: reopen a signed-off review from the command line, so that a
/// reviewer who works on sheets can correct it (`sheet import`) and sign it again (`signoff`).
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Reopen a signed-off review with a reason (recorded in the journal), to correct it and sign it again.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The reviewer's journal.") var journal: String
    @Option(help: "Why the signed review is reopened (recorded; shown in the history and the rationale).") var reason: String

    func run() throws {
        let lang = global.language
        let (rubric, header, records) = try SheetCommand.loadJournal(journal, global: global)
        guard !ChairState.isChair(header) else {
            throw CLIError(lang.pick("\(journal) 是组长日志；组长日志请在组长界面中重新打开。",
                                     "\(journal) is a chair journal; reopen it on the chair's screen."))
        }
        let action = JournalAction.reopen(reason: reason)
        let state = ReviewState.replay(records)
        if let problem = ActionValidator(rubric: rubric, profile: header.profile, lang: lang).problem(with: action, state: state) {
            throw CLIError(lang.pick("\(journal)：\(problem)。未写入任何内容。", "\(journal): \(problem). Nothing was written."))
        }
        do {
            let file = try JournalFile.open(path: journal)
            defer { file.close() }
            let record = try file.append(action, lang: lang)
            print(lang.pick("已重新打开 \(journal)（\(LocalTime.format(record.time, in: .current, lang: lang))）；修改后请用 panelist signoff \(journal) 重新签署。",
                            "Reopened \(journal) (\(LocalTime.format(record.time, in: .current, lang: lang))); after the changes, sign again with panelist signoff \(journal)."))
        } catch {
            throw CLIError(lang.pick(error.zh, error.en))
        }
    }
}

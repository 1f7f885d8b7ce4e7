import ArgumentParser
import Foundation
import PanelistCore
import PanelistStore

/// `panelist signoff JOURNAL [--yes]`: print what is signed (totals, gates, what is open), ask, then sign.
struct SignOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signoff",
        abstract: "Sign a reviewer's journal from the command line after printing its totals, gates and what is still open.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The reviewer's journal.") var journal: String
    @Option(help: "The application file, for the applicant's name and stated figures.") var application: String?
    @Option(help: "Signing key file (default: the reviewer key in the config folder).") var key: String?
    @Flag(help: "Sign without asking (for scripts); the summary is still printed.") var yes = false

    func run() throws {
        let lang = global.language
        let (rubric, header, records) = try SheetCommand.loadJournal(journal, global: global)
        guard !ChairState.isChair(header) else {
            throw CLIError(lang.pick("\(journal) 是组长日志；请用 panelist chair signoff --journal \(journal)",
                                     "\(journal) is a chair journal; use panelist chair signoff --journal \(journal)"))
        }
        let app = try application.map { try SheetCommand.loadApplication($0, rubric: rubric).0 }
        let state = ReviewState.replay(records)
        if let s = state.signOff {
            throw CLIError(lang.pick("\(journal) 已于 \(LocalTime.format(s.time, in: .current, lang: lang)) 签署；如需修改，请先重新打开：panelist reopen \(journal) --reason 理由",
                                     "\(journal) was signed off at \(LocalTime.format(s.time, in: .current, lang: lang)); to change it, reopen it first: panelist reopen \(journal) --reason TEXT"))
        }
        let sheet = ScoringEngine.score(rubric, profile: header.profile, inputs: state.inputs, facts: app?.scoringFacts ?? ApplicationFacts())
        let summary = SignOffSummary(rubric: rubric, profile: header.profile, state: state, sheet: sheet,
                                     applicationID: header.application.id, reviewer: header.reviewer.name, application: app)
        print(summary.text(lang), terminator: "")
        print("")
        if !yes {
            print(lang.pick(summary.isComplete ? "确认签署？签署后只读。输入 y 确认 [y/N]：" : "尚有未评或未标记的内容。仍然签署？签署后只读。输入 y 确认 [y/N]：",
                            summary.isComplete ? "Sign off? The review is read-only afterwards. Type y to confirm [y/N]: "
                                               : "Some items are still open. Sign off anyway? The review is read-only afterwards. Type y to confirm [y/N]: "),
                  terminator: "")
            fflush(nil)
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard ["y", "yes", "是", "确认"].contains(answer) else {
                throw CLIError(lang.pick("未签署（未确认）。", "Not signed off (not confirmed)."))
            }
        }
        do {
            let file = try JournalFile.open(path: journal)
            defer { file.close() }
            let record = try file.signOff(with: try ChairCommand.key(key))
            print(lang.pick("已签署 \(journal)（\(LocalTime.format(record.time, in: .current, lang: lang))，链头 \(record.prev.prefix(12))…）",
                            "Signed off \(journal) (\(LocalTime.format(record.time, in: .current, lang: lang)), chain head \(record.prev.prefix(12))…)"))
        } catch let error as StoreError {
            throw CLIError(lang.pick(error.zh, error.en))
        }
    }
}

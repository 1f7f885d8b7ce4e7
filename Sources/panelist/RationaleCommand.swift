import ArgumentParser
import Foundation
import PanelistCore
import PanelistStore

/// `panelist rationale JOURNAL [--format text|md|html] [--out FILE]`: one reviewer's rationale, ready to print.
struct RationaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rationale",
        abstract: "Print one reviewer's scoring rationale for an application (text fits 80 columns; HTML for A4).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The reviewer's journal.") var journal: String
    @Option(help: "Output format: text, md or html.", completion: .rationaleFormats) var format: String = "text"
    @Option(help: "Write to this file (0600, atomically) instead of standard output.") var out: String?
    @Option(help: "The application file, for the applicant's name and stated figures.") var application: String?

    func run() throws {
        let lang = global.language
        guard let format = RationaleFormat(rawValue: format) else {
            throw CLIError(lang.pick("未知的格式 \(format)；可选：text, md, html", "unknown format \(format); formats: text, md, html"))
        }
        let (rubric, header, records) = try SheetCommand.loadJournal(journal, global: global)
        var app: Application?
        if let application {
            app = try SheetCommand.loadApplication(application, rubric: rubric).0
        }
        let state = ReviewState.replay(records)
        let sheet = ScoringEngine.score(rubric, profile: header.profile, inputs: state.inputs, facts: app?.scoringFacts ?? ApplicationFacts())
        let text = RationaleReport.render(rubric: rubric, application: app, header: header, state: state, records: records,
                                          sheet: sheet, lang: lang, format: format)
        try SheetCommand.emit(text, to: out, lang: lang)
    }
}

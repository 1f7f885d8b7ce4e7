import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `panelist merge JOURNAL... [--out DIR]`: verify and merge reviewers' journals into the panel's report.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Verify reviewers' journals and merge them into the panel report (Markdown, HTML, CSV, JSON).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var panel: PanelOptions
    @Option(help: "Folder for the report files (created if missing).") var out: String = "panel-report"

    /// The report files written, by name.
    static let files = ["panel-report.md", "panel-report.html", "panel-applications.csv", "panel-indicators.csv", "panel-scores.csv",
                        "panel-report.json", "chair-only-agreement.md"]

    func run() throws {
        let lang = global.language
        let (rubric, sha) = try panel.loadRubric(global: global)
        let (intake, returns) = try panel.intakeWithReturns(rubric: rubric, sha256: sha, lang: lang)
        let report = PanelMerger.merge(rubric, rubricSHA256: sha, intake: intake)
        for e in intake.entries + (intake.chair.map { [$0.entry] } ?? []) where !e.issues.isEmpty {
            print("\(e.file): \(e.decision.label(lang))")
            for i in e.issues { print("  \(i.kind.label(lang)): \(i.detail)") }
        }
        let outputs: [(String, String)] = [
            ("panel-report.md", PanelMarkdown.render(report, rubric: rubric, lang: lang)),
            ("panel-report.html", PanelHTML.render(report, rubric: rubric, lang: lang)),
            ("panel-applications.csv", PanelCSV.applications(report, rubric: rubric, lang: lang)),
            ("panel-indicators.csv", PanelCSV.indicators(report, rubric: rubric, lang: lang)),
            ("panel-scores.csv", PanelCSV.scores(report, rubric: rubric, lang: lang)),
            ("panel-report.json", PanelJSON.render(report, rubric: rubric)),
            ("chair-only-agreement.md", AgreementMarkdown.render(report, lang: lang)),
        ]
        do {
            try AtomicFile.makeDirectory(out)
            for (name, text) in outputs { try AtomicFile.write(out + "/" + name, text: text) }
        } catch {
            throw CLIError(lang.pick(error.zh, error.en))
        }
        let merged = intake.submissions.count
        if returns.reportReturns(lang: lang) { throw ExitCode(1) }
        print(lang.pick("已合并 \(merged) 份日志，\(report.applications.count) 个申报；拒绝 \(intake.refused.count) 份。报告写入 \(out)/（chair-only-agreement.md 仅供组长）。",
                        "Merged \(merged) journal(s) for \(report.applications.count) application(s); refused \(intake.refused.count). Report written to \(out)/ (chair-only-agreement.md is for the chair only)."))
        if merged == 0 { throw ExitCode(1) }
    }
}

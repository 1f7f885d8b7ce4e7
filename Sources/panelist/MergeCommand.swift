import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `panelist merge JOURNAL... [--out DIR] [--panel FILE]`: verify and merge reviewers' journals into the panel's report.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Verify reviewers' journals and merge them into the panel report (Markdown, HTML, CSV, xlsx, JSON, signed forms).",
        discussion: "Exits non-zero when a journal is refused, an expected reviewer (--panel) is missing or the chair journal is unsigned, unless --allow-refused, --allow-missing or --allow-unsigned admits it; every output then begins by saying so.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var panel: PanelOptions
    @Option(help: "Folder for the report files (created if missing; a previous report there is replaced as a whole).") var out: String = "panel-report"

    /// The report files written, by name (the forms go to `forms/`).
    static let files = ["panel-report.md", "panel-report.html", "panel-report.xlsx", "panel-applications.csv", "panel-indicators.csv", "panel-scores.csv",
                        "panel-evidence.csv", "panel-report.json", "summary-form.html", "summary-form.txt", "chair-only-agreement.md"]

    func run() throws {
        let lang = global.language
        let zone = TimeZone.current
        let (rubric, sha) = try panel.loadRubric(global: global)
        let (report, intake, loaded, returns) = try panel.merge(rubric: rubric, sha256: sha, lang: lang)
        let f = PanelFormat(rubric: rubric, lang: lang, zone: zone)
        // What is missing comes first, on the terminal as in every file.
        for line in f.status(report) { print(line) }
        returns.reportReturns(lang: lang)
        for line in f.intakeLines(intake.entries + (intake.chair.map { [$0.entry] } ?? []), report) { print(line) }
        let tables = PanelTables(report, rubric: rubric, lang: lang, zone: zone)
        let summary = SummaryForm(report, rubric: rubric, lang: lang, zone: zone, chair: loaded.context.roster?.plan.chair.name,
                                  members: loaded.context.roster.map { $0.plan.reviewers.map(\.name) })
        let status = f.status(report)
        // Each file is rendered when a core is free and written at once (largest first); see ReportWriter.
        var files: [ReportFile] = [
            ReportFile("panel-report.json") { .chunks { try PanelJSON.write(report, rubric: rubric, emit: $0) } },
            ReportFile("panel-scores.csv") { .chunks { try PanelCSV.write(tables.scoreSheet, emit: $0) } },
            ReportFile("panel-report.xlsx") { .bytes(try PanelWorkbook.xlsx(tables.sheets, places: [rubric.panel.rounding.places])) },
            .text("panel-report.html") { PanelHTML.render(report, rubric: rubric, lang: lang, zone: zone) },
            ReportFile("panel-evidence.csv") { .chunks { try PanelCSV.write(tables.evidenceSheet, emit: $0) } },
            .text("panel-report.md") { PanelMarkdown.render(report, rubric: rubric, lang: lang, zone: zone) },
            ReportFile("panel-indicators.csv") { .chunks { try PanelCSV.write(tables.indicatorSheet, emit: $0) } },
            ReportFile("panel-applications.csv") { .chunks { try PanelCSV.write(tables.ranking, emit: $0) } },
            .text("summary-form.html") { summary.html() },
            .text("summary-form.txt") { summary.text() },
            .text("chair-only-agreement.md") { status.map { "> " + $0 }.joined(separator: "\n") + "\n\n" + AgreementMarkdown.render(report, lang: lang) },
        ]
        // One 专家评分表 per merged journal (a recused reviewer's too).
        let scoredFiles = Set(report.applications.flatMap { $0.reviewers.map(\.file) })
        let recused = Set(report.applications.flatMap { $0.recused.map(\.id) })
        let applications = loaded.context.applications
        for s in intake.submissions where scoredFiles.contains(s.file) || recused.contains(s.header.reviewer.id) {
            let base = "forms/" + Self.safe(s.header.application.id) + "-" + Self.safe(s.header.reviewer.name) + "-" + Self.safe(String(s.fingerprint.prefix(4)))
            let form = SharedOnce(uses: 2) { ScoreForm(rubric: rubric, header: s.header, state: s.state, info: applications[s.header.application.id], lang: lang, zone: zone) }
            files.append(.text(base + ".html") { form.take().html() })
            files.append(.text(base + ".txt") { form.take().text() })
        }
        do {
            try ReportWriter.write(files, to: out, replaceable: Set(Self.files + ["forms/"]), lang: lang)
        } catch {
            throw CLIError(error.description)
        }
        let merged = intake.submissions.count
        print(lang.pick("已合并 \(merged) 份日志，\(report.applications.count) 个申报；拒绝 \(intake.refused.count) 份。报告写入 \(out)/（chair-only-agreement.md 仅供组长）。",
                        "Merged \(merged) journal(s) for \(report.applications.count) application(s); refused \(intake.refused.count). Report written to \(out)/ (chair-only-agreement.md is for the chair only)."))
        // A refused return file is a completeness problem like a refused journal: exit 1 unless the chair passes --allow-refused.
        if merged == 0 || !report.completeness.unadmitted.isEmpty { throw ExitCode(1) }
    }

    /// A name made safe for a file name (letters of any script, digits, - _ .).
    static func safe(_ s: String) -> String { String(s.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" }) }
}

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
        let returnsRefused = returns.reportReturns(lang: lang)
        for e in intake.entries + (intake.chair.map { [$0.entry] } ?? []) where !e.issues.isEmpty {
            print("\(e.file): \(e.decision.label(lang)) — \(f.issues(e, report))")
        }
        let tables = PanelTables(report, rubric: rubric, lang: lang, zone: zone)
        let workbook: [UInt8]
        do { workbook = try PanelWorkbook.xlsx(tables.all) } catch { throw CLIError("\(error)") }
        let summary = SummaryForm(report, rubric: rubric, lang: lang, zone: zone, chair: loaded.context.roster?.plan.chair.name,
                                  members: loaded.context.roster.map { $0.plan.reviewers.map(\.name) })
        var outputs: [(name: String, bytes: [UInt8])] = [
            ("panel-report.md", PanelMarkdown.render(report, rubric: rubric, lang: lang, zone: zone)),
            ("panel-report.html", PanelHTML.render(report, rubric: rubric, lang: lang, zone: zone)),
            ("panel-applications.csv", PanelCSV.render(tables.ranking)),
            ("panel-indicators.csv", PanelCSV.render(tables.indicators)),
            ("panel-scores.csv", PanelCSV.render(tables.scores)),
            ("panel-evidence.csv", PanelCSV.render(tables.evidence)),
            ("panel-report.json", PanelJSON.render(report, rubric: rubric)),
            ("summary-form.html", summary.html()),
            ("summary-form.txt", summary.text()),
            ("chair-only-agreement.md", f.status(report).map { "> " + $0 }.joined(separator: "\n") + "\n\n" + AgreementMarkdown.render(report, lang: lang)),
        ].map { ($0.0, Array($0.1.utf8)) }
        outputs.append(("panel-report.xlsx", workbook))
        // One 专家评分表 per merged journal.
        for s in intake.submissions where report.applications.contains(where: { a in a.reviewers.contains { $0.file == s.file } || a.recused.contains { $0.id == s.header.reviewer.id } }) {
            let form = ScoreForm(rubric: rubric, header: s.header, state: s.state, info: loaded.context.applications[s.header.application.id], lang: lang, zone: zone)
            let base = "forms/" + Self.safe(s.header.application.id) + "-" + Self.safe(s.header.reviewer.name) + "-" + Self.safe(String(s.fingerprint.prefix(4)))
            outputs.append((base + ".html", Array(form.html().utf8)))
            outputs.append((base + ".txt", Array(form.text().utf8)))
        }
        do {
            try AtomicDirectory.write(out, files: outputs, replaceable: Set(Self.files + ["forms/"]))
        } catch {
            throw CLIError(lang.pick(error.zh, error.en))
        }
        let merged = intake.submissions.count
        print(lang.pick("已合并 \(merged) 份日志，\(report.applications.count) 个申报；拒绝 \(intake.refused.count) 份。报告写入 \(out)/（chair-only-agreement.md 仅供组长）。",
                        "Merged \(merged) journal(s) for \(report.applications.count) application(s); refused \(intake.refused.count). Report written to \(out)/ (chair-only-agreement.md is for the chair only)."))
        // A refused return file is like a refused journal: exit 1 unless the chair passes --allow-refused.
        if merged == 0 || !report.completeness.unadmitted.isEmpty || (returnsRefused && !panel.allowRefused) { throw ExitCode(1) }
    }

    /// A name made safe for a file name (letters of any script, digits, - _ .).
    static func safe(_ s: String) -> String { String(s.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" }) }
}

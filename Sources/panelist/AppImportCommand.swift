import ArgumentParser
import Foundation
import PanelistCore

/// `panelist app import FILE.docx --rubric ID`: the applicant's Word form into an application file and a report.
struct AppImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an applicant's Word form (.docx) into an application file, with a report of what was found, guessed and left to fill; exit status 1 when the file still needs filling."
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application as the applicant wrote it (.docx).") var file: String
    @Option(help: "Rubric id or file the application is under (its form template is Rubrics/forms/ID.form.yaml).") var rubric: String
    @Option(help: "The variant applied for (申报类型), when the document does not tick it or ticks the wrong one.") var variant: String?
    @Option(help: "The application file to write (default: beside the document, .yaml).") var out: String?
    @Option(help: "The application id (default: from the output file's name).") var id: String?
    @Option(help: "Also write the report to this file.") var report: String?
    @Flag(help: "Replace the output file if it exists.") var force = false

    func run() throws {
        let lang = global.language
        let outcome = try DocxImportAction.run(docx: file, rubricID: rubric, variant: variant, output: out, id: id, force: force, global: global)
        for line in outcome.reportLines { print(line) }
        if let report {
            do {
                try (outcome.reportLines.joined(separator: "\n") + "\n").write(toFile: report, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError(lang.pick("\(report)：无法写入报告", "\(report): cannot write the report"))
            }
        }
        print("")
        if outcome.result.accepted {
            print(lang.pick("已写入 \(outcome.output)；可用 panelist app check \(outcome.output) 检查，panelist review \(outcome.output) 评审",
                            "Wrote \(outcome.output); check it with 'panelist app check \(outcome.output)', review it with 'panelist review \(outcome.output)'"))
        } else {
            print(lang.pick("已写入 \(outcome.output)，但还不能使用：请按上面“待填写”各项补全后运行 panelist app check \(outcome.output)",
                            "Wrote \(outcome.output), but it cannot be used yet: fill in the items under 'To fill' above, then run 'panelist app check \(outcome.output)'"))
            throw ExitCode(1)
        }
    }
}

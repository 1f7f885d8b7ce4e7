import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore

/// `panelist app …`: show and check application files (申报书).
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "app",
        abstract: "Show and check applications (申报书).",
        subcommands: [Show.self, Check.self, AppImportCommand.self]
    )

    /// Reads an application file and the rubric it names (or `--rubric`); exits on errors.
    static func load(_ file: String, rubricID: String?, global: GlobalOptions) throws -> (Application, Rubric, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("\(file): cannot read the file; check that it exists and is readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(file): the file is not UTF-8 text; save it as UTF-8")
        }
        let (parsed, parseDiagnostics) = ApplicationLoader.parse(yaml: text, file: file)
        guard let parsed else { throw CLIError(parseDiagnostics.map(\.description).joined(separator: "\n")) }
        let rubric: Rubric
        do { rubric = try global.rubricLibrary().find(rubricID ?? parsed.rubric.value) } catch let error as AppError { throw CLIError(error.description) }
        let (application, diagnostics) = ApplicationLoader.load(yaml: text, file: file, rubric: rubric)
        guard let application else { throw CLIError(diagnostics.map(\.description).joined(separator: "\n")) }
        return (application, rubric, diagnostics)
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `panelist app show FILE`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print an application: basic information, figures, sections in rubric order, scenarios, tables, evidence.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Application file (YAML, panelist-application/1).") var file: String
        @Option(help: "Rubric id or file (default: the one the application names).", completion: .rubricIDs) var rubric: String?
        @Option(help: "Width in display cells (default: the terminal's).") var width: Int?

        func run() throws {
            let (application, rubric, diagnostics) = try AppCommand.load(file, rubricID: self.rubric, global: global)
            for d in diagnostics { AppCommand.printError(d.description) }
            let report = ApplicationReport(rubric: rubric, application: application, lang: global.language,
                                           width: width ?? TerminalWidth.current())
            for line in report.render() { print(line) }
        }
    }

    /// `panelist app check FILE --rubric ID`
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: "Check an application against a rubric and list the indicators it does not address; exit status 1 on errors.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Application file (YAML, panelist-application/1).") var file: String
        @Option(help: "Rubric id or file (default: the one the application names).", completion: .rubricIDs) var rubric: String?

        func run() throws {
            let lang = global.language
            let (application, rubric, diagnostics): (Application, Rubric, [Diagnostic])
            do {
                (application, rubric, diagnostics) = try AppCommand.load(file, rubricID: self.rubric, global: global)
            } catch let error as CLIError {
                print(error.description)
                throw ExitCode(1)
            }
            for d in diagnostics { print(d.description) }
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            print(lang.pick("\(file)：通过 — \(application.id)，评价细则 \(rubric.id)", "\(file): ok — \(application.id) against \(rubric.id)")
                  + (warnings > 0 ? lang.pick("，\(warnings) 条警告", ", \(warnings) warning(s)") : ""))
            let required = ApplicationRequirements.check(rubric, application)
            let lacking = required.filter { !$0.isMet }
            if !required.isEmpty {
                if lacking.isEmpty {
                    print(lang.pick("申报书必填项 \(required.count) 项均已提供。", "All \(required.count) figures and tables the form requires are given."))
                } else {
                    print(lang.pick("申报书缺少必填项（\(lacking.count)/\(required.count)）：", "Missing what the form requires (\(lacking.count) of \(required.count)):"))
                    for status in lacking { print("  " + status.line(lang)) }
                }
            }
            let missing = ApplicationCoverage.unaddressed(rubric, application)
            let gates = ApplicationCoverage.unaddressedGates(rubric, application)
            if missing.isEmpty && gates.isEmpty {
                print(lang.pick("所有适用指标均有对应章节或佐证材料。", "Every applicable indicator has a linked section or evidence."))
            } else {
                print(lang.pick("未涉及（无对应章节、无佐证材料）：", "Not addressed (no linked section, no evidence):"))
                for gate in gates { print("  \(gate.id)  \(gate.title.text(lang, variant: application.variant?.value))") }
                for node in missing { print("  \(node.id)  \(node.title.text(lang, variant: application.variant?.value))") }
            }
        }
    }
}

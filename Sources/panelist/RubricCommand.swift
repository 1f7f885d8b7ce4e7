import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore

/// `panelist rubric …`: list, show and check rubric files.
struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric",
        abstract: "List, show and check rubrics.",
        subcommands: [List.self, Show.self, Check.self]
    )

    /// `panelist rubric list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the bundled rubrics: id, title, full marks, indicators.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let lang = global.language
            let (rubrics, diagnostics) = try global.rubricLibrary().loadAll()
            for line in RubricSummary.table(rubrics, lang: lang, width: TerminalWidth.current()) { print(line) }
            for d in diagnostics where d.severity == .error {
                FileHandle.standardError.write(Data((d.description + "\n").utf8))
            }
        }
    }

    /// `panelist rubric show ID`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a rubric's tree with caps and scoring rules.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Rubric id (see 'panelist rubric list') or a rubric file.", completion: .rubricIDs) var id: String
        @Option(help: "Variant to show (e.g. workshop, sme).") var variant: String?
        @Option(help: "Width in display cells (default: the terminal's).") var width: Int?
        @Flag(help: "Draw the tree with ASCII characters.") var ascii = false
        @Flag(help: "Only the tree, caps and scoring rules: leave out evidence, notes and requirement texts.") var brief = false
        @Flag(help: "Also print the notes for the rubric's authors and editors.") var authorNotes = false
        @Option(help: "An applicant's attribute as ATTRIBUTE=VALUE (e.g. industry=equipment): its clauses come first.") var applicant: [String] = []

        func run() throws {
            let rubric: Rubric
            do { rubric = try global.rubricLibrary().find(id) } catch let error as AppError { throw CLIError(error.description) }
            if let variant, rubric.variant(variant) == nil {
                throw CLIError("rubric \(rubric.id) has no variant '\(variant)'; variants: \(rubric.variants.map(\.id).joined(separator: ", "))")
            }
            var attributes: [String: String] = [:]
            for pair in applicant {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let attribute = rubric.attribute(parts[0]) else {
                    throw CLIError("--applicant takes ATTRIBUTE=VALUE with an attribute of \(rubric.id): \(rubric.attributes.map(\.id).joined(separator: ", "))")
                }
                guard attribute.values.contains(where: { $0.id == parts[1] }) else {
                    throw CLIError("'\(parts[1])' is not a value of \(attribute.id); values: \(attribute.values.map(\.id).joined(separator: ", "))")
                }
                attributes[parts[0]] = parts[1]
            }
            let report = RubricTreeReport(rubric: rubric, variant: variant, lang: global.language,
                                          width: width ?? TerminalWidth.current(), ascii: ascii, brief: brief,
                                          authorNotes: authorNotes, attributes: attributes)
            for line in report.render() { print(line) }
        }
    }

    /// `panelist rubric check FILE...`
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: "Check rubric files; exit status 1 if any has an error.")
        @Argument(help: "Rubric files to check.") var files: [String]

        func run() throws {
            var failed = false
            for file in files {
                let (rubric, diagnostics) = RubricCatalog.load(URL(fileURLWithPath: file), displayName: file)
                for d in diagnostics { print(d.description) }
                if let rubric {
                    let warnings = diagnostics.filter { $0.severity == .warning }.count
                    print("\(file): ok — \(rubric.id), \(rubric.indicators.count) indicators" + (warnings > 0 ? ", \(warnings) warning(s)" : ""))
                } else {
                    failed = true
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}

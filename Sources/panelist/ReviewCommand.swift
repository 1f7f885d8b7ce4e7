import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore
import PanelistUI

/// `panelist review APPLICATION...` (and `panelist` alone): the reviewer's terminal UI.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Score applications in the terminal UI (default: the bundled fixtures)."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Application files (default: every file in Fixtures/applications).") var applications: [String] = []
    @Option(help: "Rubric id or file (default: the one each application names).") var rubric: String?
    @Option(name: .customLong("journal-dir"), help: "Where journals are kept (default: $XDG_STATE_HOME/panelist).") var journalDir: String?
    @Option(help: "Your name as a reviewer (asked once and remembered when not given).") var name: String?
    @Flag(help: "Draw with ASCII characters only.") var ascii = false
    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        let lang = global.language
        let env = ProcessInfo.processInfo.environment
        var paths = StatePaths.fromEnvironment(env)
        if let journalDir { paths.stateDirectory = journalDir }
        let files = try applications.isEmpty ? Self.bundledApplications() : applications
        guard !files.isEmpty else { throw CLIError(lang.pick("没有申报书可评；请给出申报书文件", "no applications to review; name application files")) }
        let identity = try ReviewerIdentity.load(paths: paths, nameOption: name, lang: lang)
        let opener = ReviewOpener(rubricDirectory: try global.rubricDirectory(), paths: paths, identity: identity, lang: lang)
        var opened: [ReviewOpener.Opened] = []
        for file in files {
            do {
                opened.append(try opener.open(applicationPath: file, rubricID: rubric))
            } catch let error as StoreError {
                throw CLIError(lang == .zh ? error.zh : error.en)
            }
        }
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        let useASCII = ascii || env["PANELIST_ASCII"] == "1"
        let sessions = opened.map { o in
            ReviewSession(rubric: o.rubric, profile: o.application.profile, dossier: DossierText(application: o.application, rubric: o.rubric, lang: lang),
                          facts: o.application.scoringFacts, journalPath: o.journal.path, reviewerName: identity.name, state: o.journal.state,
                          view: o.savedView.flatMap(ReviewView.decode))
        }
        let model = AppModel(sessions: sessions, lang: lang, ascii: useASCII)
        let runner = UIRunner(model: model, journals: opened.map(\.journal), applications: opened.map(\.application), identity: identity, noColor: noColor,
                              rationaleDirectory: FileManager.default.currentDirectoryPath)
        runner.mouse = terminal.mouse
        runner.run()
        for journal in opened.map(\.journal) { journal.close() }
    }

    /// The bundled fixture applications, found like the rubrics (beside the program or here).
    static func bundledApplications() throws -> [String] {
        let rubrics = try RubricCatalog.locate(explicit: nil)
        let dir = rubrics.deletingLastPathComponent().appendingPathComponent("Fixtures/applications")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted().map { dir.appendingPathComponent($0).path }
    }
}

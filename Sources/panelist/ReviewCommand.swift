import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore
import PanelistUI

/// `panelist review APPLICATION...` (and `panelist` alone): the reviewer's terminal UI.
///
/// With no files: the applications of the installed review packages, or the bundled demo applications when there is none.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Score applications in the terminal UI (default: the installed review packages, else the demo applications)."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Application files (default: the installed packages' applications, else the bundled demo applications).",
              completion: .file(extensions: ["yaml", "yml"])) var applications: [String] = []
    @Option(help: "Rubric id or file (default: the one each application names).", completion: .rubricIDs) var rubric: String?
    @Option(name: .customLong("journal-dir"), help: "Where journals are kept (default: $XDG_STATE_HOME/panelist).") var journalDir: String?
    @Option(help: "Your name as a reviewer (asked once and remembered in config.toml when not given).") var name: String?
    @Flag(help: "Draw with ASCII characters only (also 'ascii = true' in config.toml).") var ascii = false
    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        let lang = global.language
        var paths = StatePaths.fromEnvironment(ProcessInfo.processInfo.environment)
        if let journalDir { paths.stateDirectory = journalDir }
        let library = try global.rubricLibrary()
        var opened: [ReviewOpener.Opened] = []
        var message: String?
        var header: [String] = []
        var identity: ReviewerIdentity
        do {
            if !applications.isEmpty {
                identity = try ReviewerIdentity.load(paths: paths, nameOption: name, settings: global.settings, lang: lang)
                let opener = ReviewOpener(library: library, paths: paths, identity: identity, lang: lang)
                // A .docx form is offered for import first (the docx issue's); the rest are application files.
                for file in try DocxImportAction.resolveForReview(applications, rubricID: rubric, global: global) {
                    opened.append(try opener.open(applicationPath: file, rubricID: rubric))
                }
            } else if case let packages = PackageStore(paths: global.paths, lang: lang).installed().filter({ !$0.manifest.isChair }), !packages.isEmpty {
                let key = try ReviewerIdentity.key(paths: paths, lang: lang)
                identity = ReviewerIdentity(name: packages[0].manifest.person.name, key: key)
                for package in packages { opened += try Self.open(package, key: key, library: library, lang: lang) }
                header = Self.header(packages, fingerprint: key.fingerprint, now: Date(), lang: lang)
                // Also on the message row: one application opens straight on its review, without the list.
                message = packages.count == 1 ? header.first : lang.pick("评审包 \(packages.count) 个（见申报列表上方）", "\(packages.count) review packages (above the application list)")
            } else {
                identity = try ReviewerIdentity.load(paths: paths, nameOption: name, settings: global.settings, lang: lang)
                let opener = ReviewOpener(library: library, paths: paths, identity: identity, lang: lang)
                for demo in BundledFiles.demoApplications {
                    opened.append(try opener.open(applicationBytes: demo.bytes, name: "Fixtures/applications/" + demo.path, rubric: rubric.map { try library.source($0) }))
                }
                message = lang.pick("未安装评审包：这些是演示申报。用 panelist open 文件 打开办公室发来的评审包。",
                                    "No review package installed: these are the demo applications. Open the office's package with 'panelist open FILE'.")
            }
        } catch let error as StoreError {
            throw CLIError(lang == .zh ? error.zh : error.en)
        }
        guard !opened.isEmpty else { throw CLIError(lang.pick("没有申报书可评；请给出申报书文件", "no applications to review; name application files")) }
        Self.runScreen(opened, identity: identity, lang: lang, ascii: ascii || global.settings.ascii == true,
                       mouse: terminal.mouse && global.settings.mouse != false, message: message, header: header)
    }

    /// Opens (creating journals where needed) the applications an installed package gives this reviewer to score.
    static func open(_ package: InstalledPackage, key: ReviewerKey, library: RubricLibrary, lang: Lang) throws -> [ReviewOpener.Opened] {
        let opener = ReviewOpener(library: library, paths: package.state, identity: ReviewerIdentity(name: package.manifest.person.name, key: key), lang: lang)
        let rubric = package.rubricSource
        return try package.reviewApplications.map { app in
            try opener.open(applicationBytes: try AtomicFile.read(package.file(app.file)), name: package.file(app.file), rubric: rubric)
        }
    }

    /// The lines above the application list: each installed package with its panel, progress and
    /// deadline (days left), the office's note, and how to return it once everything is signed.
    static func header(_ packages: [InstalledPackage], fingerprint: String, now: Date, lang: Lang) -> [String] {
        var lines: [String] = []
        for p in packages {
            let progress = p.progressText(fingerprint: fingerprint, lang: lang)
            let due = p.deadlineText(now: now, zone: .current, lang: lang)
            lines.append(lang.pick("评审包 \(p.id)：\(p.manifest.panel.title)；\(progress)；截止 \(due)",
                                   "Package \(p.id): \(p.manifest.panel.title); \(progress); due \(due)"))
            let note = p.manifest.note.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let first = note.first { lines.append("  " + lang.pick("办公室说明：", "Office's note: ") + first + (note.count > 1 ? lang.pick("（全文见 panelist package show）", " (all of it: panelist package show)") : "")) }
            let statuses = p.statuses(fingerprint: fingerprint)
            if !statuses.isEmpty, statuses.allSatisfy({ $0.status.isDone }) {
                lines.append("  " + lang.pick("已全部签署：用 panelist package return 交回办公室", "All signed: return them to the office with panelist package return"))
            }
        }
        return lines
    }

    /// Runs the reviewer's screen on opened reviews, then closes their journals.
    static func runScreen(_ opened: [ReviewOpener.Opened], identity: ReviewerIdentity, lang: Lang, ascii: Bool, mouse: Bool, message: String?,
                          header: [String] = []) {
        let env = ProcessInfo.processInfo.environment
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        let useASCII = ascii || env["PANELIST_ASCII"] == "1"
        let sessions = opened.map { o in
            ReviewSession(review: Review(rubric: o.rubric, profile: o.application.profile, facts: o.application.scoringFacts, state: o.journal.state),
                          dossier: DossierText(application: o.application, rubric: o.rubric), journalPath: o.journal.path,
                          reviewerName: o.journal.header.reviewer.name, view: o.savedView.flatMap(ReviewView.decode))
        }
        var model = AppModel(sessions: sessions, lang: lang, ascii: useASCII)
        if let message { model.report(Message(message)) }
        if !header.isEmpty { model.setListHeader(header) }
        let runner = UIRunner(model: model, journals: opened.map(\.journal), applications: opened.map(\.application), identity: identity, noColor: noColor,
                              rationaleDirectory: FileManager.default.currentDirectoryPath)
        runner.mouse = mouse
        runner.run()
        for journal in opened.map(\.journal) { journal.close() }
    }
}

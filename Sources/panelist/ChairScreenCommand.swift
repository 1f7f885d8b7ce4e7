import ArgumentParser
import Foundation
import PanelistCore
import PanelistStore
import PanelistUI

/// `panelist chair screen JOURNAL... --chair CHAIR`: the chair's screen for resolving flagged indicators.
struct ChairScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Resolve flagged indicators on screen; resolutions go to the chair's signed journal.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var panel: PanelOptions
    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        let lang = global.language
        guard let chairPath = panel.chair else {
            throw CLIError(lang.pick("请用 --chair 指定组长日志（panelist chair init 创建）", "name the chair journal with --chair (create it with 'panelist chair init')"))
        }
        let (rubric, sha) = try panel.loadRubric(global: global)
        // The same merge as `merge`: the panel file, application files and return files, so the screen names applicants and expected reviewers.
        let report = try panel.merge(rubric: rubric, sha256: sha, lang: lang).0
        let journal: JournalFile
        do {
            journal = try JournalFile.open(path: chairPath, rubricSHA256: sha)
        } catch {
            throw CLIError(lang.pick(error.zh, error.en))
        }
        defer { journal.close() }
        guard ChairState.isChair(journal.header) else { throw CLIError(lang.pick("\(chairPath) 不是组长日志", "\(chairPath) is not a chair journal")) }
        journal.validator = ActionValidator(rubric: rubric, profile: ApplicantProfile(), lang: lang)
        let ascii = ProcessInfo.processInfo.environment["PANELIST_ASCII"] == "1"
        var model = ChairModel(report: report, rubric: rubric, lang: lang, ascii: ascii)
        TerminalLoop.run(
            noColor: !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty,
            mouse: terminal.mouse && global.settings.mouse != false,
            onResize: { width, height in model.resize(width: width, height: height) },
            render: { model.render() },
            onKey: { key in
                // A resize comes through onResize with the size; a pause has nothing to do here.
                guard let key, let event = Event(key) else { return true }
                for effect in model.handle(event) {
                    switch effect {
                    case .quit:
                        return false
                    case .resolve(let id, let application, let indicator, let value, let reason):
                        do {
                            if journal.needsReopen { try journal.reopen() }   // after a failed write: read again and checked first
                            let record = try journal.append(.resolve(application: application, indicator: indicator, value: value, reason: reason), lang: lang)
                            model.confirmed(id, record: record)
                        } catch let error as StoreError {
                            model.failed(id, reason: lang == .zh ? error.zh : error.en)
                        } catch {
                            model.failed(id, reason: "\(error)")
                        }
                    }
                }
                return true
            },
            onHangup: {})
    }
}

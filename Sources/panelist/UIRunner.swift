import Foundation
import PanelistApp
import PanelistCore
import PanelistStore
import PanelistTerminal
import PanelistUI

/// Runs the reviewer's UI: draws the model, reads keys, and carries out effects durably.
///
/// An action reaches the model (and the screen says "saved") only after the journal append
/// returned, i.e. after the record was written and fdatasync'd.
final class UIRunner {
    var model: AppModel
    let journals: [JournalFile]
    let applications: [Application]
    let identity: ReviewerIdentity
    let noColor: Bool
    /// Whether the screen takes mouse clicks and the wheel (`--no-mouse` turns it off).
    var mouse = true
    let rationaleDirectory: String

    init(model: AppModel, journals: [JournalFile], applications: [Application], identity: ReviewerIdentity, noColor: Bool, rationaleDirectory: String) {
        self.model = model
        self.journals = journals
        self.applications = applications
        self.identity = identity
        self.noColor = noColor
        self.rationaleDirectory = rationaleDirectory
    }

    func run() {
        TerminalLoop.run(
            noColor: noColor,
            mouse: mouse,
            onResize: { width, height in self.model.resize(width: width, height: height) },
            render: { self.model.render() },
            onKey: { key in
                let effects = key.map { self.model.handle($0, now: Date()) } ?? self.model.idle(now: Date())
                return effects.allSatisfy { self.perform($0) }
            },
            onHangup: {
                // The terminal is gone: save a comment being typed and the views, then leave.
                for effect in self.model.flush() { _ = self.perform(effect) }
            })
    }

    /// Carries out one effect; returns false to quit.
    func perform(_ effect: Effect) -> Bool {
        switch effect {
        case .append(let index, let action, let undoable):
            do {
                let record = try journals[index].append(action, lang: model.lang)
                model.appended(action, session: index, time: record.time, seq: record.seq, undoable: undoable)
            } catch {
                model.failed(model.lang.pick("未保存：", "Not saved: ") + (model.lang == .zh ? error.zh : error.en))
            }
        case .signOff(let index):
            do {
                let record = try journals[index].signOff(with: identity.key)
                if let action = record.action {
                    model.appended(action, session: index, time: record.time, seq: record.seq, undoable: false)
                }
            } catch {
                model.failed(model.lang.pick("签字失败：", "Sign-off failed: ") + (model.lang == .zh ? error.zh : error.en))
            }
        case .rationale(let index):
            writeRationale(index)
        case .saveView(let index):
            ReviewOpener.saveView(model.sessions[index].view.encoded(), journalPath: journals[index].path)
        case .quit:
            return false
        }
        return true
    }

    /// Writes the reviewer's per-indicator rationale (80-column text, ready to print and sign).
    func writeRationale(_ index: Int) {
        let session = model.sessions[index]
        let journal = journals[index]
        let lang = model.lang
        do {
            let records = JournalParser.parse(try AtomicFile.read(journal.path)).records
            let text = RationaleReport.render(rubric: session.rubric, application: applications[index], header: journal.header,
                                              state: session.state, records: records, sheet: session.sheet, lang: lang, format: .text)
            let path = rationaleDirectory + "/" + session.dossier.id + "-rationale.txt"
            try AtomicFile.write(path, text: text)
            model.message = Message(lang.pick("已写出评分理由（可打印签字）：", "Rationale written (print and sign): ") + path, style: .good)
        } catch {
            model.failed(lang.pick("评分理由未写出：", "Rationale not written: ") + (lang == .zh ? error.zh : error.en))
        }
    }
}

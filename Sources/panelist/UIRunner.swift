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
                // A resize comes through onResize with the size; every other key is an event.
                let effects: [Effect]
                if let key {
                    guard let event = Event(key) else { return true }
                    effects = self.model.handle(event)
                } else {
                    effects = self.model.handle(.idle(Date()))
                }
                return effects.allSatisfy { self.perform($0) }
            },
            onHangup: {
                // The terminal is gone: save a comment being typed and the views, then leave.
                for effect in self.model.flush() { _ = self.perform(effect) }
            })
    }

    /// Carries out one effect and reports it back to the model; returns false to quit.
    func perform(_ effect: Effect) -> Bool {
        switch effect {
        case .append(let request):
            do {
                // After a failed write the journal refuses appends until it is read again and checked:
                // the reviewer's retry (or next change) does that first.
                if journals[request.session].needsReopen { try journals[request.session].reopen() }
                let record = try journals[request.session].append(request.action, lang: model.lang)
                model.confirmed(request.id, record: record)
            } catch {
                // Nothing was written (or the journal refuses until reopened): the model rolls back
                // and keeps the reviewer's input on screen.
                model.failed(request.id, reason: model.lang == .zh ? error.zh : error.en)
            }
        case .signOff(let id, let index):
            do {
                if journals[index].needsReopen { try journals[index].reopen() }
                let record = try journals[index].signOff(with: identity.key)
                model.confirmed(id, record: record)
            } catch {
                model.failed(id, reason: model.lang.pick("签字失败：", "sign-off failed: ") + (model.lang == .zh ? error.zh : error.en))
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
            model.report(Message(lang.pick("已写出评分理由（可打印签字）：", "Rationale written (print and sign): ") + path, style: .good))
        } catch {
            model.report(Message(lang.pick("评分理由未写出：", "Rationale not written: ") + (lang == .zh ? error.zh : error.en), style: .bad))
        }
    }
}

import Foundation
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
    let identity: ReviewerIdentity
    let terminal = Terminal()
    let noColor: Bool
    let rationaleDirectory: String

    init(model: AppModel, journals: [JournalFile], identity: ReviewerIdentity, noColor: Bool, rationaleDirectory: String) {
        self.model = model
        self.journals = journals
        self.identity = identity
        self.noColor = noColor
        self.rationaleDirectory = rationaleDirectory
    }

    func run() {
        terminal.start(noColor: noColor)
        defer { terminal.stop() }
        resize()
        var running = true
        while running {
            terminal.present(model.render())
            let key = terminal.readEvent(timeoutMs: 250)
            let now = Date()
            var effects: [Effect]
            if let key {
                if key == .resize { resize() }
                effects = model.handle(key, now: now)
            } else {
                effects = model.idle(now: now)
            }
            for effect in effects where !perform(effect) { running = false }
        }
    }

    func resize() {
        let size = terminal.size
        model.resize(width: size.width, height: size.height)
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
            ReviewOpener.saveView(model.sessions[index].view, journalPath: journals[index].path)
        case .quit:
            return false
        }
        return true
    }

    func writeRationale(_ index: Int) {
        // WIRE-RATIONALE: replaced by RationaleReport once the printout work merges.
        model.failed("rationale: pending merge")
    }
}

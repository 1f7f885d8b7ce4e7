import Foundation
import PanelistCore

extension AppModel {
    /// Validates an action against the review; returns the append effect (remembered under its
    /// id with what waits on it) or shows why it is refused.
    mutating func append(_ action: JournalAction, purpose: PendingAppend.Purpose = .entry) -> [Effect] {
        guard let session else { return [] }
        if let problem = session.review.problem(with: action, lang: settings.lang) {
            say(problem, .bad)
            if case .value(var prompt) = purpose {
                // The typed text stays on the prompt line to be corrected.
                prompt.selected = false
                route.overlay = .prompt(prompt)
            }
            return []
        }
        let id = newAppendID()
        pending[id] = PendingAppend(session: route.current, action: action, purpose: purpose)
        return [.append(AppendRequest(id: id, session: route.current, action: action))]
    }

    mutating func newAppendID() -> AppendID {
        defer { nextAppend += 1 }
        return AppendID(nextAppend)
    }

    /// The runner wrote the append `id` durably as `record`: the session applies it, and what
    /// waited on it is committed (undo stacks, the comment's saved mark, a follow-up prompt).
    public mutating func confirmed(_ id: AppendID, record: JournalRecord) {
        let before = mark
        defer { refresh(from: before) }
        guard let waiting = pending.removeValue(forKey: id), sessions.indices.contains(waiting.session) else { return }
        let index = waiting.session
        let action = record.action ?? waiting.action
        let inverse = sessions[index].review.inverse(of: action)
        sessions[index].apply(record)
        switch waiting.purpose {
        case .entry, .value:
            if let inverse { sessions[index].undoStack.append(inverse) }
            sessions[index].redoStack.removeAll()
        case .undo:
            _ = sessions[index].undoStack.popLast()
            if let inverse { sessions[index].redoStack.append(inverse) }
        case .redo:
            _ = sessions[index].redoStack.popLast()
            if let inverse { sessions[index].undoStack.append(inverse) }
        case .comment(let text, let leave):
            if let inverse { sessions[index].undoStack.append(inverse) }
            sessions[index].redoStack.removeAll()
            if case .comment(var edit)? = route.overlay, index == route.current {
                edit.saved = text
                edit.failure = nil
                edit.failedText = nil
                route.overlay = leave ? nil : .comment(edit)
            }
        case .final:
            break
        }
        let session = sessions[index]
        say(lang.pick("已保存 ", "Saved ") + LocalTime.clock(record.time, in: settings.timeZone) + lang.pick("：", ": ")
            + ActionDescription.describe(action, rubric: session.rubric, variant: session.profile.variant, lang: lang), .good)
        if case .value = waiting.purpose { askFigureReason(after: action, session: index) }
    }

    /// The runner could not write the append `id`: nothing changed, and what waited on it is
    /// rolled back with the reviewer's input kept on screen (a typed figure, a comment).
    public mutating func failed(_ id: AppendID, reason: String) {
        let before = mark
        defer { refresh(from: before) }
        guard let waiting = pending.removeValue(forKey: id) else {
            say(lang.pick("未保存：", "Not saved: ") + reason, .bad)
            return
        }
        switch waiting.purpose {
        case .value(var prompt):
            prompt.selected = false
            route.overlay = .prompt(prompt)
            say(lang.pick("未保存：\(reason)。所填内容仍在输入行：Enter 重试，Esc 放弃", "Not saved: \(reason). What you typed is still on the line: Enter retries, Esc drops it"), .bad)
        case .comment(let text, _):
            if case .comment(var edit)? = route.overlay, waiting.session == route.current {
                edit.failure = reason
                edit.failedText = text
                route.overlay = .comment(edit)
            } else if waiting.session == route.current, route.screen == .review, let key = commentKey(waiting.action) {
                // The editor was left: open it again with the unsaved text.
                var edit = CommentEdit(key: key, text: sessions[waiting.session].state.comments[ReviewSession.commentTarget(key) ?? ""] ?? "", now: Date())
                edit.editor = TextEditor(text)
                edit.failure = reason
                edit.failedText = text
                route.overlay = .comment(edit)
            }
            say(lang.pick("未保存：\(reason)。评语仍在编辑框中，没有丢失：Ctrl-S 重试；退出前请先复制保存",
                          "Not saved: \(reason). The comment is still in the editor, nothing is lost: C-s retries; copy it before quitting"), .bad)
        case .undo, .redo:
            say(lang.pick("未保存：\(reason)。撤销或重做没有生效", "Not saved: \(reason). Nothing was undone or redone"), .bad)
        case .entry, .final:
            say(lang.pick("未保存：\(reason)。本次操作没有生效", "Not saved: \(reason). The change did not take effect"), .bad)
        }
    }

    func commentKey(_ action: JournalAction) -> TreeKey? {
        guard case .comment(let target, _) = action else { return nil }
        return target.isEmpty ? .overall : .node(target)
    }

    /// After a figure that differs from the application's is saved without a reason, asks for one.
    mutating func askFigureReason(after action: JournalAction, session index: Int) {
        guard case .number(let indicator, let number, let value?, nil) = action else { return }
        let key = FigureKey(indicator: indicator, number: number)
        guard let stated = sessions[index].dossier.statedValue(key), stated != value else { return }
        let unit = sessions[index].rubric.node(indicator)?.number(number)?.unit ?? ""
        route.overlay = .prompt(Prompt(.figureReason(key, value: value),
                                       title: lang.pick("与申报书（\(stated.plain)\(unit)）不同，请说明理由：", "Differs from the application (\(stated.plain)\(unit)); give the reason: ")))
    }

    /// Called when no key came for a while: saves a comment after a pause in typing.
    mutating func idle(now: Date) -> [Effect] {
        guard case .comment(let edit)? = route.overlay, edit.dirty, now.timeIntervalSince(edit.lastKey) >= settings.commentPause,
              edit.failedText != edit.editor.text, !pending.values.contains(where: { if case .comment = $0.purpose { return true } else { return false } })
        else { return [] }
        return saveComment(edit, leave: false)
    }

    mutating func saveComment(_ edit: CommentEdit, leave: Bool) -> [Effect] {
        guard let target = ReviewSession.commentTarget(edit.key) else { return [] }
        let text = edit.editor.text
        return append(.comment(target: target, text: text), purpose: .comment(text: text, leave: leave))
    }

    /// Everything to save before leaving abruptly: a comment being typed, and every view.
    public mutating func flush() -> [Effect] {
        var effects: [Effect] = []
        if case .comment(let edit)? = route.overlay, edit.dirty { effects += saveComment(edit, leave: true) }
        return effects + saveAllViews()
    }

    func saveAllViews() -> [Effect] { sessions.indices.map { Effect.saveView(session: $0) } }
}

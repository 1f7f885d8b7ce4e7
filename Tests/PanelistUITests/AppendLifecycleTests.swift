import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

/// The append effect carries an id: what waits on it commits when the runner confirms it and
/// rolls back when the write fails, keeping the reviewer's input on screen.
@Suite("Appends confirmed or failed")
struct AppendLifecycleTests {
    typealias S = UITestSupport
    static let always: @Sendable (JournalAction) -> Bool = { _ in true }

    @Test func aCommentIsMarkedSavedOnlyOnceConfirmedAndKeptWhenTheWriteFails() throws {
        var model = try S.model()
        S.type([.character("c")] + S.chars("现场核验：MES已上线") + [.escape], into: &model, failing: Self.always)
        guard case .comment(let edit)? = model.overlay else { Issue.record("the editor closed and the text was lost"); return }
        #expect(edit.editor.text == "现场核验：MES已上线")
        #expect(edit.failure != nil)
        let screen = model.render().text
        #expect(screen.contains("未保存（写入失败）"))
        #expect(!screen.contains("| 已保存"))
        #expect(model.message?.text.contains("没有丢失") == true)
        #expect(model.sessions[0].state.comments["1"] == nil)
        // A pause does not retry the same failed text over and over.
        #expect(model.handle(.idle(S.now.addingTimeInterval(10))).isEmpty)
        // Once the disk is back, leaving again saves it and closes the editor.
        S.type([.escape], into: &model)
        #expect(model.overlay == nil)
        #expect(model.sessions[0].state.comments["1"] == "现场核验：MES已上线")
    }

    @Test func theEditorWaitsForTheConfirmationBeforeLeaving() throws {
        var model = try S.model()
        S.type([.character("c")] + S.chars("已核"), into: &model)
        let effects = model.handle(.key(.escape), now: S.now)
        guard case .comment(let edit)? = model.overlay else { Issue.record("left before the write was confirmed"); return }
        #expect(edit.dirty)
        S.perform(effects, on: &model)
        #expect(model.overlay == nil)
    }

    @Test func undoPopsOnlyWhenConfirmed() throws {
        var model = try S.model()
        S.type(S.find("2.5") + [.tab, .character("+")], into: &model)
        #expect(model.sessions[0].undoStack.count == 1)
        S.type([.character("u")], into: &model, failing: Self.always)
        #expect(model.sessions[0].undoStack.count == 1)                 // rolled back: still there
        #expect(model.sessions[0].redoStack.isEmpty)
        #expect(model.message?.text.contains("撤销或重做没有生效") == true)
        S.type([.character("u")], into: &model)
        #expect(model.sessions[0].undoStack.isEmpty)
        #expect(model.sessions[0].redoStack.count == 1)
        S.type([.control("r")], into: &model, failing: Self.always)
        #expect(model.sessions[0].redoStack.count == 1)
        S.type([.control("r")], into: &model)
        #expect(model.sessions[0].redoStack.isEmpty)
        #expect(model.sessions[0].state.inputs.indicators["2.5"]?.counts.values.first?.values.first == 1)
    }

    @Test func aTypedFigureStaysOnScreenWhenItsWriteFailsAndNoFollowUpOpens() throws {
        var model = try S.model()
        S.type(S.find("2.1") + [.tab, .enter] + S.chars("1450万元") + [.enter], into: &model, failing: Self.always)
        guard case .prompt(let prompt)? = model.overlay, case .value = prompt.purpose else { Issue.record("the typed figure was dropped"); return }
        #expect(prompt.text == "1450万元")
        #expect(!prompt.selected)
        #expect(model.sessions[0].state.inputs.indicators["2.1"] == nil)
        #expect(model.render().text.contains("未保存：磁盘已满"))           // shown beside the prompt, not hidden by it
        // Enter retries; now confirmed, the follow-up (why it differs) opens.
        S.type([.enter], into: &model)
        guard case .prompt(let reason)? = model.overlay, case .figureReason = reason.purpose else { Issue.record("no follow-up"); return }
    }

    @Test func theFollowUpPromptOpensOnlyAfterTheConfirmation() throws {
        var model = try S.model()
        S.type(S.find("2.1") + [.tab, .enter] + S.chars("1450"), into: &model)
        let effects = model.handle(.key(.enter), now: S.now)
        #expect(model.overlay == nil)
        S.perform(effects, on: &model)
        guard case .prompt(let reason)? = model.overlay, case .figureReason = reason.purpose else { Issue.record("no follow-up"); return }
    }

    @Test func aFailedEntrySaysSoAndChangesNothing() throws {
        var model = try S.model()
        S.type(S.find("5.1") + [.tab, .character(" ")], into: &model, failing: Self.always)
        #expect(model.sessions[0].state == ReviewState())
        #expect(model.sessions[0].undoStack.isEmpty)
        #expect(model.message?.text.hasPrefix("未保存") == true)
    }
}

/// A failed save's message is long (the file, the errno, what to do): it is wrapped over the rows
/// above the message row, never cut, so the advice at its end can be read.
@Suite("Long messages")
struct LongMessageTests {
    typealias S = UITestSupport
    static let reason = "同步 /media/usb/panelist/journals/zz-2024-w-hengchi/88f2-8169-5cbd-c074.jsonl 到磁盘 失败：输入/输出错误（EIO）；这条修改未写入，日志已恢复为写入前的样子。处理办法：磁盘或U盘可能已损坏：请把日志复制到其他磁盘后在那里继续，然后再试一次（下次保存前会重新读取并检查日志）。"

    /// The text of the bottom `rows` rows, each trimmed, joined without breaks.
    static func bottom(_ grid: ScreenGrid, rows: Int) -> String {
        ((grid.height - rows)..<grid.height).map { grid.line($0).trimmingCharacters(in: .whitespaces) }.joined()
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func aFailedCommentSaysAllOfWhatToDo(width: Int, height: Int) throws {
        var model = try S.model(width: width, height: height)
        S.type([.character("c")] + S.chars("现场核验"), into: &model)
        let effects = model.handle(.key(.escape), now: S.now)
        guard case .append(let request)? = effects.first(where: { if case .append = $0 { return true } else { return false } }) else {
            Issue.record("no append"); return
        }
        model.failed(request.id, reason: Self.reason)
        let grid = model.render()
        let text = Self.bottom(grid, rows: StatusLine.messageRows + 1)
        #expect(text.contains("然后再试一次（下次保存前会重新读取并检查日志）"), "\(grid.text)")
        #expect(text.contains("88f2-8169-5cbd-c074.jsonl"))
        #expect(grid.line(0).contains("Panelist"), "the title bar stays")
        for row in 0..<grid.height { #expect(DisplayWidth.of(grid.line(row)) <= width) }
    }

    @Test func aShortMessageTakesOneRow() throws {
        var model = try S.model(width: 120, height: 40)
        let before = model.render()
        model.report(Message("已保存", style: .good))
        let after = model.render()
        let changed = (0..<after.height).filter { before.line($0) != after.line($0) }
        #expect(changed == [after.height - 2])
    }
}

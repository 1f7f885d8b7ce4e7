import Foundation
import PanelistCore

/// The chair's screen: divergent indicators for discussion, each reviewer's points and
/// comment, and the agreed value with its reason, recorded in the chair's own journal.
///
/// The agreed value is shown beside the computed panel value; it never replaces it.
public struct ChairModel: Sendable {
    /// The flagged indicators to discuss.
    public var agenda: ChairAgenda
    /// The rubric that supplies titles.
    public let rubric: Rubric
    /// Index of the selected agenda item.
    public var cursor = 0
    /// First line shown in the detail pane.
    public var detailScroll = 0
    /// What the keyboard is doing.
    public var mode: Mode = .normal
    /// The feedback line shown, if any.
    public var message: Message?
    /// The language of the screen.
    public var lang: Lang
    /// The key bindings in force.
    public var keys: KeyTable = .standard
    /// The characters drawn with (`.ascii` for PANELIST_ASCII=1).
    public var glyphs: Glyphs = .unicode
    /// Terminal width, in cells.
    public var width = 80
    /// Terminal height, in rows.
    public var height = 24

    /// What the keyboard is doing.
    public enum Mode: Sendable, Equatable {
        case normal
        case help
        case value(LineEditor)
        case reason(value: Decimal, editor: LineEditor)
    }

    /// Creates the chair's screen for an agenda, on its first item.
    public init(agenda: ChairAgenda, rubric: Rubric, lang: Lang) {
        self.agenda = agenda
        self.rubric = rubric
        self.lang = lang
    }

    var item: ChairAgendaItem? { agenda.items.indices.contains(cursor) ? agenda.items[cursor] : nil }

    /// Sets the terminal size.
    public mutating func resize(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
    }

    /// Handles one key; returns the effects for the runner.
    public mutating func handle(_ key: Key) -> [ChairEffect] {
        switch mode {
        case .help:
            mode = .normal
            return []
        case .value(var editor):
            switch key {
            case .escape: mode = .normal
            case .enter:
                guard let item else { mode = .normal; return [] }
                guard case .success(let value) = UIText.parseNumber(editor.text, unit: "分", lang: lang), value >= 0, value <= item.indicator.cap else {
                    message = Message(lang.pick("分值须在 0-\(item.indicator.cap.plain) 之间；未记录", "The value must be 0-\(item.indicator.cap.plain); nothing recorded"), style: .bad)
                    return []
                }
                mode = .reason(value: value, editor: LineEditor(item.indicator.resolution?.reason ?? ""))
            default:
                editor.handle(key)
                mode = .value(editor)
            }
            return []
        case .reason(let value, var editor):
            switch key {
            case .escape: mode = .normal
            case .enter:
                let reason = editor.text.trimmingCharacters(in: .whitespaces)
                guard let item, !reason.isEmpty else {
                    message = Message(lang.pick("须写明裁定理由；未记录", "A reason is required; nothing recorded"), style: .bad)
                    return []
                }
                mode = .normal
                return [.resolve(application: item.application, indicator: item.indicator.id, value: value, reason: reason)]
            default:
                editor.handle(key)
                mode = .reason(value: value, editor: editor)
            }
            return []
        case .normal:
            break
        }
        message = nil
        switch keys.action(for: key) {
        case .up?: move(-1)
        case .down?: move(1)
        case .pageUp?: detailScroll = max(0, detailScroll - max(1, height / 2))
        case .pageDown?: detailScroll += max(1, height / 2)
        case .top?: cursor = 0
        case .bottom?: cursor = max(0, agenda.items.count - 1)
        case .nextTodo?:
            let start = cursor
            for step in 1...max(1, agenda.items.count) {
                let i = (start + step) % max(1, agenda.items.count)
                if agenda.items.indices.contains(i), !agenda.items[i].isResolved { cursor = i; detailScroll = 0; return [] }
            }
            message = Message(lang.pick("所有待议指标均已裁定", "Every flagged indicator is resolved"), style: .good)
        case .activate?:
            guard let item else { return [] }
            let start = item.indicator.resolution?.value ?? item.indicator.value ?? 0
            mode = .value(LineEditor(start.plain, selected: true))
        case .help?: mode = .help
        case .quit?: return [.quit]
        default: break
        }
        return []
    }

    mutating func move(_ delta: Int) {
        guard !agenda.items.isEmpty else { return }
        cursor = min(agenda.items.count - 1, max(0, cursor + delta))
        detailScroll = 0
    }

    /// The runner recorded a resolution durably in the chair's journal.
    public mutating func resolved(application: String, indicator: String, value: Decimal, reason: String, time: Date, seq: Int) {
        for i in agenda.items.indices where agenda.items[i].application == application && agenda.items[i].indicator.id == indicator {
            agenda.items[i].indicator.resolution = ChairResolution(application: application, indicator: indicator, value: value, reason: reason, time: time, seq: seq)
        }
        message = Message(lang.pick("已记入组长日志：\(application) \(indicator) = \(value.plain)", "Recorded in the chair journal: \(application) \(indicator) = \(value.plain)"), style: .good)
    }

    /// The runner could not record it.
    public mutating func failed(_ text: String) { message = Message(text, style: .bad) }
}

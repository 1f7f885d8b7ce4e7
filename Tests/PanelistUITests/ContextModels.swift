import Foundation
@testable import PanelistCore
@testable import PanelistUI

/// A reviewer's model put into each keyboard context, for tests that go through every one.
enum ContextModels {
    typealias S = UITestSupport

    static func model(in context: InputContext) throws -> AppModel {
        switch context {
        case .list:
            let rubric = try S.rubric("zhuzhou-benchmark.yaml")
            var second = S.dossier
            second.id = "ZZ-2024-S-002"
            return AppModel(sessions: [S.session(rubric), S.session(rubric, dossier: second)], lang: .zh, ascii: true, width: 120, height: 40)
        case .tree:
            return try S.model()
        case .text:
            var m = try S.model()
            S.type(S.find("2.1") + [.tab, .tab], into: &m)
            return m
        case .panel:
            var m = try S.model()
            S.type(S.find("2.1") + [.tab], into: &m)
            return m
        case .scenarios:
            var m = try S.model()
            S.type(S.find("2.3") + [.tab, .enter], into: &m)
            return m
        case .comment:
            var m = try S.model()
            S.type([.character("c")], into: &m)
            return m
        case .prompt:
            var m = try S.model()
            S.type([.character("/")], into: &m)
            return m
        case .help:
            var m = try S.model()
            S.type([.character("?")], into: &m)
            return m
        case .confirm:
            var m = try S.model()
            S.type([.character(":")] + S.chars("recuse 利益冲突") + [.enter, .character(":")] + S.chars("signoff") + [.enter], into: &m)
            return m
        case .tooSmall:
            return try S.model(width: 79, height: 23)
        case .chair:
            throw S.Failure(description: "the chair's context is ChairModel's")
        }
    }

    /// What a handler could change: everything but the message.
    struct Fingerprint: Equatable {
        var route: Route
        var views: [ReviewView]
        var states: [ReviewState]
        var undo: [[JournalAction]]
        var settings: UISettings
        var list: ListState
        var search: SearchState

        init(_ m: AppModel) {
            route = m.route
            views = m.sessions.map(\.view)
            states = m.sessions.map(\.state)
            undo = m.sessions.map(\.undoStack)
            settings = m.settings
            list = m.list
            search = m.search
        }
    }

    /// Every key the keyboard can send: printable ASCII, a CJK character, and every named and Ctrl key.
    static let allKeys: [Key] = {
        var keys: [Key] = (32...126).compactMap { Unicode.Scalar($0).map { .character(Character($0)) } }
        keys += [.character("核"), .character("é")]
        keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace, .delete]
        keys += "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
        return keys
    }()
}

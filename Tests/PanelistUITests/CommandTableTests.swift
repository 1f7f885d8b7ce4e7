import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

@Suite("Commands as data")
struct CommandTableTests {
    typealias S = UITestSupport

    /// The help of every context is exactly the bindings in force there, each command once with
    /// all its keys, and (where `:` works) the typed commands with their names and aliases.
    @Test(arguments: InputContext.allCases)
    func helpIsGeneratedFromTheKeyTable(context: InputContext) {
        for lang in [Lang.zh, .en] {
            let lines = HelpText.lines(context, lang: lang).filter { $0.command != nil && !$0.typed }
            let bound = Keymap.commands(context)
            let order = CommandGroup.allCases.flatMap { group in bound.filter { $0.command.group == group }.map { Optional($0.command.id) } }
            #expect(lines.map(\.command) == order, "\(context) \(lang)")
            for (command, triggers) in bound {
                let line = lines.first { $0.command == command.id }
                #expect(line?.keys == triggers.map { $0.label(lang) }.joined(separator: " "), "\(context) \(command.id)")
                #expect(line?.text == command.helpText(lang), "\(context) \(command.id)")
            }
            let typed = HelpText.lines(context, lang: lang).filter(\.typed)
            if bound.contains(where: { $0.command.id == .commandLine }) {
                #expect(typed.map(\.command) == Command.typed.map { Optional($0.id) })
                for command in Command.typed {
                    let line = typed.first { $0.command == command.id }
                    for alias in command.aliases { #expect(line?.keys.contains(":" + alias) == true) }
                }
            } else {
                #expect(typed.isEmpty, "\(context) lists ':' commands without ':'")
            }
        }
    }

    @Test func theHelpScreenShowsTheContextsHelp() throws {
        var model = try S.model()
        S.type(S.find("2.1") + [.tab], into: &model)
        S.type([.character("?")], into: &model)
        #expect(model.overlay == .help(of: .panel, scroll: 0))
        let screen = model.render().text
        #expect(screen.contains("帮助：评分栏"))
        #expect(screen.contains("直接键入数值"))                       // a panel binding the tree does not have
        S.snapshot(model.render(), "help-zh-120x40.txt")
        S.type([.escape], into: &model)
        #expect(model.overlay == nil)
    }

    @Test func everyCommandHasBothLanguagesAndIsReachable() {
        for id in CommandID.allCases {
            let command = Command[id]
            #expect(Command.all.contains { $0.id == id }, "\(id) has no record")
            #expect(!command.help.zh.isEmpty && !command.help.en.isEmpty, "\(id)")
            let bound = InputContext.allCases.contains { context in Keymap.effective(context).contains { $0.command == id } }
            #expect(bound || command.name != nil, "\(id) is reachable neither by a key nor by ':'")
        }
        let names = Command.typed.flatMap { [$0.name ?? ""] + $0.aliases }
        #expect(Set(names).count == names.count, "a ':' name is used twice")
    }

    @Test func statusHintsComeFromTheContextsMap() {
        for context in InputContext.allCases {
            for piece in Hints.pieces(context, lang: .zh) {
                #expect(Keymap.effective(context).contains { $0.hint && piece == $0.trigger.label(.zh) + " " + Command[$0.command].hintText(.zh) })
            }
        }
        #expect(Hints.pieces(.chair, lang: .zh).contains("Enter 裁定"))
        #expect(!Hints.pieces(.chair, lang: .zh).contains { $0.contains("评语") })
    }

    /// A key its context does not bind (nor the global map, where it falls through) changes
    /// nothing in any context: no handler reacts to a key its map lacks.
    @Test(arguments: InputContext.allCases.filter { $0 != .chair })
    func everyKeyInEveryContextOnlyActsThroughTheMap(context: InputContext) throws {
        let start = try ContextModels.model(in: context)
        #expect(start.context == context)
        for key in ContextModels.allKeys where Keymap.resolve(.key(key), in: context) == nil {
            var m = start
            let effects = m.handle(key, now: S.now)
            #expect(effects.isEmpty, "\(context): \(key) gave \(effects)")
            #expect(ContextModels.Fingerprint(m) == ContextModels.Fingerprint(start), "\(context): unbound \(key.label) changed the state")
        }
    }

    @Test func everyKeyOnTheChairsAgendaOnlyActsThroughTheMap() throws {
        let start = try ChairScreenTests.model()
        for key in ContextModels.allKeys where Keymap.resolve(.key(key), in: .chair) == nil {
            var m = start
            #expect(m.handle(key).isEmpty)
            #expect(m.cursor == start.cursor && m.overlay == start.overlay && m.agenda == start.agenda && m.detailScroll == start.detailScroll, "\(key)")
        }
    }

    @Test func onlyDocumentedNamesRunAfterTheColon() throws {
        var model = try S.model()
        S.type([.character(":")] + S.chars("apps") + [.enter], into: &model)
        #expect(model.message?.text.contains("未知命令「apps」") == true)
        #expect(model.route.screen == .review)
        let quit = S.type([.character(":")] + S.chars("q") + [.enter], into: &model)
        #expect(quit.last == .quit)                                       // the documented alias of :quit
    }

    @Test func listByKeyAndByCommandIsTheSameCommand() throws {
        var a = try S.model()
        var b = try S.model()
        let byKey = S.type([.character("a")], into: &a)
        let byName = S.type([.character(":")] + S.chars("list") + [.enter], into: &b)
        #expect(byKey == [.saveView(session: 0)])
        #expect(byName == byKey)
        #expect(a.route == b.route)
    }

    @Test func aDisabledCommandSaysWhy() throws {
        var model = try S.model()
        S.type([.character("e")], into: &model)
        #expect(model.message?.text == "请先在评分栏选中一条佐证材料")
        S.type([.character("u")], into: &model)
        #expect(model.message?.text == "本次没有可撤销的操作")
        S.type([.character(":")] + S.chars("reopen 需要修改") + [.enter], into: &model)
        #expect(model.message?.text == "尚未签字，无需重新打开")
    }
}


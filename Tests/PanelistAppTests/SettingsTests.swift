import Foundation
@testable import PanelistApp
import PanelistCore
import Testing

/// config.toml: language, ascii, mouse and name; a broken file names the file, line and column.
@Suite("Settings")
struct SettingsTests {
    @Test func everySettingIsRead() throws {
        let s = try Settings.parse("# mine\nlanguage = \"en\"\nascii = true\nmouse = false\nname = \"李明\"\n", file: "config.toml", lang: .en)
        #expect(s == Settings(language: .en, ascii: true, mouse: false, name: "李明"))
        #expect(try Settings.parse("", file: "config.toml", lang: .en) == Settings())
    }

    @Test func badFilesAreRefusedNamingTheFileAndTheProblem() {
        func message(_ text: String, _ lang: Lang = .en) -> String {
            do { _ = try Settings.parse(text, file: "/home/x/config.toml", lang: lang); return "" } catch { return "\(error)" }
        }
        #expect(message("language = \"en\"\nascii = yes\n").hasPrefix("/home/x/config.toml:2:"))
        #expect(message("language = \"fr\"\n").contains("language: must be \"zh\" or \"en\""))
        #expect(message("ascii = \"true\"\n").contains("ascii: must be true or false"))
        #expect(message("mouse = 1\n").contains("mouse"))
        #expect(message("name = \"  \"\n").contains("name"))
        #expect(message("colour = true\n").contains("unknown setting colour"))
        #expect(message("colour = true\n", .zh).contains("未知的设置 colour"))
    }

    @Test func theNameIsRecordedWithoutLosingTheRest() throws {
        let dir = NSTemporaryDirectory() + "settings-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Settings.saveName("李明", configDirectory: dir, lang: .en)
        #expect(try Settings.load(configDirectory: dir, lang: .en).name == "李明")
        let file = Settings.path(configDirectory: dir)
        try "# my settings\nascii = true\nname = \"Li\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        try Settings.saveName("王\"建国\"", configDirectory: dir, lang: .en)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text == "# my settings\nascii = true\nname = \"王\\\"建国\\\"\"\n")
        #expect(try Settings.load(configDirectory: dir, lang: .en) == Settings(ascii: true, name: "王\"建国\""))
    }

    @Test func aBrokenFileIsNotRewritten() throws {
        let dir = NSTemporaryDirectory() + "settings-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = Settings.path(configDirectory: dir)
        try "ascii = [\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: AppError.self) { try Settings.saveName("李明", configDirectory: dir, lang: .en) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "ascii = [\n")
    }
}

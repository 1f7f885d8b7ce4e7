import Foundation
import PanelistCore
import PanelistStore
import TOMLKit

/// The user's settings, `$XDG_CONFIG_HOME/panelist/config.toml`: language, ASCII style, mouse and the reviewer's name.
///
/// A setting not written is nil (the built-in default applies); command-line options override settings.
public struct Settings: Sendable, Equatable {
    /// `language = "zh" | "en"`: the interface language (else from the locale).
    public var language: Lang?
    /// `ascii = true`: draw with ASCII characters only.
    public var ascii: Bool?
    /// `mouse = false`: do not take the mouse (clicks and wheel) in the screens.
    public var mouse: Bool?
    /// `name = "李明"`: the reviewer's name as journals record it.
    public var name: String?

    /// The keys a settings file may hold.
    public static let keys = ["language", "ascii", "mouse", "name"]

    /// Settings with the given values (nil: not set).
    public init(language: Lang? = nil, ascii: Bool? = nil, mouse: Bool? = nil, name: String? = nil) {
        self.language = language
        self.ascii = ascii
        self.mouse = mouse
        self.name = name
    }

    /// The settings file in a config directory.
    public static func path(configDirectory: String) -> String { configDirectory + "/config.toml" }

    /// Reads the settings file; none is no settings. A malformed file is an error naming the file, line and column.
    public static func load(configDirectory: String, lang: Lang) throws -> Settings {
        let file = path(configDirectory: configDirectory)
        guard FileManager.default.fileExists(atPath: file) else { return Settings() }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw AppError(lang.pick("无法读取设置文件 \(file)；请检查权限", "cannot read the settings file \(file); check its permissions"))
        }
        guard let text = String(validating: Array(data), as: UTF8.self) else {
            throw AppError(lang.pick("\(file)：不是 UTF-8 文本，请另存为 UTF-8", "\(file): not UTF-8 text; save it as UTF-8"))
        }
        return try parse(text, file: file, lang: lang)
    }

    /// Parses settings text; `file` names it in errors.
    public static func parse(_ text: String, file: String, lang: Lang) throws -> Settings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw AppError("\(file):\(error.source.begin.line):\(error.source.begin.column): " + lang.pick("设置文件格式错误（TOML）：", "not valid TOML: ") + error.description)
        } catch {
            throw AppError("\(file): " + lang.pick("设置文件格式错误（TOML）：", "not valid TOML: ") + "\(error)")
        }
        var settings = Settings()
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            func wrong(_ zh: String, _ en: String) -> AppError {
                AppError("\(file): \(key): " + lang.pick(zh, en))
            }
            switch key {
            case "language":
                guard let text = value.string, let parsed = Lang(rawValue: text) else {
                    throw wrong("须为 \"zh\" 或 \"en\"", "must be \"zh\" or \"en\"")
                }
                settings.language = parsed
            case "ascii":
                guard let flag = value.bool else { throw wrong("须为 true 或 false", "must be true or false") }
                settings.ascii = flag
            case "mouse":
                guard let flag = value.bool else { throw wrong("须为 true 或 false", "must be true or false") }
                settings.mouse = flag
            case "name":
                guard let text = value.string?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                    throw wrong("须为非空的文字，例如 name = \"李明\"", "must be non-empty text, e.g. name = \"Li Ming\"")
                }
                settings.name = text
            default:
                throw AppError("\(file): " + lang.pick("未知的设置 \(key)；可用的设置：\(keys.joined(separator: ", "))",
                                                        "unknown setting \(key); settings are: \(keys.joined(separator: ", "))"))
            }
        }
        return settings
    }

    /// Records the reviewer's name in the settings file: creates it, or adds or replaces the `name` line.
    public static func saveName(_ name: String, configDirectory: String, lang: Lang) throws {
        let file = path(configDirectory: configDirectory)
        let line = "name = " + Quoted.string(name)  // a TOML basic string
        var lines: [String] = []
        if let data = FileManager.default.contents(atPath: file) {
            // Check it parses first: a broken file is not rewritten.
            _ = try parse(String(decoding: data, as: UTF8.self), file: file, lang: lang)
            lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
        } else {
            lines = ["# panelist settings (see 'panelist config')."]
        }
        if let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("name") && $0.contains("=") && $0.split(separator: "=").first?.trimmingCharacters(in: .whitespaces) == "name" }) {
            lines[index] = line
        } else {
            lines.append(line)
        }
        do {
            try StatePaths.makeDirectory(configDirectory)
            try AtomicFile.write(file, text: lines.joined(separator: "\n") + "\n")
        } catch {
            throw AppError(lang.pick(error.zh, error.en))
        }
    }
}

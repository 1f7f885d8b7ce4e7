import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `panelist config`: the settings in force and where panelist keeps things.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings (config.toml: language, ascii, mouse, name), the reviewer key (made if missing) and the folders in use.",
        discussion: "Settings live in $XDG_CONFIG_HOME/panelist/config.toml, e.g.\n  language = \"zh\"\n  ascii = false\n  mouse = true\n  name = \"李明\"\nCommand-line options override them.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        // The language without the settings file (this command reports that file's problems itself).
        let lang = global.lang.flatMap(Lang.parse) ?? env["PANELIST_LANG"].flatMap(Lang.parse) ?? Lang.detect(environment: env)
        let paths = global.paths
        let file = Settings.path(configDirectory: paths.state.configDirectory)
        let settings: Settings
        do {
            settings = try Settings.load(configDirectory: paths.state.configDirectory, lang: lang)
        } catch {
            print("\(error)")
            throw ExitCode(1)
        }
        let exists = FileManager.default.fileExists(atPath: file)
        print(lang.pick("设置文件", "Settings file") + ": \(file)" + (exists ? "" : lang.pick("（不存在，使用默认值）", " (not present; defaults apply)")))
        func row(_ key: String, _ value: String?, _ fallback: String) {
            let shown = value.map { "\($0)  (config.toml)" } ?? "\(fallback)  (" + lang.pick("默认", "default") + ")"
            print("  " + key.padding(toLength: 9, withPad: " ", startingAt: 0) + "= " + shown)
        }
        row("language", settings.language?.rawValue, Lang.detect(environment: env).rawValue + lang.pick("，按语言环境", ", from the locale"))
        row("ascii", settings.ascii.map(String.init), env["PANELIST_ASCII"] == "1" ? "true (PANELIST_ASCII)" : "false")
        row("mouse", settings.mouse.map(String.init), "true")
        row("name", settings.name, lang.pick("（首次评审时询问）", "(asked at the first review)"))
        // The key is made here if there is none yet, so a new reviewer can give the office its fingerprint first.
        let keyPath = paths.state.keyPath
        let existed = FileManager.default.fileExists(atPath: keyPath)
        do {
            let key = try ReviewerKey.loadOrCreate(at: keyPath)
            print(lang.pick("评审密钥", "Reviewer key") + ": \(key.fingerprint)  (\(keyPath))" + (existed ? "" : lang.pick("，刚刚生成", ", created now")))
            print("  " + lang.pick("请把下面一行交给项目办公室（已知密钥文件），评审包将固定到这把密钥：", "Give the programme office this line for its known-keys file, so your packages are pinned to this key:"))
            print("  \(key.fingerprint) \(settings.name ?? lang.pick("你的姓名", "YOUR NAME"))")
        } catch {
            print(lang.pick("评审密钥", "Reviewer key") + ": \(lang.pick(error.zh, error.en))")
        }
        print(lang.pick("日志", "Journals") + ": \(paths.state.stateDirectory)")
        print(lang.pick("评审包", "Packages") + ": \(paths.packagesDirectory)")
        let library: RubricLibrary
        do { library = try RubricLibrary.standard(explicit: global.rubrics) } catch { throw CLIError("\(error)") }
        let bundled = library.sources.filter { $0.origin == .bundled }.count
        print(lang.pick("细则", "Rubrics") + ": " + lang.pick("内置 \(bundled) 个", "\(bundled) bundled") +
              (library.folders.isEmpty ? "" : lang.pick("，另加目录 ", "; plus folders ") + library.folders.joined(separator: ", ")))
    }
}

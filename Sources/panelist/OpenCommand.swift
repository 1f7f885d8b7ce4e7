import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `panelist open FILE`: check and install a review package, then open the screen on its applications.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Check a review package from the programme office, install it, and open its applications for review.",
        discussion: "Every file's SHA-256 is checked against the package's manifest; a damaged or altered package is refused and nothing is installed. Opening the same package again is harmless. Limits: \(PackageLimits.describe(PackageLimits.package.fileBytes)) per package, \(PackageLimits.describe(PackageLimits.package.entryBytes)) per file unpacked, \(PackageLimits.describe(PackageLimits.package.totalBytes)) in all, \(PackageLimits.package.entries) files.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The package file (.zip) the office sent.", completion: .file(extensions: ["zip"])) var file: String
    @Flag(name: .customLong("no-screen"), help: "Install and prepare the journals, print where they are, and do not open the screen (for score sheets).")
    var noScreen = false
    @Flag(help: "Draw with ASCII characters only (also 'ascii = true' in config.toml).") var ascii = false
    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        let lang = global.language
        let paths = global.paths
        let key = try ReviewerIdentity.key(paths: paths.state, lang: lang)
        let library = try global.rubricLibrary()
        let installed = try PackageInstaller(paths: paths, library: library, lang: lang).install(file, fingerprint: key.fingerprint)
        let package = installed.package
        print(installed.wasInstalled
              ? lang.pick("评审包 \(package.id) 已安装（内容相同），位于 \(package.directory)", "The package \(package.id) is already installed (identical), in \(package.directory)")
              : lang.pick("已安装评审包 \(package.id)（\(package.manifest.panel.title)）到 \(package.directory)", "Installed the package \(package.id) (\(package.manifest.panel.title)) into \(package.directory)"))
        for note in installed.notes { print(note) }
        if let settingsName = global.settings.name, settingsName != package.manifest.person.name {
            print(lang.pick("注意：评审包写的专家姓名是 \(package.manifest.person.name)，config.toml 中是 \(settingsName)；本包的日志使用评审包中的姓名。",
                            "Note: the package names you \(package.manifest.person.name); config.toml says \(settingsName). This package's journals use the package's name."))
        }
        if package.manifest.isChair {
            print(lang.pick("这是组长的评审包：专家组文件在 \(package.file("panel.yaml"))。收齐交回文件后运行：",
                            "This is the chair's package: the panel file is \(package.file("panel.yaml")). When the returns are in, run:"))
            print("  panelist merge --panel \(package.file("panel.yaml")) RETURN.zip...")
            return
        }
        let opened: [ReviewOpener.Opened]
        do {
            opened = try ReviewCommand.open(package, key: key, library: library, lang: lang)
        } catch let error as StoreError {
            throw CLIError(lang == .zh ? error.zh : error.en)
        }
        if noScreen {
            for o in opened {
                print("\(o.application.id)  \(o.application.applicant.name)")
                print("  " + lang.pick("申报书", "application") + ": \(package.file("applications/\(o.application.id).yaml"))")
                print("  " + lang.pick("日志", "journal") + ": \(o.journal.path)")
                o.journal.close()
            }
            return
        }
        let identity = ReviewerIdentity(name: package.manifest.person.name, key: key)
        let message = lang.pick("评审包 \(package.id)：\(opened.count) 个申报，截止 \(package.manifest.deadline ?? "—")", "Package \(package.id): \(opened.count) application(s), due \(package.manifest.deadline ?? "—")")
            + (installed.notes.isEmpty ? "" : lang.pick("；细则与本机不同，见终端输出", "; its rubric differs from the installed one (see the terminal)"))
        ReviewCommand.runScreen(opened, identity: identity, lang: lang, ascii: ascii || global.settings.ascii == true,
                                mouse: terminal.mouse && global.settings.mouse != false, message: message,
                                header: ReviewCommand.header([package], fingerprint: key.fingerprint, now: Date(), lang: lang))
    }
}

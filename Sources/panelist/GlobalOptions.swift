import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore

/// Options shared by commands: language and where the bundled rubrics are.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Interface language: zh or en (default: $PANELIST_LANG, then 'language' in config.toml, then the locale).",
            completion: .list(["zh", "en"]))
    var lang: String?

    @Option(name: .long, help: "Folder of rubric files that add to or override the bundled ones (also $PANELIST_RUBRICS).", completion: .directory)
    var rubrics: String?

    /// The language chosen by --lang, `PANELIST_LANG`, the settings file, or the locale.
    var language: Lang { Self.language(option: lang) }

    /// The language for a `--lang` value (or none): it, `PANELIST_LANG`, the settings file, then the locale.
    static func language(option: String?) -> Lang {
        let env = ProcessInfo.processInfo.environment
        if let option, let parsed = Lang.parse(option) { return parsed }
        if let value = env["PANELIST_LANG"], let parsed = Lang.parse(value) { return parsed }
        return LoadedSettings.current.language ?? Lang.detect(environment: env)
    }

    /// The settings file's values (a broken file is reported once and ignored; `panelist config` shows why).
    var settings: Settings { LoadedSettings.current }

    /// The folders in use (XDG).
    var paths: AppPaths { AppPaths.fromEnvironment(ProcessInfo.processInfo.environment) }

    /// The rubrics in use: bundled, then `$PANELIST_RUBRICS`, then `--rubrics`; installed packages' rubrics as alternates.
    func rubricLibrary() throws -> RubricLibrary {
        do {
            var library = try RubricLibrary.standard(explicit: rubrics)
            library.alternates = PackageStore(paths: paths, lang: language).rubricSources()
            return library
        } catch let error as AppError { throw CLIError(error.description) }
    }
}

/// The settings file, read once per run.
enum LoadedSettings {
    /// The settings, or none when the file is broken (reported on standard error once).
    static let current: Settings = {
        let env = ProcessInfo.processInfo.environment
        do {
            return try Settings.load(configDirectory: AppPaths.fromEnvironment(env).state.configDirectory, lang: Lang.detect(environment: env))
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            return Settings()
        }
    }()
}

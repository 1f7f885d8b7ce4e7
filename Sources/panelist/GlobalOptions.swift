import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore

/// Options shared by commands: language and where the bundled rubrics are.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Interface language: zh or en (default: from the locale).")
    var lang: String?

    @Option(name: .long, help: "Folder of rubric files (default: $PANELIST_RUBRICS, ./Rubrics, or the one beside the program).")
    var rubrics: String?

    /// The language chosen by --lang or the environment.
    var language: Lang { Lang.detect(override: lang, environment: ProcessInfo.processInfo.environment) }

    /// The rubric folder in use.
    func rubricDirectory() throws -> URL {
        try RubricCatalog.locate(explicit: rubrics)
    }
}

import ArgumentParser
import PanelistApp
import PanelistCore
import Foundation

/// The `panelist` command: offline scoring of smart-manufacturing applications.
@main
struct Panelist: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panelist",
        abstract: "Offline scoring of smart-manufacturing programme applications by expert panels.",
        version: PanelistVersion.current,
        subcommands: [ReviewCommand.self, RubricCommand.self, AppCommand.self, JournalCommand.self, RationaleCommand.self,
                      SheetCommand.self, SignOffCommand.self, ReopenCommand.self, MergeCommand.self, ChairCommand.self, OpenCommand.self, PackageCommand.self,
                      ConfigCommand.self],
        defaultSubcommand: ReviewCommand.self
    )

    /// Runs the command; the program's own errors are printed in the user's language (`错误：` / `Error:`)
    /// with exit status 1, everything else (usage, help, version) as the argument parser does.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            fail(error.description)
        } catch let error as AppError {
            fail(error.description)
        } catch {
            exit(withError: error)
        }
    }

    /// Prints a message to standard error with the localised prefix and exits 1.
    static func fail(_ message: String) -> Never {
        let lang = Self.language(CommandLine.arguments)
        FileHandle.standardError.write(Data((lang.pick("错误：", "Error: ") + message + "\n").utf8))
        Foundation.exit(1)
    }

    /// The language as GlobalOptions decides it, from the raw arguments (the command is not at hand here).
    static func language(_ arguments: [String]) -> Lang {
        var option: String?
        if let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count { option = arguments[i + 1] }
        if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }) { option = String(inline.dropFirst("--lang=".count)) }
        return GlobalOptions.language(option: option)
    }
}

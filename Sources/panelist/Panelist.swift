import ArgumentParser
import PanelistApp
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
}

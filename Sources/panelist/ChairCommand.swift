import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `panelist chair …`: the chair's discussion list and signed journal of agreed values.
struct ChairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chair",
        abstract: "The chair's agenda of divergent indicators and signed journal of agreed values.",
        subcommands: [ChairScreenCommand.self, Init.self, List.self, Resolve.self, SignOff.self, ChairHeadsCommand.self],
        defaultSubcommand: ChairScreenCommand.self)

    /// The chair's key: --key, else the reviewer key in the config folder.
    static func key(_ path: String?) throws -> ReviewerKey {
        do {
            return try ReviewerKey.loadOrCreate(at: path ?? StatePaths.fromEnvironment(ProcessInfo.processInfo.environment).keyPath)
        } catch {
            throw CLIError(error.en)
        }
    }

    /// `panelist chair init --journal FILE --rubric ID|FILE --name NAME`
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "init", abstract: "Create the chair's journal for a batch.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The chair journal to create.") var journal: String
        @Option(help: "Rubric id or file.", completion: .rubricIDs) var rubric: String
        @Option(help: "The chair's name.") var name: String
        @Option(help: "Signing key file (default: the reviewer key in the config folder).") var key: String?

        func run() throws {
            let (loaded, sha) = try PanelOptions.loadRubric(named: rubric, global: global)
            let k = try ChairCommand.key(key)
            let header = JournalHeader(
                reviewer: JournalReviewer(name: name, id: k.fingerprint, publicKey: k.publicKeyBase64, fingerprint: k.fingerprint),
                rubric: JournalDocumentRef(id: loaded.id, sha256: sha),
                application: JournalDocumentRef(id: ChairState.applicationID, sha256: JournalHash.sha256Hex([UInt8]())),
                tool: "panelist \(PanelistVersion.current)", created: Date())
            do { try JournalFile.create(path: journal, header: header).close() } catch { throw CLIError(global.language.pick(error.zh, error.en)) }
            print(global.language.pick("已创建组长日志 \(journal)", "Created the chair journal \(journal)"))
        }
    }

    /// `panelist chair list JOURNAL...`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List divergent indicators for discussion.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var panel: PanelOptions

        func run() throws {
            let (rubric, sha) = try panel.loadRubric(global: global)
            let lang = global.language
            let report = try panel.merge(rubric: rubric, sha256: sha, lang: lang).0
            print(ChairAgenda(report: report).text(report, rubric: rubric, lang: lang), terminator: "")
        }
    }

    /// `panelist chair resolve --journal FILE --application ID --indicator ID --value V --reason TEXT`
    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resolve", abstract: "Record the agreed value of an indicator, with the reason, in the chair journal.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The chair journal.") var journal: String
        @Option(help: "Application id.") var application: String
        @Option(help: "Indicator id.") var indicator: String
        @Option(help: "Agreed value, e.g. 7.5.") var value: String
        @Option(help: "Why the panel agreed on it.") var reason: String

        func run() throws {
            let lang = global.language
            guard let v = Decimal.exact(value) else { throw CLIError(lang.pick("分值须为数字，例如 7.5", "the value must be a number such as 7.5")) }
            do {
                let file = try JournalFile.open(path: journal)
                defer { file.close() }
                guard ChairState.isChair(file.header) else { throw CLIError(lang.pick("\(journal) 不是组长日志", "\(journal) is not a chair journal")) }
                let (rubric, sha) = try PanelOptions.loadRubric(named: file.header.rubric.id, global: global)
                guard sha == file.header.rubric.sha256 else {
                    throw CLIError(lang.pick("评分细则文件已改变，与组长日志不符", "the rubric file changed since the chair journal was created"))
                }
                file.validator = ActionValidator(rubric: rubric, profile: ApplicantProfile(), lang: lang)
                try file.append(.resolve(application: application, indicator: indicator, value: v, reason: reason))
                print(lang.pick("已记录：\(application) \(indicator) = \(v.plain)", "Recorded: \(application) \(indicator) = \(v.plain)"))
            } catch let error as StoreError {
                throw CLIError(lang.pick(error.zh, error.en))
            }
        }
    }

    /// `panelist chair signoff --journal FILE`
    struct SignOff: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "signoff", abstract: "Sign the chair journal.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The chair journal.") var journal: String
        @Option(help: "Signing key file (default: the reviewer key in the config folder).") var key: String?

        func run() throws {
            let lang = global.language
            do {
                let file = try JournalFile.open(path: journal)
                defer { file.close() }
                try file.signOff(with: try ChairCommand.key(key))
                print(lang.pick("组长日志已签署", "The chair journal is signed off"))
            } catch let error as StoreError {
                throw CLIError(lang.pick(error.zh, error.en))
            }
        }
    }
}

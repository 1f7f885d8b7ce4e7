import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `panelist sheet export|import`: offline score sheets (docs/SHEET.md).
struct SheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: "Export a plain-text score sheet to fill offline, and import a filled one into a journal.",
        subcommands: [Export.self, Import.self])

    /// Reads a journal file (without locking it): its rubric (hash-checked), header and valid records.
    static func loadJournal(_ path: String, global: GlobalOptions) throws -> (Rubric, JournalHeader, [JournalRecord]) {
        let lang = global.language
        let parse = JournalParser.parse(try JournalCommand.read(path, lang: global.language))
        if let c = parse.corruption {
            throw CLIError("\(path):\(c.line): " + lang.pick("日志已损坏（\(c.message)）；请用 panelist journal salvage", "the journal is corrupt (\(c.message)); see panelist journal salvage"))
        }
        guard let header = parse.header else {
            throw CLIError("\(path):1: " + lang.pick("没有日志头记录", "no header record; this is not a panelist journal"))
        }
        let source: RubricSource
        let rubric: Rubric
        do {
            // The exact version the journal was made with, if known (e.g. a review package's rubric).
            source = try global.rubricLibrary().source(header.rubric.id, sha256: header.rubric.sha256)
            rubric = try source.rubric()
        } catch let error as AppError { throw CLIError(error.description) }
        if source.sha256 != header.rubric.sha256 {
            throw CLIError(lang.pick("\(path)：细则 \(rubric.id) 在创建日志后已被修改，不按新细则计算。",
                                     "\(path): the rubric \(rubric.id) changed after the journal was created; it is not scored against a different rubric."))
        }
        return (rubric, header, parse.records)
    }

    /// Loads an application file against a rubric: the application and the hash of its bytes.
    static func loadApplication(_ path: String, rubric: Rubric) throws -> (Application, String) {
        let bytes = try JournalCommand.read(path)
        let text = String(decoding: bytes, as: UTF8.self)
        let (application, diagnostics) = ApplicationLoader.load(yaml: text, file: path, rubric: rubric)
        guard let application else { throw CLIError(diagnostics.map(\.description).joined(separator: "\n")) }
        return (application, JournalHash.sha256Hex(bytes))
    }

    /// Prints text, or writes it atomically (0600) to a file.
    static func emit(_ text: String, to out: String?, lang: Lang) throws {
        guard let out else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try AtomicFile.write(out, Array(text.utf8)) } catch { throw CLIError(lang.pick(error.zh, error.en)) }
    }

    /// `panelist sheet export APPLICATION --rubric ID [--journal J] [--out FILE]`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write a score sheet for an application, blank or pre-filled from a journal.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The application file (申报书, YAML).") var application: String
        @Option(help: "Rubric id or file (default: the one the application names).", completion: .rubricIDs) var rubric: String?
        @Option(help: "Pre-fill from this journal's current state (and record its head for conflict checks).") var journal: String?
        @Option(help: "Write to this file (0600, atomically) instead of standard output.") var out: String?

        func run() throws {
            let lang = global.language
            let (app, rubric, _) = try AppCommand.load(application, rubricID: self.rubric, global: global)
            let appSHA = JournalHash.sha256Hex(try JournalCommand.read(application))
            let text: String
            if let journal {
                let (journalRubric, header, records) = try SheetCommand.loadJournal(journal, global: global)
                guard header.application.id == app.id, header.rubric.id == rubric.id else {
                    throw CLIError(lang.pick("日志 \(journal) 属于申报 \(header.application.id)（细则 \(header.rubric.id)），不是 \(app.id)（\(rubric.id)）",
                                             "the journal \(journal) is for application \(header.application.id) (rubric \(header.rubric.id)), not \(app.id) (\(rubric.id))"))
                }
                text = Sheet.export(rubric: journalRubric, header: header, records: records, lang: lang)
            } else {
                let rubricSHA: String
                do { rubricSHA = try global.rubricLibrary().source(self.rubric ?? rubric.id).sha256 } catch let error as AppError { throw CLIError(error.description) }
                text = Sheet.blank(rubric: rubric, rubricRef: JournalDocumentRef(id: rubric.id, sha256: rubricSHA),
                                   application: JournalDocumentRef(id: app.id, sha256: appSHA), profile: app.profile, lang: lang)
            }
            try SheetCommand.emit(text, to: out, lang: lang)
        }
    }

    /// `panelist sheet import FILE --journal J [--force] [--dry-run]`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Append the actions of a filled score sheet to a journal; nothing is written unless the whole sheet is valid.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The filled sheet.") var file: String
        @Option(help: "The reviewer's journal.") var journal: String
        @Flag(help: "Let the sheet overwrite entries the journal changed after the sheet was exported.") var force = false
        @Flag(name: .customLong("dry-run"), help: "Check the sheet and list the actions without appending them.") var dryRun = false
        @Option(help: "When the journal does not exist yet: the application file it is created for.") var application: String?
        @Option(help: "When the journal does not exist yet: your name as a reviewer (default: the remembered one, or the sheet's).") var name: String?

        func run() throws {
            let lang = global.language
            let sheetBytes = try JournalCommand.read(file, lang: lang)
            // The sheet as text for creating a missing journal (its reviewer line); the import itself reads the bytes.
            let text = TextLines.split(sheetBytes).map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
            let created = dryRun ? false : try createJournalIfMissing(sheet: text)
            do { try importSheet(sheetBytes, lang: lang) } catch {
                if created { try? FileManager.default.removeItem(atPath: journal) }  // a refused sheet leaves nothing behind
                throw error
            }
        }

        func importSheet(_ sheetBytes: [UInt8], lang: Lang) throws {
            let (rubric, _, _) = try SheetCommand.loadJournal(journal, global: global)
            let opened: JournalFile
            do { opened = try JournalFile.open(path: journal) } catch { throw CLIError(lang.pick(error.zh, error.en)) }
            defer { opened.close() }
            if let r = opened.recovery { FileHandle.standardError.write(Data((r.message(lang) + "\n").utf8)) }
            // Re-read under the lock, so the plan is made against exactly what is appended to.
            let records = JournalParser.parse(try JournalCommand.read(journal, lang: lang)).records
            let plan: SheetImportPlan
            do {
                plan = try Sheet.plan(bytes: sheetBytes, rubric: rubric, records: records, lang: lang, force: force)
            } catch {
                let lines = error.problems.map { p in
                    "\(file):" + (p.line > 0 ? "\(p.line):" : "") + (p.column.map { "\($0):" } ?? "") + " " + lang.pick("错误", "error") + ": \(p.message)"
                }
                throw CLIError(lines.joined(separator: "\n") + "\n" + lang.pick("未写入任何内容。", "Nothing was written."))
            }
            if dryRun {
                for (action, line) in zip(plan.actions, plan.lines) { print("\(file):\(line): \(action.typeName)") }
                print(lang.pick("将追加 \(plan.actions.count) 条记录（未写入）", "\(plan.actions.count) actions would be appended (nothing written)"))
                return
            }
            opened.validator = ActionValidator(rubric: rubric, profile: opened.header.profile, lang: lang)
            if !plan.actions.isEmpty {
                // The whole batch in one write and one sync: all of it lands, or the journal is as it was.
                do {
                    try opened.append(contentsOf: plan.actions)
                } catch {
                    throw CLIError(lang.pick(error.zh, error.en) + "\n" + lang.pick("未追加任何记录；日志保持导入前的样子。", "Nothing was appended; the journal is as it was before the import."))
                }
            }
            if !plan.kept.isEmpty {
                print(lang.pick("保留日志中较新的修改：\(Set(plan.kept.map(\.target)).sorted().joined(separator: ", "))",
                                "Kept the journal's newer changes to: \(Set(plan.kept.map(\.target)).sorted().joined(separator: ", "))"))
            }
            print(lang.pick("已追加 \(plan.actions.count) 条记录", "\(plan.actions.count) actions appended"))
        }
    }
}

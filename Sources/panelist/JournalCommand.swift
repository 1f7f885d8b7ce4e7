import ArgumentParser
import Crypto
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `panelist journal …`: verify, show and salvage review journals.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Verify, show and salvage review journals.",
        subcommands: [Verify.self, Show.self, Salvage.self, CrashWriter.self]
    )

    /// Reads a whole file or fails naming it and the errno.
    static func read(_ path: String, lang: Lang = .en) throws -> [UInt8] {
        do { return try AtomicFile.read(path) } catch { throw CLIError(lang.pick(error.zh, error.en)) }
    }

    /// `panelist journal verify FILE`
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "verify", abstract: "Check a journal's chain, signatures and hashes; exit status 1 if anything is wrong.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The journal file.") var file: String
        @Option(help: "The rubric file the journal was scored against (checks its hash).") var rubric: String?
        @Option(help: "The application file (checks its hash).") var application: String?
        @Option(name: .customLong("expect-key"), help: "Fingerprint the journal must be keyed to (repeatable).") var expectKey: [String] = []
        @Option(name: .customLong("known-keys"), help: "File of accepted keys, one per line: FINGERPRINT NAME (# comments).") var knownKeys: String?
        @Flag(name: .customLong("allow-unsigned"), help: "Exit 0 for a sound journal that is not signed at its head (it is still listed).") var allowUnsigned = false

        func run() throws {
            let lang = global.language
            var keys = Set(expectKey)
            if let knownKeys {
                do {
                    keys.formUnion(try PanelFiles.knownKeys(file: knownKeys, panel: nil, lang: lang).entries.map(\.fingerprint))
                } catch { throw CLIError("\(error)") }
            }
            let verifier = JournalVerifier(
                rubricSHA256: try rubric.map { JournalHash.sha256Hex(try JournalCommand.read($0)) },
                applicationSHA256: try application.map { JournalHash.sha256Hex(try JournalCommand.read($0)) },
                expectedKeys: keys)
            let bytes = try JournalCommand.read(file, lang: lang)
            let result = verifier.verify(bytes)  // a chunk of lines at a time: the records are not kept
            if let h = result.header {
                print(lang.pick("专家", "Reviewer") + ": \(h.reviewer.name) (\(h.reviewer.id)), " + lang.pick("密钥", "key") + " \(h.reviewer.fingerprint)")
                print(lang.pick("细则", "Rubric") + ": \(h.rubric.id) sha256 \(h.rubric.sha256)")
                print(lang.pick("申报", "Application") + ": \(h.application.id) sha256 \(h.application.sha256)")
            }
            print(lang.pick("记录数", "Records") + ": \(result.recordCount)")
            if let head = result.head { print(lang.pick("链头", "Chain head") + ": \(head)") }
            for s in result.signers {
                // Local time with its offset, as in every printout; the journal keeps UTC.
                let time = JournalTime.parse(s.time).map { LocalTime.format($0, in: .current, lang: lang) } ?? s.time
                print(lang.pick("签署", "Signed") + ": \(s.name) (\(s.fingerprint)) \(time) " + lang.pick("链头", "head") + " \(s.head) " +
                      (s.valid ? lang.pick("签名有效", "signature valid") : lang.pick("签名无效", "SIGNATURE INVALID")) + lang.pick(" [第 \(s.line) 行]", " [line \(s.line)]"))
            }
            if result.signers.isEmpty { print(lang.pick("尚未签署", "Not signed off")) } else if !result.signedOff {
                print(lang.pick("签署后已重新打开", "Reopened after sign-off"))
            }
            for p in result.problems { print("\(file):\(p.line > 0 ? "\(p.line):" : "") " + lang.pick("错误", "error") + ": \(p.message)") }
            let unsigned = !result.signedAtHead && result.header != nil
            if unsigned { printUnsigned(result, parse: JournalParser.parse(bytes), lang: lang) }
            if result.isValid && (!unsigned || allowUnsigned) {
                print("\(file): " + lang.pick(unsigned ? "完好（未在链头签署）" : "完好", unsigned ? "ok (not signed at its head)" : "ok"))
                return
            }
            throw ExitCode(1)
        }

        /// Says plainly that the head is not signed and lists the records no signature covers.
        func printUnsigned(_ result: JournalVerification, parse: JournalParse, lang: Lang) {
            let lines = Set(result.unsignedLines)
            let last = result.signers.last(where: \.valid)
            let (zh, en): (String, String)
            if result.signers.isEmpty {
                (zh, en) = ("从未签署", "never signed off")
            } else if let last {
                (zh, en) = ("最后一次有效签署在第 \(last.line) 行", "the last valid sign-off is at line \(last.line)")
            } else {
                (zh, en) = ("没有有效的签署", "no sign-off is valid")
            }
            if lines.isEmpty {
                print("\(file): " + lang.pick("错误：未在链头签署（\(zh)）", "error: not signed at its head (\(en))"))
                return
            }
            print("\(file): " + lang.pick("错误：未在链头签署（\(zh)）；以下 \(lines.count) 条记录没有签名覆盖：",
                                           "error: not signed at its head (\(en)); \(lines.count) record(s) are not covered by a signature:"))
            let history = JournalHistory(lang: lang, timeZone: .current).lines(parse.records)
            for (line, text) in zip(parse.lines, history) where lines.contains(line.number) {
                print("  \(file):\(line.number): \(text)")
            }
        }
    }

    /// `panelist journal show FILE`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a journal's history: time, indicator, old → new.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The journal file.") var file: String
        @Option(help: "Rubric id or file, for indicator titles.", completion: .rubricIDs) var rubric: String?

        func run() throws {
            let lang = global.language
            let parse = JournalParser.parse(try JournalCommand.read(file))
            var loaded: Rubric?
            if let rubric {
                do { loaded = try global.rubricLibrary().find(rubric) } catch let error as AppError { throw CLIError(error.description) }
            }
            for line in JournalHistory(rubric: loaded, lang: lang, timeZone: .current).lines(parse.records) { print(line) }
            if let c = parse.corruption {
                print("\(file):\(c.line): " + lang.pick("损坏", "corrupt") + ": \(c.message) — " + lang.pick("之后的记录未显示", "records after it are not shown"))
            }
            if let t = parse.torn { print("\(file):\(t.line): \(t.reason)") }
        }
    }

    /// `panelist journal salvage FILE --out NEW`
    struct Salvage: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "salvage", abstract: "Copy the valid records of a damaged journal to a new file; the original is not changed.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The damaged journal.") var file: String
        @Option(help: "The new file to write (must not exist).") var out: String

        func run() throws {
            let lang = global.language
            do {
                let report = try JournalSalvage.salvage(source: file, output: out)
                print(lang.pick("已抢救 \(report.keptRecords) 条记录到 \(out)；舍弃 \(report.droppedLines) 行（\(report.droppedBytes) 字节），原文件未改动。",
                                "Salvaged \(report.keptRecords) records to \(out); dropped \(report.droppedLines) line(s) (\(report.droppedBytes) bytes); the original is unchanged."))
                if let p = report.firstProblem { print(lang.pick("第一个问题", "First problem") + ": \(p)") }
            } catch {
                throw CLIError(lang.pick(error.zh, error.en))
            }
        }
    }

    /// Hidden: `panelist journal _crash-writer FILE COUNT [--retry] [--sign]` appends actions and prints "ack SEQ" after each durable append.
    ///
    /// With `--retry`, a failed append prints "fail SEQ MESSAGE", then the journal is reopened and
    /// the action tried again, as the screen does (the fault-injection tier runs it under strace).
    struct CrashWriter: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "_crash-writer", abstract: "Test helper for the crash and fault tests.", shouldDisplay: false)
        @Argument var file: String
        @Argument var count: Int
        @Flag(name: .customLong("retry")) var retry = false
        @Flag(name: .customLong("sign")) var sign = false

        func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

        func run() throws {
            let paths = StatePaths.fromEnvironment(ProcessInfo.processInfo.environment)
            do {
                let key = try ReviewerKey.loadOrCreate(at: paths.keyPath)
                let journal: JournalFile
                if FileManager.default.fileExists(atPath: file) {
                    journal = try JournalFile.open(path: file)
                    if let r = journal.recovery { FileHandle.standardError.write(Data((r.message(.en) + "\n").utf8)) }
                } else {
                    let reviewer = JournalReviewer(name: "crash", id: key.fingerprint, publicKey: key.publicKeyBase64, fingerprint: key.fingerprint)
                    let none = JournalDocumentRef(id: "crash-test", sha256: JournalHash.sha256Hex([UInt8]()))
                    journal = try JournalFile.create(path: file, header: JournalHeader(reviewer: reviewer, rubric: none, application: none,
                                                                                     tool: "panelist \(PanelistVersion.current)", created: Date()))
                }
                for _ in 0..<count {
                    let seq = journal.last.seq + 1
                    try attempt(journal) { () throws(StoreError) -> JournalRecord in try journal.append(.comment(target: "c", text: "action \(seq)")) }
                }
                if sign { try attempt(journal) { () throws(StoreError) -> JournalRecord in try journal.signOff(with: key) } }
                journal.close()
            } catch {
                throw CLIError(error.en)
            }
        }

        /// Appends, printing "ack SEQ"; with --retry, a failure is printed and the journal reopened and tried again.
        func attempt(_ journal: JournalFile, _ append: () throws(StoreError) -> JournalRecord) throws(StoreError) {
            var tries = 0
            while true {
                do {
                    let record = try append()
                    say("ack \(record.seq)")
                    return
                } catch {
                    say("fail \(journal.last.seq + 1) \(error.en)")
                    tries += 1
                    guard retry, tries < 5 else { throw error }
                    if journal.needsReopen {
                        do { try journal.reopen() } catch { say("reopen failed: \(error.en)") }
                    }
                }
            }
        }
    }
}

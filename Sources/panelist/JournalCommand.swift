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

    /// Reads a whole file or fails naming it.
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read \(path); check that the file exists and is readable")
        }
        return Array(data)
    }

    /// `panelist journal verify FILE`
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check a journal's chain, signatures and hashes; exit status 1 if anything is wrong.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The journal file.") var file: String
        @Option(help: "The rubric file the journal was scored against (checks its hash).") var rubric: String?
        @Option(help: "The application file (checks its hash).") var application: String?
        @Option(name: .customLong("expect-key"), help: "Fingerprint the journal must be keyed to (repeatable).") var expectKey: [String] = []
        @Option(name: .customLong("known-keys"), help: "File of accepted fingerprints, one per line (# comments).") var knownKeys: String?

        func run() throws {
            let lang = global.language
            var keys = Set(expectKey)
            if let knownKeys {
                let text = String(decoding: try JournalCommand.read(knownKeys), as: UTF8.self)
                for line in text.split(separator: "\n") {
                    let fp = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                    if !fp.isEmpty { keys.insert(String(fp.split(separator: " ").first ?? "")) }
                }
            }
            let verifier = JournalVerifier(
                rubricSHA256: try rubric.map { JournalHash.sha256Hex(try JournalCommand.read($0)) },
                applicationSHA256: try application.map { JournalHash.sha256Hex(try JournalCommand.read($0)) },
                expectedKeys: keys)
            let result = verifier.verify(try JournalCommand.read(file))
            if let h = result.header {
                print(lang.pick("专家", "Reviewer") + ": \(h.reviewer.name) (\(h.reviewer.id)), " + lang.pick("密钥", "key") + " \(h.reviewer.fingerprint)")
                print(lang.pick("细则", "Rubric") + ": \(h.rubric.id) sha256 \(h.rubric.sha256)")
                print(lang.pick("申报", "Application") + ": \(h.application.id) sha256 \(h.application.sha256)")
            }
            print(lang.pick("记录数", "Records") + ": \(result.recordCount)")
            if let head = result.head { print(lang.pick("链头", "Chain head") + ": \(head)") }
            for s in result.signers {
                print(lang.pick("签署", "Signed") + ": \(s.name) (\(s.fingerprint)) \(s.time) " + lang.pick("链头", "head") + " \(s.head) " +
                      (s.valid ? lang.pick("签名有效", "signature valid") : lang.pick("签名无效", "SIGNATURE INVALID")) + " [line \(s.line)]")
            }
            if result.signers.isEmpty { print(lang.pick("尚未签署", "Not signed off")) } else if !result.signedOff {
                print(lang.pick("签署后已重新打开", "Reopened after sign-off"))
            }
            if result.isValid {
                print("\(file): " + lang.pick("完好", "ok"))
                return
            }
            for p in result.problems { print("\(file):\(p.line > 0 ? "\(p.line):" : "") " + lang.pick("错误", "error") + ": \(p.message)") }
            throw ExitCode(1)
        }
    }

    /// `panelist journal show FILE`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a journal's history: time, indicator, old → new.")
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
            for line in JournalHistory(rubric: loaded, lang: lang).lines(parse.records) { print(line) }
            if let c = parse.corruption {
                print("\(file):\(c.line): " + lang.pick("损坏", "corrupt") + ": \(c.message) — " + lang.pick("之后的记录未显示", "records after it are not shown"))
            }
            if let t = parse.torn { print("\(file):\(t.line): \(t.reason)") }
        }
    }

    /// `panelist journal salvage FILE --out NEW`
    struct Salvage: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Copy the valid records of a damaged journal to a new file; the original is not changed.")
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

    /// Hidden: `panelist journal _crash-writer FILE COUNT` appends actions and prints "ack SEQ" after each durable append.
    struct CrashWriter: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "_crash-writer", abstract: "Test helper for the crash test.", shouldDisplay: false)
        @Argument var file: String
        @Argument var count: Int

        func run() throws {
            let paths = StatePaths.fromEnvironment(ProcessInfo.processInfo.environment)
            do {
                let journal: JournalFile
                if FileManager.default.fileExists(atPath: file) {
                    journal = try JournalFile.open(path: file)
                    if let r = journal.recovery { FileHandle.standardError.write(Data((r.message(.en) + "\n").utf8)) }
                } else {
                    let key = try ReviewerKey.loadOrCreate(at: paths.keyPath)
                    let reviewer = JournalReviewer(name: "crash", id: key.fingerprint, publicKey: key.publicKeyBase64, fingerprint: key.fingerprint)
                    let none = JournalDocumentRef(id: "crash-test", sha256: JournalHash.sha256Hex([UInt8]()))
                    journal = try JournalFile.create(path: file, header: JournalHeader(reviewer: reviewer, rubric: none, application: none,
                                                                                     tool: "panelist \(PanelistVersion.current)", created: Date()))
                }
                for _ in 0..<count {
                    let seq = journal.last.seq + 1
                    let record = try journal.append(.comment(target: "c", text: "action \(seq)"))
                    FileHandle.standardOutput.write(Data("ack \(record.seq)\n".utf8))
                }
                journal.close()
            } catch {
                throw CLIError(error.en)
            }
        }
    }
}

import ArgumentParser
import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `panelist package …`: the office makes review packages; reviewers list, inspect and return them.
struct PackageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "package",
        abstract: "Review packages: create them from a panel file (office), list, show and return them (reviewer).",
        subcommands: [Create.self, List.self, Show.self, Return.self])

    /// `panelist package create PANEL.yaml [--applications FILE|DIR...] [--out DIR]`
    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Make one package per reviewer, and one for the chair, from a panel file (panelist-panel/1).",
            discussion: "Each reviewer's package holds the rubric, the applications assigned to them (less declared conflicts) with their attachments, and a manifest with every file's SHA-256. The chair's package holds every application and the panel file, for 'panelist merge --panel'.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The panel file (YAML, panelist-panel/1).", completion: .file(extensions: ["yaml", "yml"])) var panel: String
        @Option(name: .customLong("applications"), parsing: .upToNextOption,
                help: "Application files or folders, for applications the panel names by id.", completion: .file(extensions: ["yaml", "yml"]))
        var applications: [String] = []
        @Option(help: "Rubric file or id to use instead of the panel's (must have the panel's rubric id).", completion: .rubricIDs) var rubric: String?
        @Option(name: .customLong("known-keys"), help: "The office's known-keys file (FINGERPRINT NAME per line): pins each person's package to their key.",
                completion: .file()) var knownKeys: String?
        @Option(help: "Folder for the package files (created if missing).", completion: .directory) var out: String = "packages"

        func run() throws {
            let lang = global.language
            let keys = try knownKeys.map { try KnownKeysFile.load($0) }
            let result = try PackageBuilder(library: try global.rubricLibrary(), lang: lang)
                .create(panelFile: panel, applications: applications, rubric: rubric, knownKeys: keys, outDirectory: out)
            for warning in result.warnings { FileHandle.standardError.write(Data((lang.pick("警告：", "warning: ") + warning + "\n").utf8)) }
            for made in result.packages {
                let m = made.manifest
                let who = m.isChair ? lang.pick("组长", "chair") : lang.pick("专家", "reviewer")
                let apps = m.isChair ? lang.pick("全部 \(m.applications.count) 个申报", "all \(m.applications.count) applications") : m.assignment.joined(separator: ", ")
                print("\(made.file)  \(who) \(m.person.name)  " + lang.pick("密钥 ", "key ") + (m.person.key ?? lang.pick("未固定", "not pinned")) + "  \(apps)")
                if !m.conflicts.isEmpty {
                    print("  " + lang.pick("回避：", "conflicts: ") + m.conflicts.map { "\($0.application)（\($0.reason)）" }.joined(separator: ", "))
                }
            }
            print(lang.pick("已生成 \(result.packages.count) 个评审包。", "Made \(result.packages.count) packages."))
        }
    }

    /// `panelist package list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the installed review packages: progress and deadline.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let lang = global.language
            let packages = PackageStore(paths: global.paths, lang: lang).installed()
            guard !packages.isEmpty else {
                print(lang.pick("尚未安装评审包；用 panelist open 文件 安装办公室发来的评审包。", "No review packages installed; open the office's package with 'panelist open FILE'."))
                return
            }
            let fingerprint = Self.fingerprint(global)
            for p in packages {
                print("\(p.id)  \(p.manifest.panel.title)  \(p.manifest.person.name)  \(p.manifest.rubric.id)  \(p.progressText(fingerprint: fingerprint, lang: lang))  "
                      + lang.pick("截止 ", "due ") + p.deadlineText(now: Date(), zone: .current, lang: lang))
            }
        }

        /// This reviewer's key fingerprint (empty when no key exists yet: nothing is started then).
        static func fingerprint(_ global: GlobalOptions) -> String {
            (try? ReviewerKey.load(global.paths.state.keyPath).fingerprint) ?? ""
        }
    }

    /// `panelist package show [ID]`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an installed package: panel, deadline, note, and each application with its files and review status.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The package id (default: the only one installed).") var id: String?

        func run() throws {
            let lang = global.language
            let p = try PackageStore(paths: global.paths, lang: lang).pick(id)
            let m = p.manifest
            let fingerprint = List.fingerprint(global)
            print(lang.pick("评审包", "Package") + ": \(m.id)  (\(p.directory))")
            print(lang.pick("专家组", "Panel") + ": \(m.panel.title) (\(m.panel.id))")
            print((m.isChair ? lang.pick("组长", "Chair") : lang.pick("专家", "Reviewer")) + ": \(m.person.name)  " + lang.pick("密钥 ", "key ") + (m.person.key ?? lang.pick("未固定", "not pinned")))
            print(lang.pick("细则", "Rubric") + ": \(m.rubric.id)  sha256 \(m.rubric.sha256.prefix(12))…")
            print(lang.pick("截止", "Deadline") + ": " + p.deadlineText(now: Date(), zone: .current, lang: lang))
            if !m.note.isEmpty { print(lang.pick("办公室说明", "Office's note") + ": " + m.note.trimmingCharacters(in: .whitespacesAndNewlines)) }
            for c in m.conflicts { print(lang.pick("回避", "Conflict") + ": \(c.application)  \(c.reason)") }
            let statuses = Dictionary(p.statuses(fingerprint: fingerprint).map { ($0.application, $0.status) }, uniquingKeysWith: { a, _ in a })
            for app in p.reviewApplications {
                print("\(app.id)  \(app.applicant)" + (m.isChair ? "" : "  [\(statuses[app.id]?.text(lang) ?? "")]"))
                print("  " + lang.pick("申报书", "application") + ": \(p.file(app.file))")
                for a in app.attachments { print("  " + lang.pick("附件", "attachment") + ": \(p.file(a))") }
                if !m.isChair, !fingerprint.isEmpty { print("  " + lang.pick("日志", "journal") + ": \(p.journalPath(application: app.id, fingerprint: fingerprint))") }
            }
            if m.isChair { print(lang.pick("专家组文件", "Panel file") + ": \(p.file("panel.yaml"))") }
        }
    }

    /// `panelist package return [ID] [--out FILE] [--partial]`
    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "return",
            abstract: "Write the return file for a package: your journals, rationale printouts and public key, to send to the office.",
            discussion: "Refused while an assigned application is not signed off (each is named), unless --partial.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The package id (default: the only one installed).") var id: String?
        @Option(help: "The return file to write (default: ./<package>.return.zip).", completion: .file(extensions: ["zip"])) var out: String?
        @Flag(help: "Return what there is, even though some assigned application is not signed off.") var partial = false

        func run() throws {
            let lang = global.language
            let package = try PackageStore(paths: global.paths, lang: lang).pick(id)
            let key = try ReviewerIdentity.key(paths: global.paths.state, lang: lang)
            let result = try ReturnBuilder(lang: lang).build(package, key: key, partial: partial)
            let path = out ?? "\(package.id).return.zip"
            do { try AtomicFile.write(path, result.bytes) } catch { throw CLIError(lang.pick(error.zh, error.en)) }
            let m = result.manifest
            print(lang.pick("已写出交回文件 \(path)：\(m.journals.count) 份日志（已签 \(m.journals.filter(\.signed).count)），评分理由 \(m.rationale.count) 份，公钥 \(m.fingerprint)",
                            "Wrote the return file \(path): \(m.journals.count) journal(s) (\(m.journals.filter(\.signed).count) signed), \(m.rationale.count) rationale printout(s), key \(m.fingerprint)"))
            if m.partial {
                print(lang.pick("这是部分交回（--partial）：未签字或未开始的申报在合并时会被指出。", "This is a partial return (--partial): unsigned or unstarted applications will be reported at the merge."))
            }
        }
    }
}

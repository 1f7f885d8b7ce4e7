import Foundation
import PanelistApp
import PanelistCore
import PanelistStore

/// `sheet import` into a journal that does not exist yet: create it first, as the review screen would.
extension SheetCommand.Import {
    /// Creates the journal when it is missing: header from the application file (`--application`), the
    /// reviewer's remembered name (or `--name`, or the sheet's `reviewer:` line) and key. Returns whether it created one.
    func createJournalIfMissing(sheet text: String) throws -> Bool {
        guard !FileManager.default.fileExists(atPath: journal) else { return false }
        let lang = global.language
        guard let application else {
            throw CLIError(lang.pick("日志 \(journal) 不存在；如要新建，请用 --application 给出这份评分表对应的申报书文件。未写入任何内容。",
                                     "the journal \(journal) does not exist; to create it, give the application the sheet is for with --application FILE. Nothing was written."))
        }
        let (app, rubric, _) = try AppCommand.load(application, rubricID: nil, global: global)
        let appSHA = JournalHash.sha256Hex(try JournalCommand.read(application))
        let rubricSHA: String
        do { rubricSHA = try global.rubricLibrary().source(rubric.id).sha256 } catch let error as AppError { throw CLIError(error.description) }
        let sheetLine = text.split(separator: "\n").first { $0.hasPrefix("reviewer:") }.map { String($0.dropFirst(9)).trimmingCharacters(in: .whitespaces) }
        let sheetName = sheetLine.map { line in line.split(separator: " ").filter { !$0.contains("-") || $0.count != 19 }.joined(separator: " ") }
        let paths = StatePaths.fromEnvironment(ProcessInfo.processInfo.environment)
        let identity: ReviewerIdentity
        do {
            identity = try ReviewerIdentity.load(paths: paths, nameOption: name ?? (sheetName?.isEmpty == false ? sheetName : nil), settings: global.settings, lang: lang)
        } catch let error as StoreError {
            throw CLIError(lang.pick(error.zh, error.en))
        }
        let header = JournalHeader(
            reviewer: JournalReviewer(name: identity.name, id: identity.key.fingerprint, publicKey: identity.key.publicKeyBase64, fingerprint: identity.key.fingerprint),
            rubric: JournalDocumentRef(id: rubric.id, sha256: rubricSHA), application: JournalDocumentRef(id: app.id, sha256: appSHA),
            profile: app.profile, tool: "panelist \(PanelistVersion.current)", created: Date())
        do { try JournalFile.create(path: journal, header: header).close() } catch { throw CLIError(lang.pick(error.zh, error.en)) }
        print(lang.pick("已新建日志 \(journal)（评审专家 \(identity.name)，密钥 \(identity.key.fingerprint)）",
                        "Created the journal \(journal) (reviewer \(identity.name), key \(identity.key.fingerprint))"))
        return true
    }
}

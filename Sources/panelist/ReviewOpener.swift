import Foundation
import PanelistCore
import PanelistStore
import PanelistUI

/// Opens an application for review: its rubric, its journal (created on first use), and the saved view.
struct ReviewOpener {
    let rubricDirectory: URL
    let paths: StatePaths
    let identity: ReviewerIdentity
    let lang: Lang

    /// An opened review: the UI session and its journal.
    struct Opened {
        var session: ReviewSession
        var journal: JournalFile
        var application: Application
    }

    func open(applicationPath: String, rubricID: String?) throws -> Opened {
        guard let appData = FileManager.default.contents(atPath: applicationPath), let appText = String(data: appData, encoding: .utf8) else {
            throw CLIError(lang.pick("无法读取申报书 \(applicationPath)", "cannot read the application \(applicationPath)"))
        }
        // The rubric: --rubric, or the one the application names.
        let named = ApplicationLoader.parse(yaml: appText, file: applicationPath).application?.rubric.value
        guard let id = rubricID ?? named else {
            throw CLIError(lang.pick("\(applicationPath)：未写明评分细则（rubric:），请用 --rubric 指定", "\(applicationPath): names no rubric; pass --rubric ID"))
        }
        let rubricFile = try rubricFile(id)
        let (rubric, rubricDiagnostics) = RubricDirectory.load(rubricFile, displayName: rubricFile.path)
        guard let rubric else { throw CLIError(rubricDiagnostics.map(\.description).joined(separator: "\n")) }
        let (application, diagnostics) = ApplicationLoader.load(yaml: appText, file: applicationPath, rubric: rubric)
        guard let application else { throw CLIError(diagnostics.map(\.description).joined(separator: "\n")) }
        let rubricHash = JournalHash.sha256Hex(Array((FileManager.default.contents(atPath: rubricFile.path)) ?? Data()))
        let appHash = JournalHash.sha256Hex(Array(appData))

        let path = paths.journalPath(application: application.id, reviewer: identity.key.fingerprint.replacingOccurrences(of: " ", with: ""))
        try StatePaths.makeDirectory((path as NSString).deletingLastPathComponent)
        let journal: JournalFile
        if FileManager.default.fileExists(atPath: path) {
            journal = try JournalFile.open(path: path, rubricSHA256: rubricHash)
            if journal.header.application.sha256 != appHash {
                FileHandle.standardError.write(Data(lang.pick(
                    "注意：\(applicationPath) 在开始评审后已被修改（日志记录的哈希不同）；评分以日志为准，请核对申报书版本。\n",
                    "Note: \(applicationPath) changed since this review began (hash differs from the journal); scores follow the journal, check the application's version.\n").utf8))
            }
        } else {
            let header = JournalHeader(
                reviewer: JournalReviewer(name: identity.name, id: identity.key.fingerprint, publicKey: identity.key.publicKeyBase64, fingerprint: identity.key.fingerprint),
                rubric: JournalDocumentRef(id: rubric.id, sha256: rubricHash),
                application: JournalDocumentRef(id: application.id, sha256: appHash),
                profile: application.profile, tool: "panelist \(PanelistVersion.current)", created: Date())
            journal = try JournalFile.create(path: path, header: header)
        }
        journal.validator = ActionValidator(rubric: rubric, profile: application.profile, lang: lang)
        if let recovery = journal.recovery {
            FileHandle.standardError.write(Data(lang.pick(
                "日志最后一条记录不完整（断电或崩溃），已截回到最后一条完好记录；截下的 \(recovery.byteCount) 字节保存在 \(recovery.sideFile)\n",
                "The journal's last record was incomplete (power loss or crash); cut back to the last good record. The \(recovery.byteCount) cut bytes are kept in \(recovery.sideFile)\n").utf8))
        }
        let view = Self.loadView(journalPath: path)
        let session = ReviewSession(rubric: rubric, profile: application.profile, dossier: DossierText(application: application, rubric: rubric, lang: lang),
                                    facts: application.scoringFacts, journalPath: path, reviewerName: identity.name, state: journal.state, view: view)
        return Opened(session: session, journal: journal, application: application)
    }

    func rubricFile(_ idOrPath: String) throws -> URL {
        if idOrPath.hasSuffix(".yaml") || idOrPath.hasSuffix(".yml") { return URL(fileURLWithPath: idOrPath) }
        // Bundled rubric files are named by their id; otherwise look inside each file.
        let named = rubricDirectory.appendingPathComponent(idOrPath + ".yaml")
        if FileManager.default.fileExists(atPath: named.path) { return named }
        for file in try RubricDirectory.files(in: rubricDirectory) {
            if let rubric = RubricDirectory.load(file).0, rubric.id == idOrPath { return file }
        }
        throw CLIError(lang.pick("找不到评分细则 \(idOrPath)（见 panelist rubric list）", "no rubric with id \(idOrPath) (see 'panelist rubric list')"))
    }

    /// The view saved beside a journal, if any.
    static func loadView(journalPath: String) -> ReviewView? {
        guard let data = FileManager.default.contents(atPath: journalPath + ".view.json") else { return nil }
        return try? JSONDecoder().decode(ReviewView.self, from: data)
    }

    /// Saves the view beside the journal (0600, atomically).
    static func saveView(_ view: ReviewView, journalPath: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        if let data = try? encoder.encode(view) { try? AtomicFile.write(journalPath + ".view.json", Array(data)) }
    }
}

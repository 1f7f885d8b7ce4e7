import Foundation
import PanelistCore
import PanelistStore

/// Opens an application for review: its rubric, its journal (created on first use), and the saved view.
public struct ReviewOpener {
    /// The folder of bundled rubric files.
    public let rubricDirectory: URL
    /// Where journals and settings are kept.
    public let paths: StatePaths
    /// The reviewer opening the review.
    public let identity: ReviewerIdentity
    /// The language of messages.
    public let lang: Lang

    /// Creates an opener for one reviewer.
    public init(rubricDirectory: URL, paths: StatePaths, identity: ReviewerIdentity, lang: Lang) {
        self.rubricDirectory = rubricDirectory
        self.paths = paths
        self.identity = identity
        self.lang = lang
    }

    /// An opened review: its rubric, application, journal and the view saved when it was last left.
    public struct Opened {
        /// The rubric the application is scored against.
        public var rubric: Rubric
        /// The application under review.
        public var application: Application
        /// The open journal (locked).
        public var journal: JournalFile
        /// The screen's saved view (its own encoding), if one was saved.
        public var savedView: [UInt8]?
    }

    /// Opens one application: loads its rubric, creates or reopens the journal, restores the saved view.
    public func open(applicationPath: String, rubricID: String?) throws -> Opened {
        guard let appData = FileManager.default.contents(atPath: applicationPath), let appText = String(data: appData, encoding: .utf8) else {
            throw AppError(lang.pick("无法读取申报书 \(applicationPath)", "cannot read the application \(applicationPath)"))
        }
        // The rubric: --rubric, or the one the application names (the application is parsed once).
        let parsed = ApplicationLoader.parse(yaml: appText, file: applicationPath)
        let named = parsed.application?.rubric.value
        guard let id = rubricID ?? named else {
            throw AppError(lang.pick("\(applicationPath)：未写明评分细则（rubric:），请用 --rubric 指定", "\(applicationPath): names no rubric; pass --rubric ID"))
        }
        let rubricFile = try rubricFile(id)
        let (rubric, rubricDiagnostics) = RubricCatalog.load(rubricFile, displayName: rubricFile.path)
        guard let rubric else { throw AppError(rubricDiagnostics.map(\.description).joined(separator: "\n")) }
        let (application, diagnostics) = ApplicationLoader.validate(parsed, against: rubric)
        guard let application else { throw AppError(diagnostics.map(\.description).joined(separator: "\n")) }
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
        return Opened(rubric: rubric, application: application, journal: journal, savedView: Self.loadView(journalPath: path))
    }

    /// The rubric file for an id (bundled) or a path.
    public func rubricFile(_ idOrPath: String) throws -> URL {
        if idOrPath.hasSuffix(".yaml") || idOrPath.hasSuffix(".yml") { return URL(fileURLWithPath: idOrPath) }
        // Bundled rubric files are named by their id; otherwise look inside each file.
        let named = rubricDirectory.appendingPathComponent(idOrPath + ".yaml")
        if FileManager.default.fileExists(atPath: named.path) { return named }
        for file in try RubricCatalog.files(in: rubricDirectory) {
            if let rubric = RubricCatalog.load(file).0, rubric.id == idOrPath { return file }
        }
        throw AppError(lang.pick("找不到评分细则 \(idOrPath)（见 panelist rubric list）", "no rubric with id \(idOrPath) (see 'panelist rubric list')"))
    }

    /// The bytes of the view saved beside a journal, if any.
    public static func loadView(journalPath: String) -> [UInt8]? {
        try? AtomicFile.read(journalPath + ".view.json")
    }

    /// Saves the view's bytes beside the journal (0600, atomically); a view is a convenience, so a failure is not reported.
    public static func saveView(_ bytes: [UInt8], journalPath: String) {
        try? AtomicFile.write(journalPath + ".view.json", bytes)
    }
}

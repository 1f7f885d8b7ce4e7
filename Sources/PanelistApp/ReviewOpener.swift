import Foundation
import PanelistCore
import PanelistStore

/// Opens an application for review: its rubric, its journal (created on first use), and the saved view.
public struct ReviewOpener {
    /// The rubrics in use (bundled and override folders).
    public let library: RubricLibrary
    /// Where journals and settings are kept.
    public let paths: StatePaths
    /// The reviewer opening the review.
    public let identity: ReviewerIdentity
    /// The language of messages.
    public let lang: Lang

    /// Creates an opener for one reviewer.
    public init(library: RubricLibrary, paths: StatePaths, identity: ReviewerIdentity, lang: Lang) {
        self.library = library
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

    /// Opens one application file: loads its rubric, creates or reopens the journal, restores the saved view.
    public func open(applicationPath: String, rubricID: String?) throws -> Opened {
        guard let appData = FileManager.default.contents(atPath: applicationPath) else {
            throw AppError(lang.pick("无法读取申报书 \(applicationPath)", "cannot read the application \(applicationPath)"))
        }
        let rubric = try rubricID.map { try library.source($0) }
        return try open(applicationBytes: Array(appData), name: applicationPath, rubric: rubric)
    }

    /// Opens an application from its bytes (`name` is shown in messages), under a given rubric or the one it names.
    public func open(applicationBytes: [UInt8], name applicationPath: String, rubric given: RubricSource?) throws -> Opened {
        guard let appText = String(validating: applicationBytes, as: UTF8.self) else {
            throw AppError(lang.pick("\(applicationPath)：不是 UTF-8 文本，请另存为 UTF-8", "\(applicationPath): not UTF-8 text; save it as UTF-8"))
        }
        // The rubric: the one given, or the one the application names (the application is parsed once).
        let parsed = ApplicationLoader.parse(yaml: appText, file: applicationPath)
        let source: RubricSource
        if let given {
            source = given
        } else {
            guard let id = parsed.application?.rubric.value else {
                throw AppError(lang.pick("\(applicationPath)：未写明评分细则（rubric:），请用 --rubric 指定", "\(applicationPath): names no rubric; pass --rubric ID"))
            }
            source = try library.source(id)
        }
        let rubric = try source.rubric()
        let (application, diagnostics) = ApplicationLoader.validate(parsed, against: rubric)
        guard let application else { throw AppError(diagnostics.map(\.description).joined(separator: "\n")) }
        let rubricHash = source.sha256
        let appHash = JournalHash.sha256Hex(applicationBytes)

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

    /// The bytes of the view saved beside a journal, if any.
    public static func loadView(journalPath: String) -> [UInt8]? {
        try? AtomicFile.read(journalPath + ".view.json")
    }

    /// Saves the view's bytes beside the journal (0600, atomically); a view is a convenience, so a failure is not reported.
    public static func saveView(_ bytes: [UInt8], journalPath: String) {
        try? AtomicFile.write(journalPath + ".view.json", bytes)
    }
}

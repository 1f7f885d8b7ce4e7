import Foundation
import PanelistCore
import PanelistStore

/// `panelist package return`: one file with the reviewer's journals for a package, their rationale printouts and public key.
public struct ReturnBuilder {
    /// The language of messages.
    public var lang: Lang

    /// Creates a builder.
    public init(lang: Lang) { self.lang = lang }

    /// What was returned.
    public struct Result: Sendable {
        /// The return manifest.
        public var manifest: ReturnManifest
        /// The bytes of the return file.
        public var bytes: [UInt8]
    }

    /// Builds the return of an installed package for the reviewer with this key. Refuses while an assigned
    /// application is not signed off, naming each, unless `partial`.
    public func build(_ package: InstalledPackage, key: ReviewerKey, partial: Bool, now: Date = Date()) throws -> Result {
        guard !package.manifest.isChair else {
            throw AppError(lang.pick("\(package.id) 是组长的评审包，不用交回；组长用 panelist merge 合并各位专家交回的文件",
                                     "\(package.id) is the chair's package; there is nothing to return. The chair merges the experts' returns with 'panelist merge'"))
        }
        let statuses = package.statuses(fingerprint: key.fingerprint)
        let open = statuses.filter { !$0.status.isDone }
        if !open.isEmpty && !partial {
            let list = open.map { "  \($0.application): \($0.status.text(lang))" }.joined(separator: "\n")
            throw AppError(lang.pick("未交回：以下申报尚未签字：\n\(list)\n请签字后再交回，或用 --partial 先交回已有的部分。",
                                     "Not returned: these assigned applications are not signed off:\n\(list)\nSign them, or pass --partial to return what there is."))
        }
        for s in statuses { if case .damaged(let why) = s.status { throw AppError("\(s.application): " + lang.pick("日志损坏：", "the journal is damaged: ") + why) } }

        let rubricSource = package.rubricSource
        let rubric = try rubricSource.rubric()
        var files: [(path: String, bytes: [UInt8])] = []
        var journals: [ReturnManifest.JournalRef] = []
        var rationale: [String] = []
        var missing: [String] = []
        for (app, status) in statuses {
            let path = package.journalPath(application: app, fingerprint: key.fingerprint)
            guard status != .notStarted else { missing.append(app); continue }
            let bytes = try read(path)
            let verification = JournalVerifier(rubricSHA256: package.manifest.rubric.sha256,
                                               applicationSHA256: package.manifest.applications.first { $0.id == app }?.sha256).verify(bytes)
            guard verification.isValid else {
                throw AppError("\(path): " + lang.pick("日志校验失败：", "the journal does not verify: ") + verification.problems.map(\.description).joined(separator: "; "))
            }
            let parse = JournalParser.parse(bytes)
            guard let header = parse.header else { throw AppError("\(path): " + lang.pick("没有日志头", "no header record")) }
            let file = "journals/\(app).jsonl"
            files.append((file, bytes))
            journals.append(.init(application: app, file: file, signed: status.isDone))
            // The rationale printouts, as the reviewer would print them to sign.
            let appRef = package.manifest.applications.first { $0.id == app }
            let application = appRef.flatMap { ref in
                (try? AtomicFile.read(package.file(ref.file))).flatMap {
                    ApplicationLoader.load(yaml: String(decoding: $0, as: UTF8.self), file: package.file(ref.file), rubric: rubric).application
                }
            }
            let state = ReviewState.replay(parse.records)
            let sheet = ScoringEngine.score(rubric, profile: header.profile, inputs: state.inputs, facts: application?.scoringFacts ?? ApplicationFacts())
            for format in [RationaleFormat.text, .html] {
                let text = RationaleReport.render(rubric: rubric, application: application, header: header, state: state, records: parse.records,
                                                  sheet: sheet, lang: lang, format: format)
                let name = "rationale/\(app)-rationale.\(format == .text ? "txt" : "html")"
                files.append((name, Array(text.utf8)))
                rationale.append(name)
            }
        }
        guard !journals.isEmpty else {
            throw AppError(lang.pick("\(package.id)：还没有任何评审日志，没有可交回的内容", "\(package.id): no review has been started; there is nothing to return"))
        }
        let packageManifest = try read(package.file("manifest.json"))
        files.append(("package.json", packageManifest))
        let pub = "panelist-public-key/1 \(key.publicKeyBase64) \(key.fingerprint) \(package.manifest.person.name)\n"
        files.append(("reviewer.pub", Array(pub.utf8)))
        let manifest = ReturnManifest(
            format: ReturnManifest.formatTag, package: package.id, packageManifestSHA256: JournalHash.sha256Hex(packageManifest),
            panel: package.manifest.panel, reviewer: package.manifest.person.name, fingerprint: key.fingerprint, publicKey: key.publicKeyBase64,
            journals: journals, rationale: rationale, missing: missing, partial: !open.isEmpty, created: JournalTime.format(now),
            tool: "panelist \(PanelistVersion.current)",
            files: files.map { .init(path: $0.path, sha256: JournalHash.sha256Hex($0.bytes), size: Int64($0.bytes.count)) })
        let zip = try ZipFile.make([("return.json", try manifest.encoded())] + files)
        return Result(manifest: manifest, bytes: zip)
    }

    func read(_ path: String) throws -> [UInt8] {
        do { return try AtomicFile.read(path) } catch { throw AppError(lang.pick(error.zh, error.en)) }
    }
}

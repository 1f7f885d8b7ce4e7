import Foundation
import PanelistCore
import PanelistStore

/// A review package installed under `$XDG_DATA_HOME/panelist/packages/<id>`, and its reviews' progress.
public struct InstalledPackage: Sendable {
    /// The manifest.
    public var manifest: PackageManifest
    /// Its folder.
    public var directory: String
    /// Where its journals are kept.
    public var state: StatePaths

    /// The package's id.
    public var id: String { manifest.id }

    /// The path of a file inside the package.
    public func file(_ inside: String) -> String { directory + "/" + inside }

    /// The package's rubric (the file it carries).
    public var rubricSource: RubricSource {
        let bytes = (try? AtomicFile.read(file(manifest.rubric.file))) ?? []
        return RubricSource(id: manifest.rubric.id, displayName: file(manifest.rubric.file), bytes: bytes, origin: .package(id))
    }

    /// The applications this person scores, in the manifest's order (the chair's package: every application).
    public var reviewApplications: [PackageManifest.ApplicationRef] {
        manifest.isChair ? manifest.applications : manifest.applications.filter { manifest.assignment.contains($0.id) }
    }

    /// The journal of an application for a reviewer key.
    public func journalPath(application: String, fingerprint: String) -> String {
        state.journalPath(application: application, reviewer: fingerprint.replacingOccurrences(of: " ", with: ""))
    }

    /// Where one assigned review stands.
    public enum ReviewStatus: Sendable, Equatable {
        /// No journal yet.
        case notStarted
        /// A journal with this many records after its header, not signed off.
        case inProgress(records: Int)
        /// Signed off (and not reopened).
        case signed
        /// The reviewer recused and signed.
        case recused
        /// The journal cannot be read or is corrupt.
        case damaged(String)

        /// In words.
        public func text(_ lang: Lang) -> String {
            switch self {
            case .notStarted: return lang.pick("未开始", "not started")
            case .inProgress(let n) where n == 0: return lang.pick("已打开，尚未评分", "opened, nothing scored yet")
            case .inProgress(let n): return lang.pick("评审中（\(n) 条记录），未签字", "in progress (\(n) records), not signed")
            case .signed: return lang.pick("已签字", "signed")
            case .recused: return lang.pick("已回避并签字", "recused and signed")
            case .damaged(let why): return lang.pick("日志损坏：", "journal damaged: ") + why
            }
        }

        /// Whether the review is finished (signed, or recused and signed).
        public var isDone: Bool { self == .signed || self == .recused }
    }

    /// The status of each application this person scores, for a reviewer key.
    public func statuses(fingerprint: String) -> [(application: String, status: ReviewStatus)] {
        reviewApplications.map { app in
            let path = journalPath(application: app.id, fingerprint: fingerprint)
            guard FileManager.default.fileExists(atPath: path) else { return (app.id, .notStarted) }
            guard let bytes = try? AtomicFile.read(path) else { return (app.id, .damaged("cannot read \(path)")) }
            let parse = JournalParser.parse(bytes)
            if let c = parse.corruption { return (app.id, .damaged("line \(c.line): \(c.message)")) }
            let state = ReviewState.replay(parse.records)
            if state.isSignedOff { return (app.id, state.recusal != nil ? .recused : .signed) }
            return (app.id, .inProgress(records: max(0, parse.records.count - 1)))
        }
    }

    /// `1/2 signed`-style progress.
    public func progressText(fingerprint: String, lang: Lang) -> String {
        if manifest.isChair { return lang.pick("组长（\(manifest.applications.count) 个申报）", "chair (\(manifest.applications.count) applications)") }
        let s = statuses(fingerprint: fingerprint)
        let done = s.filter { $0.status.isDone }.count
        return lang.pick("已签 \(done)/\(s.count)", "\(done)/\(s.count) signed")
    }

    /// The deadline in words, with the days left (counted in the reviewer's time zone) or past.
    public func deadlineText(now: Date, zone: TimeZone, lang: Lang) -> String {
        guard let deadline = manifest.deadline else { return lang.pick("无截止日期", "no deadline") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = deadline.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let day = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return deadline }
        let today = calendar.startOfDay(for: now)
        let days = calendar.dateComponents([.day], from: today, to: day).day ?? 0
        if days > 0 { return lang.pick("\(deadline)（还有 \(days) 天）", "\(deadline) (\(days) days left)") }
        if days == 0 { return lang.pick("\(deadline)（今天截止）", "\(deadline) (due today)") }
        return lang.pick("\(deadline)（已过 \(-days) 天）", "\(deadline) (\(-days) days overdue)")
    }
}

import Foundation
import PanelistCore
#if canImport(Glibc)
import Glibc
#endif

/// An open journal: locked for this session, recovered, replayed, and appended to durably.
///
/// `append` returns only after the record's whole line was written in one `write()` and
/// `fdatasync` returned: only then may the screen say "saved".
public final class JournalFile {
    /// The journal's path.
    public let path: String
    /// The header record's content.
    public let header: JournalHeader
    /// The state replayed from every record so far.
    public private(set) var state: ReviewState
    /// The last record (the chain head is its `sum`).
    public private(set) var last: JournalRecord
    /// What opening repaired, if anything.
    public let recovery: JournalRecovery?
    /// When set, every action is checked against the rubric before it is appended.
    public var validator: ActionValidator?
    private let lock: JournalLock
    private var fd: Int32

    private init(path: String, header: JournalHeader, records: [JournalRecord], recovery: JournalRecovery?, lock: JournalLock, fd: Int32) {
        self.path = path
        self.header = header
        self.state = ReviewState.replay(records)
        self.last = records[records.count - 1]
        self.recovery = recovery
        self.lock = lock
        self.fd = fd
    }

    deinit { close() }

    /// Closes the file and releases the lock.
    public func close() {
        if fd >= 0 { _ = Glibc.close(fd); fd = -1 }
        lock.release()
    }

    /// The chain head: the last record's checksum.
    public var head: String { last.sum }

    /// Creates a new journal (it must not exist) with its header, file 0600 in a 0700 folder.
    public static func create(path: String, header: JournalHeader, at time: Date = Date()) throws(StoreError) -> JournalFile {
        let dir = String(path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/"))
        if !dir.isEmpty { try StatePaths.makeDirectory(dir) }
        let lock = try JournalLock.acquire(journal: path)
        // The header goes to a temporary file first and is linked into place, so a journal
        // either exists with a complete header or does not exist at all.
        let record = JournalRecord(seq: 0, time: time, prev: JournalHash.zero, entry: .header(header))
        let temp = path + ".new-\(getpid())"
        let fd: Int32
        do throws(StoreError) {
            _ = unlink(temp)
            try Posix.createFile(temp, record.line)
            if link(temp, path) != 0 {
                let code = errno
                let e = Posix.errorText
                _ = unlink(temp)
                if code == EEXIST {
                    throw StoreError(zh: "日志 \(path) 已存在；请直接打开它。", en: "the journal \(path) already exists; open it instead of creating it")
                }
                throw StoreError(zh: "无法创建日志 \(path)：\(e)", en: "cannot create the journal \(path): \(e)")
            }
            _ = unlink(temp)
            Posix.syncDirectory(of: path)
            fd = try Posix.open(path, O_RDWR | O_APPEND)
        } catch {
            lock.release()
            throw error
        }
        Posix.syncDirectory(of: path)
        return JournalFile(path: path, header: header, records: [record], recovery: nil, lock: lock, fd: fd)
    }

    /// Opens an existing journal: locks it, cuts a torn last record back (kept in a side file),
    /// refuses corruption in the middle, and replays it.
    ///
    /// - Parameter rubricSHA256: the hash of the rubric file in use; a mismatch is refused with an explanation.
    public static func open(path: String, rubricSHA256: String? = nil, now: Date = Date()) throws(StoreError) -> JournalFile {
        let lock = try JournalLock.acquire(journal: path)
        let fd: Int32
        do { fd = try Posix.open(path, O_RDWR | O_APPEND) } catch { lock.release(); throw error }
        do throws(StoreError) {
            let bytes = try Posix.readAll(fd, path: path)
            let parse = JournalParser.parse(bytes)
            if let c = parse.corruption {
                throw StoreError(
                    zh: "\(path):\(c.line): 日志已损坏（\(c.message)），拒绝打开。可用 'panelist journal salvage \(path) --out 新文件' 把第 \(c.line) 行之前的有效记录抢救到新文件；原文件不会被修改。",
                    en: "\(path):\(c.line): the journal is corrupt (\(c.message)); refusing to open it. 'panelist journal salvage \(path) --out NEW' copies the valid records before line \(c.line) to a new file; the original is never changed.")
            }
            var recovery: JournalRecovery?
            if let torn = parse.torn {
                guard !parse.lines.isEmpty else {
                    throw StoreError(zh: "\(path):1: 日志头记录不完整，无法恢复；请重新创建日志。", en: "\(path):1: the header record is incomplete; the journal cannot be recovered, create it again")
                }
                var side = path + ".torn-" + Self.stamp(now)
                var n = 1
                while access(side, F_OK) == 0 {  // never overwrite an earlier side file
                    side = path + ".torn-" + Self.stamp(now) + "-\(n)"
                    n += 1
                }
                try Posix.createFile(side, torn.bytes)
                guard ftruncate(fd, off_t(torn.offset)) == 0 else {
                    let e = Posix.errorText
                    throw StoreError(zh: "截断 \(path) 失败：\(e)", en: "cutting \(path) back failed: \(e)")
                }
                try Posix.sync(fd, path: path)
                recovery = JournalRecovery(line: torn.line, byteCount: torn.bytes.count, sideFile: side, reason: torn.reason)
            }
            guard let header = parse.header else {
                throw StoreError(zh: "\(path):1: 没有日志头记录；这不是 panelist 日志。", en: "\(path):1: no header record; this is not a panelist journal")
            }
            if let want = rubricSHA256, want != header.rubric.sha256 {
                throw StoreError(
                    zh: "\(path): 评分细则 \(header.rubric.id) 的文件在创建日志后已被修改（记录的 sha256 \(header.rubric.sha256.prefix(12))…，现在 \(want.prefix(12))…）。分数不会按新细则重新计算；请使用原版细则，或请组织方确认后新建日志。",
                    en: "\(path): the rubric \(header.rubric.id) changed after the journal was created (sha256 \(header.rubric.sha256.prefix(12))… recorded, \(want.prefix(12))… now). Scores are not recomputed against a different rubric; use the original rubric file, or start a new journal once the organiser confirms the change.")
            }
            return JournalFile(path: path, header: header, records: parse.records, recovery: recovery, lock: lock, fd: fd)
        } catch {
            _ = Glibc.close(fd)
            lock.release()
            throw error
        }
    }

    /// Validates (when a validator is set) and appends an action; returns once it is on disk.
    @discardableResult
    public func append(_ action: JournalAction, at now: Date = Date(), lang: Lang = .en) throws(StoreError) -> JournalRecord {
        guard fd >= 0 else { throw StoreError(zh: "日志 \(path) 已关闭", en: "the journal \(path) is closed") }
        if let validator {
            let check = ActionValidator(rubric: validator.rubric, profile: validator.profile, lang: .zh)
            if let zh = check.problem(with: action, state: state),
               let en = ActionValidator(rubric: validator.rubric, profile: validator.profile, lang: .en).problem(with: action, state: state) {
                throw StoreError(zh: zh, en: en)
            }
        } else if state.isSignedOff, action.typeName != "reopen" {
            throw StoreError(zh: "评审已签署，请先重新打开（reopen）。", en: "the review is signed off; reopen it first")
        }
        let time = max(now, last.time)  // times never go backwards, even if the clock does
        let record = JournalRecord(seq: last.seq + 1, time: time, prev: last.sum, entry: .action(action))
        try Posix.writeAll(fd, record.line, path: path)
        try Posix.sync(fd, path: path)
        last = record
        state.apply(record)
        return record
    }

    /// Signs the chain head with the reviewer's key and appends the sign-off.
    @discardableResult
    public func signOff(with key: ReviewerKey, at now: Date = Date()) throws(StoreError) -> JournalRecord {
        guard key.fingerprint == header.reviewer.fingerprint else {
            throw StoreError(zh: "此日志属于密钥 \(header.reviewer.fingerprint)，当前密钥是 \(key.fingerprint)；只有日志的评审专家本人可以签署。",
                             en: "this journal belongs to key \(header.reviewer.fingerprint), not \(key.fingerprint); only its reviewer can sign it off")
        }
        let head = last.sum
        return try append(.signoff(head: head, signature: try key.sign(head: head), fingerprint: key.fingerprint), at: now)
    }

    /// `20250301T083000Z`-style UTC stamp for side-file names.
    static func stamp(_ date: Date) -> String {
        let iso = JournalTime.format(date)
        return String(iso.prefix(19).filter { $0 != "-" && $0 != ":" }) + "Z"
    }
}

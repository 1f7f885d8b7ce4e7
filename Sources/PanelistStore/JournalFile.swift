import Foundation
import PanelistCore
#if canImport(Glibc)
import Glibc
#endif

/// An open journal: locked for this session, recovered, replayed, and appended to durably.
///
/// An append either lands whole and synced, or leaves the file exactly as it was: `append`
/// returns only after the records' bytes were written and `fdatasync` returned (only then may
/// the screen say "saved"). If a write or a sync fails, the file is cut back to the end of the
/// last acknowledged record and synced, and every further append is refused until `reopen()`
/// has read the file again and checked it (after a failed fsync the kernel's copy of the file
/// can no longer be trusted to match the disk).
public final class JournalFile {
    /// The journal's path.
    public let path: String
    /// The header record's content.
    public let header: JournalHeader
    /// The state replayed from every acknowledged record.
    public private(set) var state: ReviewState
    /// The last acknowledged record (the chain head is its `sum`).
    public private(set) var last: JournalRecord
    /// What opening (or the last `reopen()`) repaired, if anything.
    public private(set) var recovery: JournalRecovery?
    /// When set, every action is checked against the rubric before it is appended.
    public var validator: ActionValidator?
    /// Why appends are refused until `reopen()`: the failure of a write or sync.
    public private(set) var failure: StoreError?
    let io: any StoreIO
    private var fd: Int32
    /// Bytes of the file that are acknowledged records: where a failed append is cut back to.
    private var length: Int

    private init(path: String, header: JournalHeader, records: [JournalRecord], length: Int, recovery: JournalRecovery?, fd: Int32, io: any StoreIO) {
        self.path = path
        self.header = header
        self.state = ReviewState.replay(records)
        self.last = records[records.count - 1]
        self.length = length
        self.recovery = recovery
        self.fd = fd
        self.io = io
    }

    deinit { close() }

    /// Closes the file, which releases the lock.
    public func close() {
        if fd >= 0 { _ = Glibc.close(fd); fd = -1 }
    }

    /// The chain head: the last record's checksum.
    public var head: String { last.sum }

    /// Whether appends are refused until `reopen()` (a write or sync failed).
    public var needsReopen: Bool { failure != nil }

    /// Creates a new journal (it must not exist) with its header, file 0600 in a 0700 folder.
    ///
    /// The header is written to a temporary file, synced, locked and linked into place, so a
    /// journal either exists with a complete header or does not exist at all.
    public static func create(path: String, header: JournalHeader, at time: Date = Date(), io: any StoreIO = SystemIO()) throws(StoreError) -> JournalFile {
        let dir = Posix.directory(of: path)
        try StatePaths.makeDirectory(dir)
        let record = JournalRecord(seq: 0, time: time, prev: JournalHash.zero, entry: .header(header))
        let temp = path + ".new-\(getpid())"
        _ = unlink(temp)
        let fd = try Posix.open(temp, O_RDWR | O_CREAT | O_EXCL, mode: 0o600, io: io)
        do throws(StoreError) {
            _ = fchmod(fd, 0o600)
            // The lock is the inode's: taken on the new file before it has its name.
            try JournalLock.take(fd: fd, journal: temp)
            try Posix.write(fd, record.line, path: temp, io: io)
            try Posix.sync(fd, path: temp, io: io)
            if io.link(temp, path) != 0 {
                let e = SystemError.current
                if e.code == EEXIST {
                    throw StoreError(zh: "日志 \(path) 已存在；请直接打开它。", en: "the journal \(path) already exists; open it instead of creating it", system: e)
                }
                throw StoreError(zh: "无法创建日志 \(path)：\(e.zh)；\(e.writeAdviceZH)。", en: "cannot create the journal \(path): \(e.en); \(e.writeAdviceEN)", system: e)
            }
            _ = unlink(temp)
            try Posix.syncDirectory(of: path, io: io)
            guard fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_APPEND) == 0 else {
                let e = SystemError.current
                throw StoreError(zh: "无法打开日志 \(path)：\(e.zh)", en: "cannot open the journal \(path): \(e.en)", system: e)
            }
        } catch {
            _ = unlink(temp)
            _ = Glibc.close(fd)
            throw error
        }
        JournalLock.noteHolder(journal: path)
        return JournalFile(path: path, header: header, records: [record], length: record.line.count, recovery: nil, fd: fd, io: io)
    }

    /// Opens an existing journal: locks it, cuts a torn last record back (kept in a side file),
    /// refuses corruption in the middle, and replays it.
    ///
    /// - Parameter rubricSHA256: the hash of the rubric file in use; a mismatch is refused with an explanation.
    public static func open(path: String, rubricSHA256: String? = nil, now: Date = Date(), io: any StoreIO = SystemIO()) throws(StoreError) -> JournalFile {
        let fd = try lockedDescriptor(path, io: io)
        do throws(StoreError) {
            let (parse, length, recovery) = try readAndRecover(fd: fd, path: path, now: now, io: io)
            guard let header = parse.header else {
                throw StoreError(zh: "\(path):1: 没有日志头记录；这不是 panelist 日志。", en: "\(path):1: no header record; this is not a panelist journal")
            }
            if let want = rubricSHA256, want != header.rubric.sha256 {
                throw StoreError(
                    zh: "\(path): 评分细则 \(header.rubric.id) 的文件在创建日志后已被修改（记录的 sha256 \(header.rubric.sha256.prefix(12))…，现在 \(want.prefix(12))…）。分数不会按新细则重新计算；请使用原版细则，或请组织方确认后新建日志。",
                    en: "\(path): the rubric \(header.rubric.id) changed after the journal was created (sha256 \(header.rubric.sha256.prefix(12))… recorded, \(want.prefix(12))… now). Scores are not recomputed against a different rubric; use the original rubric file, or start a new journal once the organiser confirms the change.")
            }
            return JournalFile(path: path, header: header, records: parse.records, length: length, recovery: recovery, fd: fd, io: io)
        } catch {
            _ = Glibc.close(fd)
            throw error
        }
    }

    /// Opens the journal read-write and takes its lock; checks that the path still names the locked file.
    static func lockedDescriptor(_ path: String, io: any StoreIO) throws(StoreError) -> Int32 {
        let fd = try Posix.open(path, O_RDWR | O_APPEND, io: io)
        do throws(StoreError) {
            try JournalLock.take(fd: fd, journal: path)
            // The name may have been given to another file between open and lock (a rename over it).
            guard let a = Posix.identity(fd), let b = Posix.identity(path), a == b else {
                throw StoreError(zh: "日志 \(path) 在打开时被替换；请重试。", en: "the journal \(path) was replaced while it was being opened; try again")
            }
        } catch {
            _ = Glibc.close(fd)
            throw error
        }
        JournalLock.noteHolder(journal: path)
        return fd
    }

    /// Reads a locked journal, refuses corruption, and cuts a torn tail back (kept in a side file).
    static func readAndRecover(fd: Int32, path: String, now: Date, io: any StoreIO) throws(StoreError) -> (JournalParse, Int, JournalRecovery?) {
        let bytes = try Posix.readAll(fd, path: path, io: io)
        let parse = JournalParser.parse(bytes)
        if let c = parse.corruption {
            throw StoreError(
                zh: "\(path):\(c.line): 日志已损坏（\(c.message)），拒绝打开。可用 'panelist journal salvage \(path) --out 新文件' 把完好的记录抢救到新文件（问题在第 \(c.line) 行）；原文件不会被修改。",
                en: "\(path):\(c.line): the journal is corrupt (\(c.message)); refusing to open it. 'panelist journal salvage \(path) --out NEW' copies the intact records to a new file; the original is never changed.")
        }
        guard let torn = parse.torn else { return (parse, parse.validLength, nil) }
        guard !parse.lines.isEmpty else {
            throw StoreError(zh: "\(path):1: 日志头记录不完整，无法恢复；请重新创建日志。", en: "\(path):1: the header record is incomplete; the journal cannot be recovered, create it again")
        }
        var side = path + ".torn-" + stamp(now)
        var n = 1
        while access(side, F_OK) == 0 {  // never overwrite an earlier side file
            side = path + ".torn-" + stamp(now) + "-\(n)"
            n += 1
        }
        try Posix.createFile(side, torn.bytes, io: io)
        guard io.ftruncate(fd, off_t(torn.offset)) == 0 else {
            let e = SystemError.current
            throw StoreError(zh: "截断 \(path) 失败：\(e.zh)", en: "cutting \(path) back failed: \(e.en)", system: e)
        }
        try Posix.sync(fd, path: path, io: io)
        return (parse, torn.offset, JournalRecovery(line: torn.line, byteCount: torn.bytes.count, sideFile: side, reason: torn.reason))
    }

    /// Reads the journal again through a fresh descriptor, checks that it holds exactly the
    /// acknowledged records (cutting back anything a failed append left), and allows appends again.
    ///
    /// The screen calls it when an append failed (`needsReopen`), once the reviewer has dealt
    /// with the cause; it may be called at any time. If it throws, appends stay refused.
    public func reopen(now: Date = Date()) throws(StoreError) {
        // A fresh descriptor for the same file, then the old one (and its lock) is let go.
        let fresh = try Posix.open(path, O_RDWR | O_APPEND, io: io)
        if fd >= 0 {
            guard let a = Posix.identity(fresh), let b = Posix.identity(fd), a == b else {
                _ = Glibc.close(fresh)
                throw StoreError(zh: "\(path) 已不是本次打开的日志文件（被移动或替换）；请关闭后重新打开评审。",
                                 en: "\(path) is no longer the journal this session opened (it was moved or replaced); close the review and open it again")
            }
            _ = Glibc.close(fd)
            fd = -1
        }
        do throws(StoreError) {
            try JournalLock.take(fd: fresh, journal: path)
            JournalLock.noteHolder(journal: path)
            let bytes = try Posix.readAll(fresh, path: path, io: io)
            if bytes.count > length {
                // What a failed append left behind (its cut-back failed): never acknowledged.
                guard io.ftruncate(fresh, off_t(length)) == 0 else {
                    let e = SystemError.current
                    throw StoreError(zh: "截断 \(path) 失败：\(e.zh)；\(e.writeAdviceZH)。", en: "cutting \(path) back failed: \(e.en); \(e.writeAdviceEN)", system: e, needsReopen: true)
                }
                try Posix.sync(fresh, path: path, io: io)
            }
            let kept = Array(bytes.prefix(length))
            let parse = JournalParser.parse(kept)
            guard parse.corruption == nil, parse.torn == nil, parse.validLength == length, parse.lines.last?.record == last else {
                let what = parse.corruption?.description ?? parse.torn.map { "line \($0.line): \($0.reason)" }
                    ?? "\(parse.lines.count) records where \(last.seq + 1) were acknowledged"
                throw StoreError(
                    zh: "\(path): 重新读取日志时发现它与已保存的记录不符（\(what)）；请关闭评审，用 'panelist journal verify \(path)' 检查。",
                    en: "\(path): reading the journal again, it does not hold the records saved before (\(what)); close the review and check it with 'panelist journal verify \(path)'",
                    needsReopen: true)
            }
            state = ReviewState.replay(parse.records)
            fd = fresh
            failure = nil
            recovery = nil
        } catch {
            _ = Glibc.close(fresh)
            throw error
        }
    }

    /// Validates (when a validator is set) and appends an action; returns once it is on disk.
    @discardableResult
    public func append(_ action: JournalAction, at now: Date = Date(), lang: Lang = .en) throws(StoreError) -> JournalRecord {
        let records = try append(contentsOf: [action], at: now)
        return records[records.count - 1]
    }

    /// Validates every action in order and appends them all with one write and one sync, or none.
    ///
    /// On any failure nothing is appended: a refused action refuses the batch before anything is
    /// written, and a failed write or sync cuts the file back to where it was.
    @discardableResult
    public func append(contentsOf actions: [JournalAction], at now: Date = Date()) throws(StoreError) -> [JournalRecord] {
        guard fd >= 0 else { throw StoreError(zh: "日志 \(path) 已关闭", en: "the journal \(path) is closed") }
        if let failure {
            throw StoreError(
                zh: "日志 \(path) 上次写入失败（\(failure.system?.zh ?? "写入失败")），在重新打开并检查之前不再写入；请先处理原因，再重新打开日志。",
                en: "the journal \(path) refuses appends since a write failed (\(failure.system?.en ?? "write failed")); deal with the cause, then reopen the journal",
                system: failure.system, needsReopen: true)
        }
        guard !actions.isEmpty else { throw StoreError(zh: "没有要写入的记录", en: "nothing to append") }
        var scratch = state
        var previous = last
        var records: [JournalRecord] = []
        var bytes: [UInt8] = []
        for action in actions {
            try check(action, state: scratch)
            let time = max(now, previous.time)  // times never go backwards, even if the clock does
            let record = JournalRecord(seq: previous.seq + 1, time: time, prev: previous.sum, entry: .action(action))
            scratch.apply(record)
            bytes += record.line
            records.append(record)
            previous = record
        }
        try commit(bytes, count: records.count)
        length += bytes.count
        last = previous
        state = scratch
        return records
    }

    /// The validator's refusal of an action, if any.
    func check(_ action: JournalAction, state: ReviewState) throws(StoreError) {
        if let validator {
            let zh = ActionValidator(rubric: validator.rubric, profile: validator.profile, lang: .zh)
            if let zhText = zh.problem(with: action, state: state),
               let enText = ActionValidator(rubric: validator.rubric, profile: validator.profile, lang: .en).problem(with: action, state: state) {
                throw StoreError(zh: zhText, en: enText)
            }
        } else if state.isSignedOff, action.typeName != "reopen" {
            throw StoreError(zh: "评审已签署，请先重新打开（reopen）。", en: "the review is signed off; reopen it first")
        }
    }

    /// Writes and syncs bytes at the end of the file, or cuts it back to `length`, refuses further appends and throws.
    func commit(_ bytes: [UInt8], count: Int) throws(StoreError) {
        let step: (zh: String, en: String)
        let error: SystemError
        if let e = Posix.writeAll(fd, bytes, io: io) {
            (step, error) = (("写入 \(path)", "writing \(path)"), e)
        } else if let e = Posix.datasync(fd, io: io) {
            (step, error) = (("同步 \(path) 到磁盘", "syncing \(path) to disk"), e)
        } else {
            return
        }
        // Cut back to the last acknowledged record and sync, so the file is as it was.
        var cut: SystemError?
        if io.ftruncate(fd, off_t(length)) != 0 { cut = .current } else { cut = Posix.datasync(fd, io: io) }
        let what = count == 1 ? ("这条修改未写入", "this change was not saved") : ("这 \(count) 条记录一条也未写入", "none of the \(count) actions was appended")
        let state = cut == nil
            ? ("日志已恢复为写入前的样子", "the journal is as it was before")
            : ("截回失败（\(cut?.zh ?? "")），日志末尾可能留有半条记录，重新打开时会截去", "cutting it back also failed (\(cut?.en ?? "")): the journal may end in a partial record, which reopening cuts back")
        let failed = StoreError(
            zh: "\(step.zh) 失败：\(error.zh)；\(what.0)，\(state.0)。处理办法：\(error.writeAdviceZH)，然后再试一次（下次保存前会重新读取并检查日志）。",
            en: "\(step.en) failed: \(error.en); \(what.1), and \(state.1). What to do: \(error.writeAdviceEN), then try again (the journal is read again and checked before the next save).",
            system: error, needsReopen: true)
        failure = failed
        throw failed
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

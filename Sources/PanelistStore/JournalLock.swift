import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one-writer lock of a journal: flock on `<journal>.lock`, holding "pid host" for messages.
///
/// flock locks belong to an open file description, so a second open of the same file — in
/// this process or another — is refused while the lock is held.
public final class JournalLock {
    /// The lock file's path.
    public let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Takes the lock of a journal, or throws naming the holder's pid and host.
    public static func acquire(journal: String) throws(StoreError) -> JournalLock {
        let path = journal + ".lock"
        let fd = try Posix.open(path, O_RDWR | O_CREAT, mode: 0o600)
        _ = fchmod(fd, 0o600)
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? Posix.readAll(fd, path: path)).map { String(decoding: $0, as: UTF8.self) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            let parts = holder.split(separator: " ")
            let pid = parts.first.map(String.init) ?? "?"
            let host = parts.dropFirst().first.map(String.init) ?? "?"
            throw StoreError(
                zh: "日志 \(journal) 正被另一个 panelist 使用（进程 \(pid)，主机 \(host)）；请先关闭那个窗口再打开。",
                en: "the journal \(journal) is in use by another panelist (pid \(pid) on host \(host)); close that one first")
        }
        _ = ftruncate(fd, 0)
        let text = Array("\(getpid()) \(Posix.hostName)\n".utf8)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return JournalLock(path: path, fd: fd)
    }

    /// Releases the lock (also released when the process ends).
    public func release() {
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}

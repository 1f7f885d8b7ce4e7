import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer per journal: `flock(LOCK_EX)` on the journal file itself, for a session's whole life.
///
/// The lock belongs to the journal's inode, so every path to it — a symlink, a hard link, a
/// relative path — shares it, and deleting a file beside it cannot break it. Beside the journal
/// (at its real path) `<journal>.lock` records `pid host` of the holder, for the refusal message
/// only; the pid is also read from `/proc/locks` when the holder is on this machine.
enum JournalLock {
    /// Locks an open journal descriptor, or throws naming the holder's pid and host.
    static func take(fd: Int32, journal: String) throws(StoreError) {
        var r: Int32
        repeat { r = flock(fd, LOCK_EX | LOCK_NB) } while r != 0 && errno == EINTR
        guard r == 0 else {
            let code = errno
            guard code == EWOULDBLOCK else {
                let e = SystemError(code)
                throw StoreError(zh: "无法锁定日志 \(journal)：\(e.zh)", en: "cannot lock the journal \(journal): \(e.en)", system: e)
            }
            let (pid, host) = holder(fd: fd, journal: journal)
            throw StoreError(
                zh: "日志 \(journal) 正被另一个 panelist 使用（进程 \(pid)，主机 \(host)）；请先关闭那个窗口再打开。",
                en: "the journal \(journal) is in use by another panelist (pid \(pid) on host \(host)); close that one first")
        }
    }

    /// Writes `pid host` of this process beside the journal, for another writer's refusal message (best effort).
    static func noteHolder(journal: String) {
        let note = infoPath(journal)
        let infoFD = Glibc.open(note, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if infoFD >= 0 {
            _ = fchmod(infoFD, 0o600)
            _ = Glibc.ftruncate(infoFD, 0)
            let text = Array("\(getpid()) \(Posix.hostName)\n".utf8)
            _ = text.withUnsafeBytes { pwrite(infoFD, $0.baseAddress, $0.count, 0) }
            Glibc.close(infoFD)
        }
    }

    /// `<real path of the journal>.lock`.
    static func infoPath(_ journal: String) -> String {
        guard let real = realpath(journal, nil) else { return journal + ".lock" }
        defer { free(real) }
        return String(cString: real) + ".lock"
    }

    /// The holder's pid and host: from `/proc/locks` for this inode, else the note beside the journal.
    static func holder(fd: Int32, journal: String) -> (String, String) {
        if let (dev, ino) = Posix.identity(fd), let pid = procLocksHolder(dev: dev, ino: ino) {
            return (pid, Posix.hostName)
        }
        let note = (try? Posix.readFile(infoPath(journal))).map { String(decoding: $0, as: UTF8.self) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let parts = note.split(separator: " ")
        return (parts.first.map(String.init) ?? "?", parts.dropFirst().first.map(String.init) ?? "?")
    }

    /// The pid holding an flock on the inode, from `/proc/locks` (`1: FLOCK ADVISORY WRITE PID MAJ:MIN:INO 0 EOF`).
    static func procLocksHolder(dev: UInt64, ino: UInt64) -> String? {
        guard let bytes = try? Posix.readFile("/proc/locks") else { return nil }
        let major = (dev >> 8) & 0xFFF | ((dev >> 32) & ~0xFFF)
        let minor = (dev & 0xFF) | ((dev >> 12) & ~0xFF)
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard f.count >= 6, f[1] == "FLOCK" else { continue }
            let id = f[5].split(separator: ":")
            guard id.count == 3, UInt64(id[0], radix: 16) == major, UInt64(id[1], radix: 16) == minor, UInt64(id[2]) == ino else { continue }
            return String(f[4])
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Writes whole files atomically: a temporary file (0600) in the same folder, fsync, rename, directory sync.
public enum AtomicFile {
    /// Replaces (or creates) `path` with `bytes`; readers see the old or the new file, never a mix.
    ///
    /// A failure before the rename leaves the old file as it was; a failed sync of the folder
    /// after it is reported too (the new file may not survive a power loss).
    public static func write(_ path: String, _ bytes: [UInt8], io: any StoreIO = SystemIO()) throws(StoreError) {
        let temp = path + ".tmp-\(getpid())"
        _ = unlink(temp)
        let fd = try Posix.open(temp, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600, io: io)
        do throws(StoreError) {
            _ = fchmod(fd, 0o600)
            try Posix.write(fd, bytes, path: temp, io: io)
            var r: Int32
            repeat { r = io.fsync(fd) } while r < 0 && errno == EINTR
            guard r == 0 else {
                let e = SystemError.current
                throw StoreError(zh: "同步 \(temp) 到磁盘失败：\(e.zh)；\(e.writeAdviceZH)。", en: "syncing \(temp) to disk failed: \(e.en); \(e.writeAdviceEN)", system: e)
            }
        } catch {
            _ = close(fd)
            _ = unlink(temp)
            throw error
        }
        _ = close(fd)
        guard io.rename(temp, path) == 0 else {
            let e = SystemError.current
            _ = unlink(temp)
            throw StoreError(zh: "无法写入 \(path)：\(e.zh)；原文件未改动。", en: "cannot write \(path): \(e.en); the old file is unchanged", system: e)
        }
        try Posix.syncDirectory(of: path, io: io)
    }

    /// Writes UTF-8 text atomically.
    public static func write(_ path: String, text: String, io: any StoreIO = SystemIO()) throws(StoreError) { try write(path, Array(text.utf8), io: io) }

    /// Reads a whole file; a failure names the errno.
    public static func read(_ path: String, io: any StoreIO = SystemIO()) throws(StoreError) -> [UInt8] { try Posix.readFile(path, io: io) }

    /// Creates a folder and its parents (0700).
    public static func makeDirectory(_ path: String) throws(StoreError) { try StatePaths.makeDirectory(path) }
}

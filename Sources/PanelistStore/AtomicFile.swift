#if canImport(Glibc)
import Glibc
#endif

/// Writes whole files atomically: a temporary file (0600) in the same folder, fsync, rename, directory sync.
public enum AtomicFile {
    /// Replaces (or creates) `path` with `bytes`; readers see the old or the new file, never a mix.
    public static func write(_ path: String, _ bytes: [UInt8]) throws(StoreError) {
        let temp = path + ".tmp-\(getpid())"
        let fd = try Posix.open(temp, O_WRONLY | O_CREAT | O_TRUNC, mode: 0o600)
        do throws(StoreError) {
            _ = fchmod(fd, 0o600)
            try Posix.writeAll(fd, bytes, path: temp)
            var r: Int32
            repeat { r = fsync(fd) } while r < 0 && errno == EINTR
            guard r == 0 else {
                let e = Posix.errorText
                throw StoreError(zh: "同步 \(temp) 到磁盘失败：\(e)", en: "syncing \(temp) to disk failed: \(e)")
            }
        } catch {
            _ = close(fd)
            _ = unlink(temp)
            throw error
        }
        _ = close(fd)
        guard rename(temp, path) == 0 else {
            let e = Posix.errorText
            _ = unlink(temp)
            throw StoreError(zh: "无法写入 \(path)：\(e)", en: "cannot write \(path): \(e)")
        }
        Posix.syncDirectory(of: path)
    }

    /// Writes UTF-8 text atomically.
    public static func write(_ path: String, text: String) throws(StoreError) { try write(path, Array(text.utf8)) }

    /// Reads a whole file.
    public static func read(_ path: String) throws(StoreError) -> [UInt8] { try Posix.readFile(path) }

    /// Creates a folder and its parents (0700).
    public static func makeDirectory(_ path: String) throws(StoreError) { try StatePaths.makeDirectory(path) }
}

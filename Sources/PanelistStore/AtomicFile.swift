#if canImport(Glibc)
import Glibc
#endif

/// Whole-file writes that never leave a half-written file: temp file, fsync, rename, mode 0600.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically with mode 0600 (replacing an existing file).
    public static func write(_ path: String, _ bytes: [UInt8]) throws(StoreError) {
        let temp = path + ".tmp-\(getpid())"
        _ = unlink(temp)
        try Posix.createFile(temp, bytes)
        guard rename(temp, path) == 0 else {
            let e = Posix.errorText
            _ = unlink(temp)
            throw StoreError(zh: "无法写入 \(path)：\(e)", en: "cannot write \(path): \(e)")
        }
        Posix.syncDirectory(of: path)
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Thin wrappers over the POSIX calls the store uses, with errno turned into text.
enum Posix {
    /// The text of the current errno.
    static var errorText: String { String(cString: strerror(errno)) }

    /// Opens a file; throws naming the path.
    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws(StoreError) -> Int32 {
        var fd: Int32
        repeat { fd = Glibc.open(path, flags | O_CLOEXEC, mode) } while fd < 0 && errno == EINTR
        guard fd >= 0 else {
            let e = errorText
            throw StoreError(zh: "无法打开 \(path)：\(e)；请检查路径和权限。", en: "cannot open \(path): \(e); check the path and its permissions")
        }
        return fd
    }

    /// Writes all bytes (one write() call unless the kernel writes less).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buf in Glibc.write(fd, buf.baseAddress.map { $0 + done }, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errorText
                throw StoreError(zh: "写入 \(path) 失败：\(e)；请检查磁盘空间。", en: "writing \(path) failed: \(e); check the free disk space")
            }
            done += n
        }
    }

    /// Flushes a file's data to the disk.
    static func sync(_ fd: Int32, path: String) throws(StoreError) {
        var r: Int32
        repeat { r = fdatasync(fd) } while r < 0 && errno == EINTR
        guard r == 0 else {
            let e = errorText
            throw StoreError(zh: "同步 \(path) 到磁盘失败：\(e)", en: "syncing \(path) to disk failed: \(e)")
        }
    }

    /// Reads a whole file from an open descriptor, from offset 0.
    static func readAll(_ fd: Int32, path: String) throws(StoreError) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errorText
                throw StoreError(zh: "读取 \(path) 失败：\(e)", en: "reading \(path) failed: \(e)")
            }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
            offset += off_t(n)
        }
    }

    /// Reads a whole file by path.
    static func readFile(_ path: String) throws(StoreError) -> [UInt8] {
        let fd = try open(path, O_RDONLY)
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    /// Syncs the directory holding a path, so a newly created entry survives power loss.
    static func syncDirectory(of path: String) {
        let dir = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let fd = Glibc.open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Creates a new file (it must not exist) with mode 0600, writes the bytes and syncs them.
    static func createFile(_ path: String, _ bytes: [UInt8]) throws(StoreError) {
        let fd = try open(path, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        try writeAll(fd, bytes, path: path)
        try sync(fd, path: path)
        syncDirectory(of: path)
    }

    /// The host name.
    static var hostName: String {
        var buf = [CChar](repeating: 0, count: 256)
        guard gethostname(&buf, buf.count - 1) == 0 else { return "unknown-host" }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

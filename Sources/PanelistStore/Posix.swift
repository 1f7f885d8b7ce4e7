#if canImport(Glibc)
import Glibc
#endif

/// Thin wrappers over the POSIX calls the store uses (through a `StoreIO` seam), with errno turned into words.
enum Posix {
    /// Opens a file; throws naming the path and the errno.
    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600, io: any StoreIO = SystemIO()) throws(StoreError) -> Int32 {
        var fd: Int32
        repeat { fd = io.open(path, flags | O_CLOEXEC, mode) } while fd < 0 && errno == EINTR
        guard fd >= 0 else {
            let e = SystemError.current
            throw StoreError(zh: "无法打开 \(path)：\(e.zh)；请检查路径和权限。", en: "cannot open \(path): \(e.en); check the path and its permissions", system: e)
        }
        return fd
    }

    /// Writes all bytes (one write() call unless the kernel writes less); returns the errno of a failure.
    ///
    /// A short write is continued; the write after a short one usually reports why (ENOSPC).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], io: any StoreIO) -> SystemError? {
        bytes.withUnsafeBytes { writeAll(fd, $0, io: io) }
    }

    /// Writes all bytes of a buffer (continuing short writes); returns the errno of a failure.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, io: any StoreIO) -> SystemError? {
        var done = 0
        while done < bytes.count {
            let n = io.write(fd, UnsafeRawBufferPointer(rebasing: bytes[done...]))
            if n < 0 {
                if errno == EINTR { continue }
                return .current
            }
            if n == 0 { return SystemError(EIO) }  // no progress and no errno: treat as an I/O error, never loop
            done += n
        }
        return nil
    }

    /// Writes all bytes; throws naming the path, the errno and what to do.
    static func write(_ fd: Int32, _ bytes: [UInt8], path: String, io: any StoreIO) throws(StoreError) {
        if let e = writeAll(fd, bytes, io: io) { throw writeFailure(path, e) }
    }

    /// The error of a failed write: the path, the errno and what to do.
    static func writeFailure(_ path: String, _ e: SystemError) -> StoreError {
        StoreError(zh: "写入 \(path) 失败：\(e.zh)；\(e.writeAdviceZH)。", en: "writing \(path) failed: \(e.en); \(e.writeAdviceEN)", system: e)
    }

    /// `fdatasync` with EINTR retried; returns the errno of a failure.
    static func datasync(_ fd: Int32, io: any StoreIO) -> SystemError? {
        var r: Int32
        repeat { r = io.fdatasync(fd) } while r < 0 && errno == EINTR
        return r == 0 ? nil : .current
    }

    /// Flushes a file's data to the disk; throws naming the path and the errno.
    static func sync(_ fd: Int32, path: String, io: any StoreIO) throws(StoreError) {
        if let e = datasync(fd, io: io) {
            throw StoreError(zh: "同步 \(path) 到磁盘失败：\(e.zh)；\(e.writeAdviceZH)。", en: "syncing \(path) to disk failed: \(e.en); \(e.writeAdviceEN)", system: e)
        }
    }

    /// Reads a whole file from an open descriptor, from offset 0; throws naming the path and the errno.
    static func readAll(_ fd: Int32, path: String, io: any StoreIO = SystemIO()) throws(StoreError) -> [UInt8] {
        var size = stat()
        var out: [UInt8] = []
        // The size the file has now is read straight into the array; whatever follows (a file that grew) in chunks.
        if fstat(fd, &size) == 0, size.st_size > 0, (size.st_mode & S_IFMT) == S_IFREG {
            let expected = Int(size.st_size)
            var failure: SystemError?
            out = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
                count = 0
                while count < expected {
                    let n = io.pread(fd, UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])), off_t(count))
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = .current
                        return
                    }
                    if n == 0 { return }
                    count += n
                }
            }
            if let e = failure {
                throw StoreError(zh: "读取 \(path) 失败：\(e.zh)", en: "reading \(path) failed: \(e.en)", system: e)
            }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset = off_t(out.count)
        while true {
            let n = buffer.withUnsafeMutableBytes { io.pread(fd, $0, offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = SystemError.current
                throw StoreError(zh: "读取 \(path) 失败：\(e.zh)", en: "reading \(path) failed: \(e.en)", system: e)
            }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
            offset += off_t(n)
        }
    }

    /// Reads a whole file by path.
    static func readFile(_ path: String, io: any StoreIO = SystemIO()) throws(StoreError) -> [UInt8] {
        let fd = try open(path, O_RDONLY, io: io)
        defer { close(fd) }
        return try readAll(fd, path: path, io: io)
    }

    /// The folder holding a path (`.` for a bare name).
    static func directory(of path: String) -> String {
        let dir = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return dir.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : dir
    }

    /// Syncs the directory holding a path, so that a new, renamed or removed entry survives power loss.
    ///
    /// A failure is an error: the entry may not be on the disk.
    static func syncDirectory(of path: String, io: any StoreIO = SystemIO()) throws(StoreError) {
        let dir = directory(of: path)
        let fd = try open(dir, O_RDONLY | O_DIRECTORY, io: io)
        defer { close(fd) }
        var r: Int32
        repeat { r = io.fsync(fd) } while r < 0 && errno == EINTR
        guard r == 0 else {
            let e = SystemError.current
            throw StoreError(zh: "同步文件夹 \(dir) 到磁盘失败：\(e.zh)；\(path) 可能未保存到磁盘，\(e.writeAdviceZH)。",
                             en: "syncing the folder \(dir) to disk failed: \(e.en); \(path) may not be on the disk; \(e.writeAdviceEN)", system: e)
        }
    }

    /// Creates a new file (it must not exist) with mode 0600, writes the bytes and syncs them and its folder.
    ///
    /// On a failure the half-made file is removed.
    static func createFile(_ path: String, _ bytes: [UInt8], io: any StoreIO = SystemIO()) throws(StoreError) {
        let fd = try open(path, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600, io: io)
        do throws(StoreError) {
            _ = fchmod(fd, 0o600)
            try write(fd, bytes, path: path, io: io)
            try sync(fd, path: path, io: io)
        } catch {
            close(fd)
            _ = unlink(path)
            throw error
        }
        close(fd)
        try syncDirectory(of: path, io: io)
    }

    /// The host name.
    static var hostName: String {
        var buf = [CChar](repeating: 0, count: 256)
        guard gethostname(&buf, buf.count - 1) == 0 else { return "unknown-host" }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Device and inode of an open file, or nil.
    static func identity(_ fd: Int32) -> (UInt64, UInt64)? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino))
    }

    /// Device and inode of a path (following symlinks), or nil.
    static func identity(_ path: String) -> (UInt64, UInt64)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino))
    }
}

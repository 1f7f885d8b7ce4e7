import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files atomically (temporary file, fsync, rename) with mode 0600.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw CLIError("cannot write \(temp): \(String(cString: strerror(errno)))") }
        let ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return fsync(fd) == 0
        }
        _ = fchmod(fd, 0o600)
        _ = close(fd)
        guard ok, rename(temp, path) == 0 else {
            unlink(temp)
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// One file of a `StagedDirectory` written piece by piece (a long report rendered in chunks), synced by `finish`.
public final class StagedFile {
    /// The file's path inside the temporary folder (for messages).
    let path: String
    /// The open descriptor; -1 once closed.
    private var fd: Int32

    init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit {
        if fd >= 0 { _ = close(fd) }
    }

    /// Appends bytes to the file.
    public func write(_ bytes: [UInt8]) throws(StoreError) {
        try Posix.write(fd, bytes, path: path, io: SystemIO())
    }

    /// Syncs the file to the disk and closes it.
    public func finish() throws(StoreError) {
        defer {
            _ = close(fd)
            fd = -1
        }
        try Posix.sync(fd, path: path, io: SystemIO())
    }
}

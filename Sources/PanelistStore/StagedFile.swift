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

    /// Appends text as UTF-8, without copying it.
    public func write(_ text: String) throws(StoreError) {
        var text = text
        let failure: SystemError? = text.withUTF8 { Posix.writeAll(fd, UnsafeRawBufferPointer($0), io: SystemIO()) }
        if let failure { throw Posix.writeFailure(path, failure) }
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

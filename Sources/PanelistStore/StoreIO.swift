#if canImport(Glibc)
import Glibc
#endif

/// The system calls through which the store changes files: one seam, so that a test can fail any of them on cue.
///
/// Each method returns what the system call returns (`-1`, with `errno` set, on failure).
/// `SystemIO` makes the real calls; the fault-injection tier passes one that fails the n-th
/// write, `fdatasync`, open or rename with `ENOSPC` or `EIO`, or writes short.
public protocol StoreIO: Sendable {
    /// `open(2)`.
    func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
    /// `write(2)`.
    func write(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int
    /// `pread(2)`.
    func pread(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ offset: off_t) -> Int
    /// `fdatasync(2)`: a file's data (and its size) on the disk.
    func fdatasync(_ fd: Int32) -> Int32
    /// `fsync(2)`: used for directories, so that a new or renamed entry survives power loss.
    func fsync(_ fd: Int32) -> Int32
    /// `ftruncate(2)`.
    func ftruncate(_ fd: Int32, _ length: off_t) -> Int32
    /// `rename(2)`.
    func rename(_ from: String, _ to: String) -> Int32
    /// `link(2)`.
    func link(_ from: String, _ to: String) -> Int32
}

/// The real system calls.
public struct SystemIO: StoreIO {
    /// The real system calls.
    public init() {}

    /// `open(2)`.
    public func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Glibc.open(path, flags, mode) }
    /// `write(2)`.
    public func write(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int { Glibc.write(fd, buffer.baseAddress, buffer.count) }
    /// `pread(2)`.
    public func pread(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ offset: off_t) -> Int {
        Glibc.pread(fd, buffer.baseAddress, buffer.count, offset)
    }
    /// `fdatasync(2)`.
    public func fdatasync(_ fd: Int32) -> Int32 { Glibc.fdatasync(fd) }
    /// `fsync(2)`.
    public func fsync(_ fd: Int32) -> Int32 { Glibc.fsync(fd) }
    /// `ftruncate(2)`.
    public func ftruncate(_ fd: Int32, _ length: off_t) -> Int32 { Glibc.ftruncate(fd, length) }
    /// `rename(2)`.
    public func rename(_ from: String, _ to: String) -> Int32 { Glibc.rename(from, to) }
    /// `link(2)`.
    public func link(_ from: String, _ to: String) -> Int32 { Glibc.link(from, to) }
}

import Foundation
import PanelistStore
#if canImport(Glibc)
import Glibc
#endif

/// A `StoreIO` that makes the real calls but fails one of them on cue, and counts them.
///
/// `fault` names the kind of call, which one (1-based, counted from when the fault was set) and
/// the errno; `shortWrite` makes that write write half its bytes before the next write fails.
final class FaultIO: StoreIO, @unchecked Sendable {
    /// The calls a fault can hit.
    enum Call: String, CaseIterable, Sendable {
        case write, fdatasync, open, rename, fsync, ftruncate, link
    }

    /// One injected failure.
    struct Fault: Sendable, CustomStringConvertible {
        var call: Call
        var nth: Int
        var errno: Int32
        /// For writes: write half the bytes first (a full disk's short write), then fail the next write.
        var short: Bool = false
        var description: String { "\(call.rawValue) #\(nth) → \(SystemError(errno).name)\(short ? " after a short write" : "")" }
    }

    private let lock = NSLock()
    private var counts: [Call: Int] = [:]
    private var fault: Fault?
    private var failNextWrite: Int32?
    /// The fault that fired, if it did.
    private(set) var fired: Fault?
    /// Whether every call fails with EIO from now on (a disk gone bad), until cleared.
    var broken = false
    /// Whether every ftruncate fails with EIO once the fault has fired (the cut-back fails too).
    var failFtruncateAfterFault = false

    init(fault: Fault? = nil) { self.fault = fault }

    /// Calls of each kind made so far.
    var made: [Call: Int] { lock.withLock { counts } }

    /// Sets (or clears) the fault; counting restarts.
    func arm(_ fault: Fault?) {
        lock.withLock {
            self.fault = fault
            counts = [:]
            fired = nil
            failNextWrite = nil
        }
    }

    /// Whether this call fails; sets errno when it does.
    private func shouldFail(_ call: Call) -> Fault? {
        lock.withLock {
            counts[call, default: 0] += 1
            if broken { return Fault(call: call, nth: 0, errno: EIO) }
            guard let f = fault, f.call == call, counts[call] == f.nth else { return nil }
            fired = f
            return f
        }
    }

    func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
        if let f = shouldFail(.open) { errno = f.errno; return -1 }
        return Glibc.open(path, flags, mode)
    }

    func write(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int {
        if let e = lock.withLock({ () -> Int32? in defer { failNextWrite = nil }; return failNextWrite }) {
            errno = e
            return -1
        }
        if let f = shouldFail(.write) {
            if f.short, buffer.count > 1 {
                lock.withLock { failNextWrite = f.errno }
                return Glibc.write(fd, buffer.baseAddress, buffer.count / 2)
            }
            errno = f.errno
            return -1
        }
        return Glibc.write(fd, buffer.baseAddress, buffer.count)
    }

    func pread(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ offset: off_t) -> Int {
        Glibc.pread(fd, buffer.baseAddress, buffer.count, offset)
    }

    func fdatasync(_ fd: Int32) -> Int32 {
        if let f = shouldFail(.fdatasync) { errno = f.errno; return -1 }
        return Glibc.fdatasync(fd)
    }

    func fsync(_ fd: Int32) -> Int32 {
        if let f = shouldFail(.fsync) { errno = f.errno; return -1 }
        return Glibc.fsync(fd)
    }

    func ftruncate(_ fd: Int32, _ length: off_t) -> Int32 {
        if let f = shouldFail(.ftruncate) { errno = f.errno; return -1 }
        if failFtruncateAfterFault, lock.withLock({ fired != nil }) { errno = EIO; return -1 }
        return Glibc.ftruncate(fd, length)
    }

    func rename(_ from: String, _ to: String) -> Int32 {
        if let f = shouldFail(.rename) { errno = f.errno; return -1 }
        return Glibc.rename(from, to)
    }

    func link(_ from: String, _ to: String) -> Int32 {
        if let f = shouldFail(.link) { errno = f.errno; return -1 }
        return Glibc.link(from, to)
    }
}

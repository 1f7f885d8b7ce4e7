import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A set of files being written into a temporary folder beside their target, to be renamed into
/// place as one (`commit`) or thrown away (`abandon`). Made by `AtomicDirectory.begin`.
///
/// Files may be added from several threads at once (each is its own file); every file is synced
/// when it is added, so a set is never committed with a file the disk does not hold.
public final class StagedDirectory: Sendable {
    /// The folder the set replaces or creates.
    public let target: String
    /// The temporary folder holding the files added so far.
    let temp: String
    /// The names (relative paths) the set was declared with; only these may be added.
    let names: Set<String>
    /// Whether the target existed (and so is replaced) when the set was begun.
    let replaces: Bool

    init(target: String, temp: String, names: Set<String>, replaces: Bool) {
        self.target = target
        self.temp = temp
        self.names = names
        self.replaces = replaces
    }

    /// Writes one file of the set (0600), synced; the name must be one the set was begun with.
    public func add(_ name: String, bytes: [UInt8]) throws(StoreError) {
        let file = try create(name)
        try file.write(bytes)
        try file.finish()
    }

    /// Writes one file of the set from text (UTF-8), synced, without copying the text.
    public func add(_ name: String, text: String) throws(StoreError) {
        let file = try create(name)
        try file.write(text)
        try file.finish()
    }

    /// Creates one file of the set (0600) to be written piece by piece; `StagedFile.finish` syncs it.
    public func create(_ name: String) throws(StoreError) -> StagedFile {
        StagedFile(path: temp + "/" + name, fd: try open(name))
    }

    /// Creates one file of the set, refusing a name the set was not begun with.
    func open(_ name: String) throws(StoreError) -> Int32 {
        guard names.contains(name) else {
            throw StoreError(zh: "内部错误：\(name) 不在本次要写入的文件之列。", en: "internal error: \(name) is not one of the files of this set")
        }
        let fd = try Posix.open(temp + "/" + name, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
        _ = fchmod(fd, 0o600)
        return fd
    }

    /// Syncs the set's folders and renames the set into place, replacing the old set (which is removed).
    public func commit() throws(StoreError) {
        do throws(StoreError) {
            for dir in Set(names.map { (temp + "/" + $0 as NSString).deletingLastPathComponent }) { try Posix.syncDirectory(of: dir + "/.") }
        } catch {
            abandon()
            throw error
        }
        if replaces, AtomicDirectory.exchange(temp, target) {
            // The old set is now at `temp`.
            try Posix.syncDirectory(of: target)
            AtomicDirectory.remove(temp)
        } else if replaces {
            let old = target + ".old-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            guard rename(target, old) == 0 else {
                let e = SystemError.current
                abandon()
                throw StoreError(zh: "无法替换 \(target)：\(e.zh)", en: "cannot replace \(target): \(e.en)", system: e)
            }
            guard rename(temp, target) == 0 else {
                let e = SystemError.current
                _ = rename(old, target)  // put the old set back
                abandon()
                throw StoreError(zh: "无法替换 \(target)：\(e.zh)；原有文件未改动。", en: "cannot replace \(target): \(e.en); the old files are unchanged", system: e)
            }
            try Posix.syncDirectory(of: target)
            AtomicDirectory.remove(old)
        } else {
            guard rename(temp, target) == 0 else {
                let e = SystemError.current
                abandon()
                throw StoreError(zh: "无法写入 \(target)：\(e.zh)", en: "cannot write \(target): \(e.en)", system: e)
            }
            try Posix.syncDirectory(of: target)
        }
    }

    /// Removes the temporary folder and everything added; the target is left as it was.
    public func abandon() {
        AtomicDirectory.remove(temp)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole set of files as one: into a temporary folder beside the target, each file
/// synced, then renamed into place. A write that fails part-way leaves the old set intact.
///
/// An existing target is replaced only when it holds nothing but files the set may contain
/// (a previous output of the same command); anything else is refused, so a wrong `--out`
/// never deletes a person's files.
public enum AtomicDirectory {
    /// Replaces (or creates) the folder `path` with `files` (relative paths → bytes, 0600; subfolders 0700).
    ///
    /// - Parameter replaceable: names (relative paths) an existing folder may hold to be replaced;
    ///   `files`' own names are always replaceable.
    public static func write(_ path: String, files: [(name: String, bytes: [UInt8])], replaceable: Set<String> = []) throws(StoreError) {
        let set = try begin(path, names: files.map(\.name), replaceable: replaceable)
        do throws(StoreError) {
            for file in files { try set.add(file.name, bytes: file.bytes) }
        } catch {
            set.abandon()
            throw error
        }
        try set.commit()
    }

    /// Checks that `path` may be replaced by a set of files with these names (relative paths) and
    /// makes the temporary folder (with the subfolders the names need) they are written into.
    ///
    /// - Parameter replaceable: names (relative paths; a name ending in `/` stands for a folder's
    ///   contents) an existing folder may hold to be replaced; `names` are always replaceable.
    public static func begin(_ path: String, names: [String], replaceable: Set<String> = []) throws(StoreError) -> StagedDirectory {
        let target = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let parent = (target as NSString).deletingLastPathComponent
        if !parent.isEmpty { try StatePaths.makeDirectory(parent) }
        let allowed = replaceable.union(names)
        let exists = isDirectory(target)
        if exists {
            let strangers = contents(target).filter { name in !allowed.contains(name) && !replaceable.contains { $0.hasSuffix("/") && name.hasPrefix($0) } }
            if !strangers.isEmpty {
                let list = strangers.prefix(3).joined(separator: ", ")
                throw StoreError(zh: "\(target) 中有不属于本报告的文件（\(list)）；为免删除他人文件，请用 --out 指定一个新文件夹或空文件夹。",
                                 en: "\(target) holds files that are not part of this report (\(list)); to avoid deleting them, pass --out a new or empty folder")
            }
        } else if FileManager.default.fileExists(atPath: target) {
            throw StoreError(zh: "\(target) 已存在且不是文件夹；请用 --out 指定文件夹。", en: "\(target) exists and is not a folder; pass --out a folder")
        }
        let temp = target + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do throws(StoreError) {
            try StatePaths.makeDirectory(temp)
            for dir in Set(names.map { (temp + "/" + $0 as NSString).deletingLastPathComponent }) where dir != temp {
                try StatePaths.makeDirectory(dir)
            }
        } catch {
            remove(temp)
            throw error
        }
        return StagedDirectory(target: target, temp: temp, names: Set(names), replaces: exists)
    }

    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Linux's renameat2, looked up at run time (glibc 2.28+), for an atomic swap of two folders.
    static let renameat2: RenameAt2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }

    /// Swaps two paths atomically (RENAME_EXCHANGE); false when the system cannot.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, 2) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Relative paths of the regular files below a folder.
    static func contents(_ path: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        var out: [String] = []
        while let name = walker.nextObject() as? String {
            if !isDirectory(path + "/" + name) { out.append(name) }
        }
        return out.sorted()
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }
}

import Crypto
import Foundation
import PanelistCore
import PanelistStore
import ZIPFoundation

/// The zip files of packages and returns: written deterministically, read with checks against damaged or hostile content.
///
/// Reading refuses, naming the file and the reason: a file over the size limit, not a zip, a truncated zip,
/// an entry path that is absolute, has `..` or a backslash, a symlink or other special entry, a duplicate path,
/// too many entries, or entries bigger (declared or actual) than the limits.
public struct ZipFile {
    /// The file as named to the user.
    public let path: String
    /// The limits checked.
    public let limits: PackageLimits
    /// The language of messages.
    public let lang: Lang
    let archive: Archive
    /// The file entries by path (directories are skipped).
    public let entries: [String: Entry]

    /// The date written for every entry, so the same content gives the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the zip format's epoch

    /// Opens and checks a zip: size, signature, directory, entry paths and types, declared sizes.
    public init(path: String, limits: PackageLimits, lang: Lang) throws {
        self.path = path
        self.limits = limits
        self.lang = lang
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw AppError(lang.pick("\(path)：无法读取（\(String(cString: strerror(errno)))）", "\(path): cannot read it (\(String(cString: strerror(errno))))"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw AppError(lang.pick("\(path)：不是普通文件", "\(path): not a regular file"))
        }
        let size = Int64(info.st_size)
        guard size <= limits.fileBytes else {
            throw AppError(lang.pick("\(path)：文件过大（\(size) 字节，上限 \(PackageLimits.describe(limits.fileBytes))），未打开",
                                     "\(path): too large (\(size) bytes; the limit is \(PackageLimits.describe(limits.fileBytes))); not opened"))
        }
        guard ReturnFile.looksLikeZip(path) else {
            throw AppError(lang.pick("\(path)：不是 zip 文件（评审包和交回文件都是 zip）", "\(path): not a zip file (packages and return files are zip files)"))
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw AppError(lang.pick("\(path)：zip 文件不完整或已损坏（找不到末尾的目录；文件可能被截断），请重新获取",
                                     "\(path): the zip is truncated or damaged (no directory at its end); get the file again"))
        }
        var entries: [String: Entry] = [:]
        var count = 0
        var total: Int64 = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw AppError(lang.pick("\(path)：条目过多（上限 \(limits.entries)）", "\(path): too many entries (the limit is \(limits.entries))"))
            }
            let name = entry.path
            if let problem = SafePath.problem(name) {
                throw AppError(lang.pick("\(path)：条目 “\(name)” 不安全：\(problem)；未安装任何内容",
                                         "\(path): the entry '\(name)' is unsafe: \(problem); nothing was installed"))
            }
            switch entry.type {
            case .directory: continue
            case .symlink:
                throw AppError(lang.pick("\(path)：条目 “\(name)” 是符号链接；评审包不能含链接，未安装任何内容",
                                         "\(path): the entry '\(name)' is a symbolic link; packages may not hold links; nothing was installed"))
            case .file: break
            }
            guard entries[name] == nil else {
                throw AppError(lang.pick("\(path)：条目 “\(name)” 出现两次", "\(path): the entry '\(name)' appears twice"))
            }
            let declared = Int64(clamping: entry.uncompressedSize)
            guard declared <= limits.entryBytes else {
                throw AppError(lang.pick("\(path)：“\(name)” 过大（\(declared) 字节，单个文件上限 \(PackageLimits.describe(limits.entryBytes))）",
                                         "\(path): '\(name)' is too large (\(declared) bytes; the limit per file is \(PackageLimits.describe(limits.entryBytes)))"))
            }
            total += declared
            guard total <= limits.totalBytes else {
                throw AppError(lang.pick("\(path)：解压后总大小超过上限 \(PackageLimits.describe(limits.totalBytes))",
                                         "\(path): unpacked it would exceed \(PackageLimits.describe(limits.totalBytes)) in all"))
            }
            entries[name] = entry
        }
        self.entries = entries
    }

    /// Reads one entry into memory (at most `limit` bytes, whatever it declares).
    public func read(_ name: String, limit: Int64? = nil) throws -> [UInt8] {
        guard let entry = entries[name] else {
            throw AppError(lang.pick("\(path)：缺少 \(name)", "\(path): \(name) is missing"))
        }
        let cap = min(limit ?? limits.entryBytes, Int64(clamping: entry.uncompressedSize))
        var bytes: [UInt8] = []
        try stream(entry, name: name, cap: cap) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Unpacks one entry into a new file (0600), returning the hex SHA-256 of what was written.
    public func extract(_ name: String, to destination: String) throws -> String {
        guard let entry = entries[name] else {
            throw AppError(lang.pick("\(path)：缺少 \(name)", "\(path): \(name) is missing"))
        }
        try StatePaths.makeDirectory((destination as NSString).deletingLastPathComponent)
        let fd = open(destination, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else {
            throw AppError(lang.pick("无法写入 \(destination)：\(String(cString: strerror(errno)))", "cannot write \(destination): \(String(cString: strerror(errno)))"))
        }
        defer { close(fd) }
        var hasher = SHA256()
        var failed: Int32 = 0
        try stream(entry, name: name, cap: Int64(clamping: entry.uncompressedSize)) { chunk in
            hasher.update(data: chunk)
            chunk.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                var offset = 0
                while offset < raw.count, failed == 0 {
                    let n = write(fd, base + offset, raw.count - offset)
                    if n < 0 { if errno != EINTR { failed = errno } } else { offset += n }
                }
            }
        }
        guard failed == 0, fsync(fd) == 0 else {
            throw AppError(lang.pick("无法写入 \(destination)：\(String(cString: strerror(failed == 0 ? errno : failed)))",
                                     "cannot write \(destination): \(String(cString: strerror(failed == 0 ? errno : failed)))"))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Feeds an entry's bytes to `consume`, refusing more than `cap` bytes and damaged data.
    func stream(_ entry: Entry, name: String, cap: Int64, _ consume: (Data) -> Void) throws {
        var seen: Int64 = 0
        struct TooLarge: Error {}
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                seen += Int64(chunk.count)
                if seen > cap { throw TooLarge() }
                consume(chunk)
            }
        } catch is TooLarge {
            throw AppError(lang.pick("\(path)：“\(name)” 解压后比声明的大小更大（或超过上限），可能是恶意文件，未使用",
                                     "\(path): '\(name)' unpacks to more than its declared size or the limit; refused"))
        } catch {
            throw AppError(lang.pick("\(path)：“\(name)” 已损坏（校验失败或数据不完整），请重新获取该文件",
                                     "\(path): '\(name)' is damaged (checksum failed or data missing); get the file again"))
        }
        guard seen == Int64(clamping: entry.uncompressedSize) else {
            throw AppError(lang.pick("\(path)：“\(name)” 数据不完整", "\(path): '\(name)' is incomplete"))
        }
    }

    /// The bytes of a zip holding the given files (deflated; fixed dates, so equal content gives equal bytes).
    public static func make(_ files: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for file in files {
            let data = Data(file.bytes)
            try archive.addEntry(with: file.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw AppError("cannot make the zip in memory") }
        return Array(data)
    }
}

import Foundation
import PanelistStore
import PanelistCore

/// A return file read and checked on its own: safe zip, every hash, the package it answers, one key for all its journals,
/// and only the applications that package assigned.
public struct ReturnFile: Sendable {
    /// The file as given.
    public var path: String
    /// Hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Its manifest.
    public var manifest: ReturnManifest
    /// The manifest of the package it answers (the copy inside the return).
    public var package: PackageManifest
    /// The journals, with their bytes.
    public var journals: [(ref: ReturnManifest.JournalRef, bytes: [UInt8])]

    /// Whether a file starts like a zip (a return file rather than a journal).
    public static func looksLikeZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 4)) ?? Data()) == [0x50, 0x4b, 0x03, 0x04]
    }

    /// Reads and checks a return file; any problem refuses the whole file, naming it and the reason.
    public static func read(_ path: String, lang: Lang, limits: PackageLimits = .returnFile) throws -> ReturnFile {
        let zip = try ZipFile(path: path, limits: limits, lang: lang)
        let manifest = try ReturnManifest.decode(try zip.read("return.json", limit: limits.manifestBytes), file: path)
        let listed = Set(manifest.files.map(\.path))
        for name in zip.entries.keys.sorted() where name != "return.json" && !listed.contains(name) {
            throw AppError(lang.pick("\(path)：\(name) 不在 return.json 中（文件被改动过？）", "\(path): \(name) is not listed in return.json (was the file altered?)"))
        }
        var contents: [String: [UInt8]] = [:]
        for ref in manifest.files {
            let bytes = try zip.read(ref.path)
            guard JournalHash.sha256Hex(bytes) == ref.sha256 else {
                throw AppError(lang.pick("\(path)：\(ref.path) 的 SHA-256 与 return.json 不符；文件已损坏或被改动", "\(path): the SHA-256 of \(ref.path) does not match return.json; the file is damaged or altered"))
            }
            contents[ref.path] = bytes
        }
        guard let packageBytes = contents["package.json"], JournalHash.sha256Hex(packageBytes) == manifest.packageManifestSHA256 else {
            throw AppError(lang.pick("\(path)：缺少评审包清单 package.json，或其哈希不符", "\(path): package.json (the package's manifest) is missing or its hash does not match"))
        }
        let package = try PackageManifest.decode(packageBytes, file: path + ":package.json")
        guard package.id == manifest.package, package.panel == manifest.panel, package.person.name == manifest.reviewer else {
            throw AppError(lang.pick("\(path)：return.json 与其中的评审包清单不一致（包、专家组或专家不同）", "\(path): return.json and the package manifest inside disagree (package, panel or reviewer)"))
        }
        guard let raw = Data(base64Encoded: manifest.publicKey), JournalSigning.fingerprint(rawPublicKey: Array(raw)) == JournalSigning.normalise(manifest.fingerprint) else {
            throw AppError(lang.pick("\(path)：公钥与其指纹 \(manifest.fingerprint) 不符", "\(path): the public key does not match its fingerprint \(manifest.fingerprint)"))
        }
        if let pinned = package.person.key, JournalSigning.normalise(pinned) != JournalSigning.normalise(manifest.fingerprint) {
            throw AppError(lang.pick("\(path)：评审包为 \(package.person.name) 固定的密钥是 \(pinned)，交回文件的密钥是 \(manifest.fingerprint)",
                                     "\(path): the package pinned the key \(pinned) for \(package.person.name); the return is keyed \(manifest.fingerprint)"))
        }
        var journals: [(ReturnManifest.JournalRef, [UInt8])] = []
        for ref in manifest.journals {
            guard let bytes = contents[ref.file] else { throw AppError("\(path): \(ref.file) is listed but missing") }
            guard let header = JournalParser.parse(bytes).header else {
                throw AppError(lang.pick("\(path)：\(ref.file) 不是评审日志", "\(path): \(ref.file) is not a review journal"))
            }
            guard header.reviewer.publicKey == manifest.publicKey else {
                throw AppError(lang.pick("\(path)：\(ref.file) 由另一把密钥（\(header.reviewer.fingerprint)）记录，不是交回者的 \(manifest.fingerprint)；一位专家只能用一把密钥",
                                         "\(path): \(ref.file) is keyed \(header.reviewer.fingerprint), not the returning reviewer's \(manifest.fingerprint); one key per reviewer"))
            }
            guard header.application.id == ref.application else {
                throw AppError(lang.pick("\(path)：\(ref.file) 记录的申报是 \(header.application.id)，不是 \(ref.application)", "\(path): \(ref.file) is a journal of \(header.application.id), not \(ref.application)"))
            }
            guard package.assignment.contains(ref.application) else {
                throw AppError(lang.pick("\(path)：\(ref.application) 不是分配给 \(package.person.name) 的申报", "\(path): \(ref.application) was not assigned to \(package.person.name) in \(package.id)"))
            }
            guard header.rubric.id == package.rubric.id else {
                throw AppError(lang.pick("\(path)：\(ref.file) 使用细则 \(header.rubric.id)，评审包是 \(package.rubric.id)", "\(path): \(ref.file) is scored under \(header.rubric.id), the package under \(package.rubric.id)"))
            }
            journals.append((ref, bytes))
        }
        let all = (try? AtomicFile.read(path)) ?? []
        return ReturnFile(path: path, sha256: JournalHash.sha256Hex(all), manifest: manifest, package: package, journals: journals)
    }
}

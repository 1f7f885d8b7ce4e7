/// Size limits for review packages and return files; a file over a limit is refused before anything is written.
public struct PackageLimits: Sendable, Equatable {
    /// Largest package or return file on disk.
    public var fileBytes: Int64
    /// Most entries in the zip.
    public var entries: Int
    /// Largest single file once unpacked.
    public var entryBytes: Int64
    /// Largest total once unpacked.
    public var totalBytes: Int64
    /// Largest manifest.
    public var manifestBytes: Int64

    /// Creates limits.
    public init(fileBytes: Int64, entries: Int, entryBytes: Int64, totalBytes: Int64, manifestBytes: Int64 = 1 << 20) {
        self.fileBytes = fileBytes
        self.entries = entries
        self.entryBytes = entryBytes
        self.totalBytes = totalBytes
        self.manifestBytes = manifestBytes
    }

    /// Review packages: 512 MiB file, 10,000 entries, 256 MiB per file and 1 GiB in all unpacked (scanned attachments).
    public static let package = PackageLimits(fileBytes: 512 << 20, entries: 10_000, entryBytes: 256 << 20, totalBytes: 1 << 30)
    /// Return files (journals and printouts): 64 MiB file, 1,000 entries, 32 MiB per file, 256 MiB in all.
    public static let returnFile = PackageLimits(fileBytes: 64 << 20, entries: 1_000, entryBytes: 32 << 20, totalBytes: 256 << 20)

    /// A size in words, e.g. `512 MiB`.
    public static func describe(_ bytes: Int64) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}

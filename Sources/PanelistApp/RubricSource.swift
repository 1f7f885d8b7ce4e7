import Foundation
import PanelistCore

/// One rubric file the program knows: bundled, from a folder, from a file, or from a review package; its exact bytes.
public struct RubricSource: Sendable, Equatable {
    /// Where a rubric file came from.
    public enum Origin: Sendable, Equatable {
        /// Compiled into the program.
        case bundled
        /// A file in a folder named by `--rubrics` or `PANELIST_RUBRICS`.
        case folder(String)
        /// A file named directly.
        case file
        /// The rubric a review package carries (package id).
        case package(String)
    }

    /// The rubric's id (its `id:`; the file name for an unreadable file).
    public var id: String
    /// The name shown in messages: `Rubrics/<file>` for bundled rubrics, else the path.
    public var displayName: String
    /// The file's exact bytes (journals record their SHA-256).
    public var bytes: [UInt8]
    /// Where it came from.
    public var origin: Origin

    /// Creates a source.
    public init(id: String, displayName: String, bytes: [UInt8], origin: Origin) {
        self.id = id
        self.displayName = displayName
        self.bytes = bytes
        self.origin = origin
    }

    /// Hex SHA-256 of the bytes.
    public var sha256: String { JournalHash.sha256Hex(bytes) }

    /// Loads and validates the rubric: the rubric (if usable) and every diagnostic.
    public func load() -> (Rubric?, [Diagnostic]) { RubricCatalog.load(bytes: bytes, displayName: displayName) }

    /// The rubric, or an error listing the diagnostics.
    public func rubric() throws -> Rubric {
        let (rubric, diagnostics) = load()
        guard let rubric else { throw AppError(diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")) }
        return rubric
    }

    /// Where it came from, in words.
    public func originText(_ lang: Lang) -> String {
        switch origin {
        case .bundled: return lang.pick("内置", "bundled")
        case .folder(let dir): return lang.pick("目录 \(dir)", "folder \(dir)")
        case .file: return lang.pick("文件", "file")
        case .package(let id): return lang.pick("评审包 \(id)", "package \(id)")
        }
    }
}

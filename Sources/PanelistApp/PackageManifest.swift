import Foundation

/// The manifest of a review package (`manifest.json`, format `panelist-package/1`): what the office sent one person.
public struct PackageManifest: Codable, Sendable, Equatable {
    /// The format tag.
    public static let formatTag = "panelist-package/1"

    /// A file in the package, with its hash.
    public struct FileRef: Codable, Sendable, Equatable {
        /// Path inside the package.
        public var path: String
        /// Hex SHA-256 of its bytes.
        public var sha256: String
        /// Its size in bytes.
        public var size: Int64
    }

    /// The panel a package belongs to.
    public struct Panel: Codable, Sendable, Equatable {
        /// The panel's id.
        public var id: String
        /// The panel's title.
        public var title: String
    }

    /// Who the package is for.
    public struct Person: Codable, Sendable, Equatable {
        /// Name as journals must record it.
        public var name: String
        /// The pinned key fingerprint, if the office pinned one.
        public var key: String?
    }

    /// The rubric in the package.
    public struct RubricRef: Codable, Sendable, Equatable {
        /// Its id.
        public var id: String
        /// Path inside the package.
        public var file: String
        /// Hex SHA-256 of the file.
        public var sha256: String
    }

    /// An application in the package, with its attachments.
    public struct ApplicationRef: Codable, Sendable, Equatable {
        /// Its id.
        public var id: String
        /// The applicant's name.
        public var applicant: String
        /// Path inside the package.
        public var file: String
        /// Hex SHA-256 of the file.
        public var sha256: String
        /// Paths (inside the package) of its attachments (佐证材料).
        public var attachments: [String]
    }

    /// A declared conflict of interest.
    public struct Conflict: Codable, Sendable, Equatable {
        /// The application's id.
        public var application: String
        /// The reason given.
        public var reason: String
    }

    /// `panelist-package/1`.
    public var format: String
    /// The package's id, e.g. `zz-2024-panel-a-r1`; its install folder's name.
    public var id: String
    /// The panel.
    public var panel: Panel
    /// `reviewer` or `chair`.
    public var role: String
    /// The person it is for.
    public var person: Person
    /// The rubric.
    public var rubric: RubricRef
    /// The applications it holds.
    public var applications: [ApplicationRef]
    /// The application ids this person scores (empty for the chair).
    public var assignment: [String]
    /// Conflicts this person declared (those applications are not in the package).
    public var conflicts: [Conflict]
    /// Return deadline, local date `YYYY-MM-DD`.
    public var deadline: String?
    /// The office's note.
    public var note: String
    /// When it was made (UTC, ISO 8601).
    public var created: String
    /// The tool that made it.
    public var tool: String
    /// Every file of the package except `manifest.json`, with its hash.
    public var files: [FileRef]

    /// Whether the package is the chair's.
    public var isChair: Bool { role == "chair" }

    /// The manifest as JSON (sorted keys, pretty, UTF-8).
    public func encoded() throws -> [UInt8] { try ManifestJSON.encode(self) }

    /// Decodes a manifest; `file` names the package in errors.
    public static func decode(_ bytes: [UInt8], file: String) throws -> PackageManifest {
        let manifest = try ManifestJSON.decode(PackageManifest.self, bytes, file: file, what: "manifest.json")
        guard manifest.format == formatTag else {
            throw AppError("\(file): manifest.json has format '\(manifest.format)'; this version of panelist reads '\(formatTag)'")
        }
        guard SafePath.isIdentifier(manifest.id) else {
            throw AppError("\(file): the package id '\(manifest.id)' is not a plain id (letters, digits, . - _)")
        }
        return manifest
    }
}

import Foundation

/// The manifest of a return file (`return.json`, format `panelist-return/1`): one reviewer's results for one package.
public struct ReturnManifest: Codable, Sendable, Equatable {
    /// The format tag.
    public static let formatTag = "panelist-return/1"

    /// One journal returned.
    public struct JournalRef: Codable, Sendable, Equatable {
        /// The application it scores.
        public var application: String
        /// Path inside the return file.
        public var file: String
        /// Whether it was signed off when returned.
        public var signed: Bool
    }

    /// `panelist-return/1`.
    public var format: String
    /// The package it answers.
    public var package: String
    /// Hex SHA-256 of the package's `manifest.json` (a copy is in the return as `package.json`).
    public var packageManifestSHA256: String
    /// The panel.
    public var panel: PackageManifest.Panel
    /// The reviewer's name (as the package named them).
    public var reviewer: String
    /// The reviewer's key fingerprint.
    public var fingerprint: String
    /// Base64 of the reviewer's raw Ed25519 public key (also in `reviewer.pub`).
    public var publicKey: String
    /// The journals.
    public var journals: [JournalRef]
    /// The rationale printouts (paths inside the return file).
    public var rationale: [String]
    /// Assigned applications with no journal returned (only with `--partial`).
    public var missing: [String]
    /// Whether it was made with `--partial` (some assigned application not signed).
    public var partial: Bool
    /// When it was made (UTC, ISO 8601).
    public var created: String
    /// The tool that made it.
    public var tool: String
    /// Every file except `return.json`, with its hash.
    public var files: [PackageManifest.FileRef]

    /// The manifest as JSON (sorted keys, pretty, UTF-8).
    public func encoded() throws -> [UInt8] { try ManifestJSON.encode(self) }

    /// Decodes a manifest; `file` names the return file in errors.
    public static func decode(_ bytes: [UInt8], file: String) throws -> ReturnManifest {
        let manifest = try ManifestJSON.decode(ReturnManifest.self, bytes, file: file, what: "return.json")
        guard manifest.format == formatTag else {
            throw AppError("\(file): return.json has format '\(manifest.format)'; this version of panelist reads '\(formatTag)'")
        }
        return manifest
    }
}

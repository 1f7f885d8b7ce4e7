import PanelistCore

/// The result of importing a .docx: the application file's text, what the loader makes of it, and the report.
public struct DocxImport: Sendable {
    /// The `panelist-application/1` YAML to write.
    public var yaml: String
    /// The application as the loader reads `yaml` against the rubric; nil when the loader refuses it (see `diagnostics`).
    public var application: Application?
    /// The loader's diagnostics on `yaml` (file name: the output's).
    public var diagnostics: [Diagnostic]
    /// What was found, guessed and left.
    public var report: ImportReport

    /// Whether the written file is accepted by the loader as it stands.
    public var accepted: Bool { application != nil }
}

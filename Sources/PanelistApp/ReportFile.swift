/// One file of a report set: its name (a relative path) and how to render it, run on any core when its turn comes.
public struct ReportFile: Sendable {
    /// The file's path inside the report folder, e.g. `forms/A01-张三-7a6f.html`.
    public let name: String
    /// Renders the file's content.
    public let render: @Sendable () throws -> ReportContent

    /// A file rendered by `render`.
    public init(_ name: String, render: @escaping @Sendable () throws -> ReportContent) {
        self.name = name
        self.render = render
    }

    /// A text file rendered by `render`.
    public static func text(_ name: String, _ render: @escaping @Sendable () -> String) -> ReportFile {
        ReportFile(name) { .text(render()) }
    }
}

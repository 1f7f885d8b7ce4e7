import Yams

/// Composing a file's YAML into nodes for a loader: a syntax error or an empty file becomes a
/// diagnostic naming the file and line, the same way for every format.
enum YAMLDocument {
    /// The root node, or nil with the problem added to `sink`. `emptyHint` says what the file
    /// should start with; `resolver` is `.basic` where the loader reads every scalar as text.
    static func compose(_ yaml: String, file: String, resolver: Resolver = .default, emptyHint: String, into sink: DiagnosticSink) -> Node? {
        let start = SourceLocation(file: file, line: 1, column: 1)
        do {
            guard let node = try Yams.compose(yaml: yaml, resolver) else {
                sink.add(Diagnostic(.error, start, "the file is empty; \(emptyHint)"))
                return nil
            }
            return node
        } catch let error as YamlError {
            sink.add(RubricLoader.yamlDiagnostic(error, file: file))
        } catch {
            sink.add(Diagnostic(.error, start, "cannot read YAML: \(error)"))
        }
        return nil
    }
}

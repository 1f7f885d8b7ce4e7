/// Collects diagnostics while a file is read, so one run reports every problem.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Runs `body`; a thrown diagnostic is recorded and `nil` returned.
    func attempt<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let diagnostic as Diagnostic {
            add(diagnostic)
            return nil
        } catch {
            return nil
        }
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

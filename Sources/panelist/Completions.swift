import ArgumentParser
import PanelistApp
import PanelistCore

extension CompletionKind {
    /// The bundled rubric ids, for shell completion of `--rubric` and `rubric show`.
    static var rubricIDs: CompletionKind { .list(RubricLibrary.bundled().ids) }

    /// The rationale printout formats.
    static var rationaleFormats: CompletionKind { .list(RationaleFormat.allCases.map(\.rawValue)) }
}

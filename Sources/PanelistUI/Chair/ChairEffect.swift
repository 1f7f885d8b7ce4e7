import Foundation

/// Work the chair's screen asks its runner to do.
public enum ChairEffect: Sendable, Equatable {
    /// Append a resolution to the chair's journal, then call `ChairModel.confirmed(_:record:)`
    /// or `ChairModel.failed(_:reason:)`.
    case resolve(AppendID, application: String, indicator: String, value: Decimal, reason: String)
    /// Leave the program.
    case quit
}

import Foundation

/// Work the chair's screen asks its runner to do.
public enum ChairEffect: Sendable, Equatable {
    /// Append a resolution to the chair's journal, then call `ChairModel.resolved`.
    case resolve(application: String, indicator: String, value: Decimal, reason: String)
    case quit
}

import PanelistCore

/// Work the UI asks its runner to do; the model changes only when the runner reports back.
public enum Effect: Sendable, Equatable {
    /// Append an action to a session's journal durably, then call `AppModel.confirmed(_:record:)`
    /// with the record written, or `AppModel.failed(_:reason:)` when it was not written.
    case append(AppendRequest)
    /// Sign the session's journal with the reviewer's key; reported back like an append.
    case signOff(AppendID, session: Int)
    /// Write the per-indicator rationale printout for the session.
    case rationale(session: Int)
    /// Save the session's view (selection, scroll, expanded nodes) for resuming.
    case saveView(session: Int)
    /// Leave the program.
    case quit
}

/// An append the model is waiting for: its id, the session and the action.
public struct AppendRequest: Sendable, Equatable {
    /// Names the append in the runner's report.
    public var id: AppendID
    /// Index of the session whose journal it goes to.
    public var session: Int
    /// The action to append.
    public var action: JournalAction

    /// Creates a request.
    public init(id: AppendID, session: Int, action: JournalAction) {
        self.id = id
        self.session = session
        self.action = action
    }
}

/// Names one append effect, so its confirmation or failure finds what waits on it.
public struct AppendID: Sendable, Hashable, Comparable {
    /// A number unique within the model.
    public var value: Int
    /// Creates an id.
    public init(_ value: Int) { self.value = value }
    /// Orders by number (the order effects were made).
    public static func < (a: AppendID, b: AppendID) -> Bool { a.value < b.value }
}

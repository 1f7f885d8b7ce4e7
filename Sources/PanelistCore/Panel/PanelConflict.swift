/// A declared conflict of interest (回避): a member does not score an application, and why.
public struct PanelConflict: Sendable, Equatable {
    /// The application's id.
    public var application: String
    /// The reason the member gave, e.g. `曾任该企业顾问`.
    public var reason: String

    /// Creates a conflict.
    public init(application: String, reason: String) {
        self.application = application
        self.reason = reason
    }
}

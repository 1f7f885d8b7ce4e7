/// Which screen is shown, which application is open, and what overlays it.
public struct Route: Sendable, Equatable {
    /// The list or the review.
    public var screen: Screen
    /// Index of the session on the review screen (the last one opened).
    public var current: Int
    /// What takes the keyboard above the screen, if anything.
    public var overlay: Overlay?

    /// Which screen is shown.
    public enum Screen: Sendable, Equatable {
        case list
        case review
    }
}

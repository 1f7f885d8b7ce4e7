/// What a command's disabled reason is decided from: a small summary of the screen's state.
public struct CommandState: Sendable, Equatable {
    /// An application is open on the review screen.
    public var hasReview = false
    /// The open review is signed off.
    public var signedOff = false
    /// The reviewer recused from the open review.
    public var recused = false
    /// This session has an action to undo.
    public var canUndo = false
    /// This session has an undone action to redo.
    public var canRedo = false
    /// An evidence line is focused in the scoring panel.
    public var evidenceFocused = false
    /// The selected tree row takes a comment.
    public var commentable = false
    /// A search was made before.
    public var hasSearch = false
    /// There is somewhere to step back to (a pane, the list).
    public var canStepBack = false

    /// A state where nothing is open.
    public init() {}
}

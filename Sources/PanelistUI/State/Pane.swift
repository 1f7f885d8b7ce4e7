/// The review screen's panes, in Tab order.
public enum Pane: String, Sendable, Codable, CaseIterable {
    case tree
    case panel
    case text

    /// The next pane in Tab order (or the previous one).
    public func cycled(forward: Bool) -> Pane {
        let all = Pane.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + (forward ? 1 : all.count - 1)) % all.count]
    }

    /// The keyboard context of the pane.
    public var context: InputContext {
        switch self {
        case .tree: return .tree
        case .panel: return .panel
        case .text: return .text
        }
    }
}

import Foundation
import PanelistCore

/// One row of the scoring panel: what it shows and, for focusable rows, what it edits.
public struct PanelField: Sendable, Equatable {
    /// What the field edits; `.info` for rows that cannot be focused.
    public var target: Target
    /// Drawn before the label: a checkbox, a radio mark, a value in brackets.
    public var prefix: String
    /// The row's main text.
    public var label: String
    /// Drawn after the label: points, a band result.
    public var trailer: String
    /// How the row is drawn.
    public var style: ScreenGrid.Style

    /// Creates a panel row.
    public init(_ target: Target, prefix: String = "", label: String, trailer: String = "", style: ScreenGrid.Style = .normal) {
        self.target = target
        self.prefix = prefix
        self.label = label
        self.trailer = trailer
        self.style = style
    }

    /// What a field edits.
    public enum Target: Sendable, Equatable {
        /// Not focusable: a heading or an explanation.
        case info
        case option(indicator: String, part: String, option: String)
        case item(indicator: String, part: String, item: String)
        case count(indicator: String, part: String, line: String)
        case number(FigureKey)
        case manual(indicator: String, part: String)
        case coverage(indicator: String)
        case gateVerdict(gate: String, verdict: GateVerdict)
        case gateReason(gate: String)
        case evidence(EvidenceKey)
        case comment(TreeKey)
    }

    /// Whether the cursor can stop on the field.
    public var focusable: Bool { target != .info }
}

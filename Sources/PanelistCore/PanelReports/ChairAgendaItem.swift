import Foundation

/// One flagged indicator for the chair to discuss.
public struct ChairAgendaItem: Sendable, Equatable {
    /// The application id.
    public var application: String
    /// The indicator's panel figures, with every reviewer's entry.
    public var indicator: IndicatorPanel

    /// Creates an item.
    public init(application: String, indicator: IndicatorPanel) {
        self.application = application
        self.indicator = indicator
    }

    /// Whether the chair has recorded an agreed value.
    public var isResolved: Bool { indicator.resolution != nil }
}

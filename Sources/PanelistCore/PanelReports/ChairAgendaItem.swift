import Foundation

/// One flagged indicator for the chair to discuss.
public struct ChairAgendaItem: Sendable, Equatable {
    public var application: String
    public var indicator: IndicatorPanel

    /// Creates an item.
    public init(application: String, indicator: IndicatorPanel) {
        self.application = application
        self.indicator = indicator
    }

    /// Whether the chair has recorded an agreed value.
    public var isResolved: Bool { indicator.resolution != nil }
}

import Foundation

/// The chair's agreed value for one indicator of one application, with the reason.
public struct ChairResolution: Sendable, Equatable {
    /// The id of the application resolved.
    public var application: String
    /// The id of the indicator resolved.
    public var indicator: String
    /// The agreed value (exact, as the chair entered it).
    public var value: Decimal
    /// Why the panel agreed on this value.
    public var reason: String
    /// When it was recorded.
    public var time: Date
    /// Sequence number of the `resolve` record.
    public var seq: Int

    /// Creates a resolution.
    public init(application: String, indicator: String, value: Decimal, reason: String, time: Date, seq: Int) {
        self.application = application
        self.indicator = indicator
        self.value = value
        self.reason = reason
        self.time = time
        self.seq = seq
    }
}

import Foundation

/// The chair's agreed value for one indicator of one application, with the reason.
public struct ChairResolution: Sendable, Equatable {
    public var application: String
    public var indicator: String
    /// The agreed value (exact, as the chair entered it).
    public var value: Decimal
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

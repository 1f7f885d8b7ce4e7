/// An indicator of an application, as a chair resolution refers to it.
public struct ChairKey: Sendable, Hashable, Comparable {
    /// The application id.
    public var application: String
    /// The indicator id within the rubric.
    public var indicator: String

    /// Creates a key.
    public init(application: String, indicator: String) {
        self.application = application
        self.indicator = indicator
    }

    /// Orders by application, then indicator id.
    public static func < (a: ChairKey, b: ChairKey) -> Bool { (a.application, a.indicator) < (b.application, b.indicator) }
}

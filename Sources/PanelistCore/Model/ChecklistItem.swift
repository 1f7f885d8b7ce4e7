import Foundation

/// A □ item of a checklist; in `levels` mode the items are rising levels in order.
public struct ChecklistItem: Sendable, Equatable {
    public var id: String
    public var text: LocalizedText
    /// Points for the item; absent only in `record` mode.
    public var points: Varying<Decimal>?
    public var when: Condition?
    public var location: SourceLocation?

    public init(id: String, text: LocalizedText, points: Varying<Decimal>? = nil, when: Condition? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.text = text
        self.points = points
        self.when = when
        self.location = location
    }
}

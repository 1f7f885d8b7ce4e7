import Foundation

/// A □ item of a checklist; in `levels` mode the items are rising levels in order.
public struct ChecklistItem: Sendable, Equatable {
    /// Stable id of the item within its part.
    public var id: String
    /// The item's text, verbatim from the seed.
    public var text: LocalizedText
    /// Points for the item; absent only in `record` mode.
    public var points: Varying<Decimal>?
    /// The item applies only to applicants meeting this condition.
    public var when: Condition?
    /// Where the item is written in the rubric file, if loaded from one.
    public var location: SourceLocation?

    /// Creates a checklist item.
    public init(id: String, text: LocalizedText, points: Varying<Decimal>? = nil, when: Condition? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.text = text
        self.points = points
        self.when = when
        self.location = location
    }
}

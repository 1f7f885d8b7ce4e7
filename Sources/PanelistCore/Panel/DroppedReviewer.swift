import Foundation

/// A reviewer left out of an application's panel values by 去掉一个最高总分和一个最低总分.
public struct DroppedReviewer: Sendable, Equatable {
    /// Which end of the totals the reviewer was at.
    public enum End: String, Sendable {
        /// The highest total.
        case highest
        /// The lowest total.
        case lowest
    }

    /// The reviewer id.
    public var reviewer: String
    /// The reviewer's own total for the application.
    public var total: Decimal
    /// Highest or lowest.
    public var end: End

    /// Creates an entry.
    public init(reviewer: String, total: Decimal, end: End) {
        self.reviewer = reviewer
        self.total = total
        self.end = end
    }
}

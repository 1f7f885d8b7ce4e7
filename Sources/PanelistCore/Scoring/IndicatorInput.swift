import Foundation

/// A reviewer's entries for one indicator, keyed by part id (and number id for numbers).
///
/// A key that is present means the part was answered: `ticks["1"] = []` records that the
/// reviewer looked and found no item, which differs from not having looked.
public struct IndicatorInput: Sendable, Equatable {
    /// Part id → chosen option id.
    public var choices: [String: String]
    /// Part id → ticked item ids.
    public var ticks: [String: Set<String>]
    /// Part id → line id → count.
    public var counts: [String: [String: Int]]
    /// Number id → value.
    public var numbers: [String: Decimal]
    /// Part id → points entered by the expert.
    public var manual: [String: Decimal]

    /// Creates an indicator's entries; by default nothing is entered.
    public init(
        choices: [String: String] = [:], ticks: [String: Set<String>] = [:], counts: [String: [String: Int]] = [:],
        numbers: [String: Decimal] = [:], manual: [String: Decimal] = [:]
    ) {
        self.choices = choices
        self.ticks = ticks
        self.counts = counts
        self.numbers = numbers
        self.manual = manual
    }

    /// Whether nothing at all was entered.
    public var isEmpty: Bool {
        choices.isEmpty && ticks.isEmpty && counts.isEmpty && numbers.isEmpty && manual.isEmpty
    }
}

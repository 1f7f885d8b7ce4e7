import Foundation

/// What the application states, used only to suggest values the reviewer then confirms.
public struct ApplicationFacts: Sendable, Equatable {
    /// Fact id → stated value (e.g. `investment_total` → 1800).
    public var numbers: [String: Decimal]
    /// Scenario ids the application claims.
    public var scenarios: Set<String>
    /// Claimed scenarios outside the table.
    public var otherScenarios: Int

    /// Creates facts; by default nothing is stated.
    public init(numbers: [String: Decimal] = [:], scenarios: Set<String> = [], otherScenarios: Int = 0) {
        self.numbers = numbers
        self.scenarios = scenarios
        self.otherScenarios = otherScenarios
    }
}

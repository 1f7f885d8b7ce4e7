import Foundation

/// Everything one reviewer has entered for one application: the state a journal replays to.
public struct ReviewerInputs: Sendable, Equatable {
    /// Gate id → the reviewer's verdict and reason.
    public var gates: [String: GateInput]
    /// Indicator id → the reviewer's entries for it.
    public var indicators: [String: IndicatorInput]
    /// Scenario ids the reviewer confirmed as covered (from the rubric's scenario table).
    public var scenarios: Set<String>
    /// Confirmed scenarios outside the table (上述未列出的其他场景).
    public var otherScenarios: Int
    /// Whether the reviewer has confirmed the scenario coverage at all.
    public var coverageConfirmed: Bool

    /// Creates a reviewer's entries; by default nothing is entered.
    public init(
        gates: [String: GateInput] = [:], indicators: [String: IndicatorInput] = [:],
        scenarios: Set<String> = [], otherScenarios: Int = 0, coverageConfirmed: Bool = false
    ) {
        self.gates = gates
        self.indicators = indicators
        self.scenarios = scenarios
        self.otherScenarios = otherScenarios
        self.coverageConfirmed = coverageConfirmed
    }

    /// The entries for an indicator (empty when nothing was entered).
    public subscript(indicator id: String) -> IndicatorInput {
        get { indicators[id] ?? IndicatorInput() }
        set { indicators[id] = newValue.isEmpty ? nil : newValue }
    }
}

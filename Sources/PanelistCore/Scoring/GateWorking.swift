import Foundation

/// How a gate's suggestion was worked out from the application's figures, in a form that can be
/// written in either language (`GateResult.working(_:symbols:)`).
public enum GateWorking: Sendable, Equatable {
    /// A stated fact compared with the gate's bound.
    case fact(id: String, value: Decimal, unit: String, op: Bound.Op, bound: Decimal, holds: Bool)
    /// Coverage counted against the gate's requirement (no tier: `tier` is nil when unmet).
    case coverage(CoverageWorking)
}

extension GateResult {
    /// The suggestion's working in words, e.g. `investment_total = 42万元，不满足 ≥ 300万元` or
    /// `核实 1 个环节、2 个场景；不满足：环节 1 < 2，场景 2 < 3`.
    public func working(_ lang: Lang, symbols: DerivationSymbols = .standard) -> String? {
        guard let working = self.working else { return nil }
        let writer = DerivationWriter(lang: lang, symbols: symbols)
        switch working {
        case .fact(let id, let value, let unit, let op, let bound, let holds):
            let sign = symbols == .ascii ? [Bound.Op.atLeast: ">=", .above: ">", .atMost: "<=", .below: "<"][op] ?? "" : op.symbol
            let test = "\(sign) \(bound.plain)\(unit)"
            return "\(id) = \(writer.exact(value))\(unit)" + (holds ? lang.pick("，满足 \(test)", ", meets \(test)") : lang.pick("，不满足 \(test)", ", not \(test)"))
        case .coverage(let w):
            return writer.gateCoverage(w)
        }
    }
}

import Foundation

/// A verified figure that differs from the application's, with the reviewer's reason: the
/// line shown under the indicator's comment on screen and in the printouts.
///
/// It is derived from the current entries whenever it is shown, never stored in the comment,
/// so changing the figure changes the line, and changing it back to the application's figure
/// removes it. The reviewer's own comment is never touched.
public struct FigureOverride: Sendable, Equatable {
    /// The number field.
    public var key: FigureKey
    /// The field's title.
    public var title: LocalizedText
    /// The field's unit (e.g. `万元`).
    public var unit: String
    /// The application's figure; `nil` when the application is not at hand (a panel report).
    public var stated: Decimal?
    /// The figure the reviewer verified.
    public var verified: Decimal
    /// Why it differs, as the reviewer wrote it; `nil` when none was given.
    public var reason: String?

    /// Creates an override line's content.
    public init(key: FigureKey, title: LocalizedText, unit: String, stated: Decimal?, verified: Decimal, reason: String?) {
        self.key = key
        self.title = title
        self.unit = unit
        self.stated = stated
        self.verified = verified
        self.reason = reason
    }

    /// The line, e.g. `核心装备购置费及服务费用总额：申报书 1800万元，核实为 1450万元。理由：审计报告仅认可1450万元`.
    public func line(_ lang: Lang, variant: String? = nil) -> String {
        let name = title.text(lang, variant: variant)
        var out: String
        if let stated {
            out = lang.pick("\(name)：申报书 \(stated.plain)\(unit)，核实为 \(verified.plain)\(unit)。",
                            "\(name): application states \(stated.plain)\(unit), verified \(verified.plain)\(unit).")
        } else {
            out = lang.pick("\(name)：核实为 \(verified.plain)\(unit)。", "\(name): verified \(verified.plain)\(unit).")
        }
        if let reason, !reason.isEmpty {
            out += lang.pick("理由：", " Reason: ") + reason
        } else {
            out += lang.pick("（未写理由）", " (no reason given)")
        }
        return out
    }

    /// The overrides of one indicator, in the rubric's order of its numbers.
    ///
    /// With the application's figures (`stated`), a figure is an override when it differs from
    /// the application's; without them (`nil`), when the reviewer gave a reason for it.
    public static func of(_ node: RubricNode, state: ReviewState, stated: [FigureKey: Decimal]?) -> [FigureOverride] {
        let input = state.inputs.indicators[node.id]
        var out: [FigureOverride] = []
        for field in node.numbers where !field.isDerived {
            let key = FigureKey(indicator: node.id, number: field.id)
            guard let verified = input?.numbers[field.id] else { continue }
            let reason = state.figureReasons[key]
            if let stated {
                guard let figure = stated[key], figure != verified else { continue }
                out.append(FigureOverride(key: key, title: field.title, unit: field.unit, stated: figure, verified: verified, reason: reason))
            } else if reason != nil {
                out.append(FigureOverride(key: key, title: field.title, unit: field.unit, stated: nil, verified: verified, reason: reason))
            }
        }
        return out
    }

    /// The application's figure per number field, as its suggestions state them.
    public static func statedFigures(_ suggestions: [Suggestion]) -> [FigureKey: Decimal] {
        var out: [FigureKey: Decimal] = [:]
        for suggestion in suggestions {
            if case .number(let indicator, let number) = suggestion.target, let value = suggestion.value {
                out[FigureKey(indicator: indicator, number: number)] = value
            }
        }
        return out
    }
}

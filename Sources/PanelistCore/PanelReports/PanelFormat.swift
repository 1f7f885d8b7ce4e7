import Foundation

/// Shared wording and number formatting of the panel renderers.
public struct PanelFormat: Sendable {
    /// The rubric that supplies titles.
    public let rubric: Rubric
    /// The language of the wording.
    public let lang: Lang
    let titles: [String: LocalizedText]

    /// Creates a formatter for a rubric and a language.
    public init(rubric: Rubric, lang: Lang) {
        self.rubric = rubric
        self.lang = lang
        var t: [String: LocalizedText] = [:]
        for node in rubric.allNodes { t[node.id] = node.title }
        for gate in rubric.gates { t[gate.id] = gate.title }
        titles = t
    }

    /// The title of a node or gate.
    public func title(_ id: String, variant: String? = nil) -> String { titles[id]?.text(lang, variant: variant) ?? id }

    /// A reviewer's points: exact, without trailing zeros.
    public func points(_ d: Decimal?) -> String { d.map(\.plain) ?? "—" }

    /// A panel figure with the rubric's decimal places, e.g. `7.50`.
    public func value(_ d: Decimal?) -> String { d.map { rubric.panel.rounding.format($0) } ?? "—" }

    /// A merge rule's name.
    public func rule(_ r: MergeRule) -> String {
        switch r {
        case .mean: return lang.pick("算术平均", "mean")
        case .median: return lang.pick("中位数", "median")
        case .trimmedMean: return lang.pick("去掉一个最高分和一个最低分后平均（不足5人时平均）", "trimmed mean (drop highest and lowest with 5 or more reviewers, else mean)")
        }
    }

    /// A short merge-rule tag for tables.
    public func ruleTag(_ ind: IndicatorPanel) -> String {
        switch ind.rule {
        case .mean: return lang.pick("平均", "mean")
        case .median: return lang.pick("中位数", "median")
        case .trimmedMean: return ind.trimmed ? lang.pick("去高低", "trimmed") : lang.pick("平均", "mean")
        }
    }

    /// The panel rules in one paragraph.
    public func rulesText(_ rules: PanelRules) -> [String] {
        var out: [String] = []
        out.append(lang.pick("合并规则：", "Merge rule: ") + rule(rules.rule) + (rules.declared ? "" : lang.pick("（默认）", " (default)")))
        let mode: String
        switch rules.rounding.mode {
        case .halfUp: mode = lang.pick("四舍五入", "half up")
        case .halfEven: mode = lang.pick("银行家舍入", "half even")
        case .down: mode = lang.pick("截断", "truncate")
        }
        out.append(lang.pick("取舍：每项指标的专家组分值精确计算后按\(mode)保留 \(rules.rounding.places) 位小数（只取舍一次）；小计、总分为取舍后指标分值之和，再逐级封顶。",
                             "Rounding: each indicator's panel value is computed exactly and rounded \(mode) to \(rules.rounding.places) places, once; subtotals and totals are sums of the rounded values, capped at every level."))
        var div: [String] = []
        if let f = rules.divergence.spreadFraction { div.append(lang.pick("极差超过满分的 \((f * 100).plain)%", "spread above \((f * 100).plain)% of the cap")) }
        if let d = rules.divergence.medianDistance { div.append(lang.pick("有专家偏离中位数超过满分的 \((d * 100).plain)%", "a reviewer more than \((d * 100).plain)% of the cap from the median")) }
        out.append(lang.pick("分歧标记：", "Divergence flag: ") + div.joined(separator: lang.pick("，或", ", or ")))
        out.append(rules.gateRule == .anyFail
                   ? lang.pick("基本要求：任一专家判定不通过即为不通过（列出理由）。", "Gates: any reviewer's fail fails the gate (reasons shown).")
                   : lang.pick("基本要求：过半数专家判定不通过即为不通过（列出全部不通过理由）。", "Gates: the gate fails when more than half of the reviewers fail it (every fail shown with its reason)."))
        out.append(lang.pick("组长裁定值与计算值并列显示；小计和总分采用裁定值（如有），计算总分另列。",
                             "The chair's agreed value is shown beside the computed value; subtotals and totals use the agreed value where recorded, and the computed total is shown too."))
        return out
    }

    /// A gate verdict's label.
    public func verdict(_ v: GateVerdict) -> String {
        switch v {
        case .pass: return lang.pick("通过", "pass")
        case .fail: return lang.pick("不通过", "fail")
        case .pending: return lang.pick("待定", "pending")
        }
    }

    /// An intake entry's issues in one line.
    public func issues(_ e: IntakeEntry) -> String {
        e.issues.map { "\($0.kind.label(lang)): \($0.detail)" }.joined(separator: "; ")
    }
}

import Foundation

/// What the application's figures suggest for one number, coverage or gate; the reviewer
/// confirms it or overrides it with a reason (the figure is verified on site).
public struct Suggestion: Sendable, Equatable {
    /// The number, coverage or gate the suggestion is for.
    public var target: Target
    /// The figure as the application states it, e.g. `1,800万元`, or the coverage counted.
    public var stated: String
    /// The figure's value (numbers and derived ratios; `nil` for gates without one and coverage).
    public var value: Decimal?
    /// The rubric's unit of the figure.
    public var unit: String
    /// The band reached (id and the seed's label), for numbers scored by bands.
    public var band: String?
    /// The seed's label of the band reached, if any.
    public var bandLabel: String?
    /// Points the part would score if the reviewer accepts the figure (`nil`: recorded, not scored).
    public var points: Decimal?
    /// For gates: the verdict the figures suggest (`nil` when a figure is missing).
    public var verdict: GateVerdict?
    /// The working, e.g. `420 ÷ 1160 × 100 = 36.21` or `1800 ≥ 300`.
    public var working: String
    /// The stated figure in English, when it is words rather than the application's own text (coverage counted).
    public var statedEnglish: String?

    /// Creates a suggestion; only the target and stated figure are required.
    public init(target: Target, stated: String, value: Decimal? = nil, unit: String = "", band: String? = nil, bandLabel: String? = nil,
                points: Decimal? = nil, verdict: GateVerdict? = nil, working: String = "") {
        self.target = target
        self.stated = stated
        self.value = value
        self.unit = unit
        self.band = band
        self.bandLabel = bandLabel
        self.points = points
        self.verdict = verdict
        self.working = working
    }

    /// What a suggestion is about.
    public enum Target: Sendable, Equatable, Hashable {
        /// A number field of an indicator (`2.1` / `investment`).
        case number(indicator: String, number: String)
        /// The scenario coverage part of an indicator (`2.3`).
        case coverage(indicator: String)
        /// A gate's check (`G2`).
        case gate(String)

        /// The indicator or gate id.
        public var id: String {
            switch self {
            case .number(let indicator, _), .coverage(let indicator): return indicator
            case .gate(let id): return id
            }
        }
    }

    /// One line for the reviewer, e.g. `申报书填报 1,800万元 → B档（大于等于1500万元且小于3000万元）10分`.
    public func text(_ lang: Lang) -> String {
        var out = lang.pick("申报书填报 ", "application states ") + (lang == .en ? statedEnglish ?? stated : stated)
        switch target {
        case .gate:
            if !working.isEmpty { out += " (\(working))" }
            switch verdict {
            case .pass?: out += lang.pick(" → 建议：满足", " → suggests: pass")
            case .fail?: out += lang.pick(" → 建议：不满足", " → suggests: fail")
            default: out += lang.pick(" → 无法判断（缺少数据）", " → no suggestion (figure missing)")
            }
        case .number, .coverage:
            if let points {
                let bandText = band.map { b in lang.pick("\(b)档", "band \(b)") + (bandLabel.map { lang.pick("（\($0)）", " (\($0))") } ?? "") } ?? ""
                out += " → " + (bandText.isEmpty ? "" : bandText + " ") + lang.pick("\(points.plain)分", "\(points.plain) points")
            } else if band == nil, working.contains("∉") {
                out += lang.pick(" → 不在任何分档内", " → falls in no band")
            }
        }
        return out
    }
}

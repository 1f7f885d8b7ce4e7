/// Krippendorff's alpha with the interval metric, for units rated by varying sets of raters.
///
/// α = 1 − D_o / D_e, where D_o is the disagreement within units and D_e the disagreement
/// expected from all pairable values; only units with at least two values count. It copes
/// with missing ratings (recusals, reviewers assigned to some applications only), which
/// ICC(2,k) cannot without imputing.
public enum KrippendorffAlpha {
    /// The figure and the data it rests on.
    public struct Result: Sendable, Equatable {
        /// α, or `nil` when there is no expected disagreement or too few data.
        public var alpha: Double?
        /// Units with at least two values.
        public var units: Int
        /// Pairable values in those units.
        public var values: Int

        /// Creates a result.
        public init(alpha: Double?, units: Int, values: Int) {
            self.alpha = alpha
            self.units = units
            self.values = values
        }
    }

    /// α over units, each a list of the values its raters gave (in a fixed order for determinism).
    public static func interval(_ units: [[Double]]) -> Result {
        let pairable = units.filter { $0.count >= 2 }
        let n = pairable.reduce(0) { $0 + $1.count }
        guard n >= 2 else { return Result(alpha: nil, units: pairable.count, values: n) }
        // Σ_{i≠j} (v_i − v_j)² = 2 (m Σv² − (Σv)²) within a set of m values.
        var observed = 0.0
        var sum = 0.0
        var sumSquares = 0.0
        for unit in pairable {
            let m = Double(unit.count)
            var s = 0.0
            var q = 0.0
            for v in unit { s += v; q += v * v }
            observed += 2 * (m * q - s * s) / (m - 1)
            sum += s
            sumSquares += q
        }
        let total = Double(n)
        let dObserved = observed / total
        let dExpected = 2 * (total * sumSquares - sum * sum) / (total * (total - 1))
        guard dExpected > 0 else { return Result(alpha: nil, units: pairable.count, values: n) }
        return Result(alpha: 1 - dObserved / dExpected, units: pairable.count, values: n)
    }

    /// A plain-language reading of α (Krippendorff's own guidance: ≥ 0.800 reliable, ≥ 0.667 tentative).
    public static func reading(_ alpha: Double, _ lang: Lang) -> String {
        if alpha >= 0.8 {
            return lang.pick("专家评分一致性好（α ≥ 0.800）：可以依据合并结果作出结论。",
                             "The reviewers agree well (α ≥ 0.800): conclusions can rest on the merged figures.")
        }
        if alpha >= 0.667 {
            return lang.pick("专家评分基本一致（0.667 ≤ α < 0.800）：结论可作参考，分歧较大的指标宜讨论。",
                             "The reviewers agree moderately (0.667 ≤ α < 0.800): draw tentative conclusions and discuss the divergent indicators.")
        }
        if alpha >= 0 {
            return lang.pick("专家评分一致性差（α < 0.667）：评分尺度不统一，建议组长组织校准讨论后再定结论。",
                             "The reviewers agree poorly (α < 0.667): they apply the rubric differently; calibrate before concluding.")
        }
        return lang.pick("专家评分分歧大于随机（α < 0）：请检查是否有专家误解了细则或录入有误。",
                         "Disagreement exceeds chance (α < 0): check whether a reviewer misread the rubric or mis-entered scores.")
    }
}

/// How one reviewer's points differ from the panel median: calibration advice for the chair only.
public struct ReviewerDeviation: Sendable, Equatable {
    /// The reviewer id.
    public var reviewer: String
    /// Indicators compared (applicable, with at least two scoring reviewers).
    public var indicators: Int
    /// Mean of (points − median) ÷ cap: positive means more generous than the panel.
    public var meanSigned: Double
    /// Mean of |points − median| ÷ cap.
    public var meanAbsolute: Double
    /// Applications compared on totals.
    public var applications: Int
    /// Mean of (reviewer's own total − median of the reviewers' totals), in points.
    public var meanTotalDeviation: Double

    /// Creates a deviation entry.
    public init(reviewer: String, indicators: Int, meanSigned: Double, meanAbsolute: Double, applications: Int, meanTotalDeviation: Double) {
        self.reviewer = reviewer
        self.indicators = indicators
        self.meanSigned = meanSigned
        self.meanAbsolute = meanAbsolute
        self.applications = applications
        self.meanTotalDeviation = meanTotalDeviation
    }

    /// Calibration advice in plain words.
    public func advice(_ lang: Lang) -> String {
        let pct = Int((meanSigned * 100).rounded())
        if indicators < 5 { return lang.pick("数据太少，暂不评价。", "Too few data to advise.") }
        if meanSigned > 0.1 { return lang.pick("评分总体偏高（平均高于中位数满分的 \(pct)%），建议对照细则校准。", "Scores generously (on average \(pct)% of the cap above the median); calibrate against the rubric.") }
        if meanSigned < -0.1 { return lang.pick("评分总体偏低（平均低于中位数满分的 \(-pct)%），建议对照细则校准。", "Scores strictly (on average \(-pct)% of the cap below the median); calibrate against the rubric.") }
        if meanAbsolute > 0.2 { return lang.pick("偏高偏低不定，离散较大，建议讨论评分依据。", "No overall bias but large scatter; discuss the grounds of the scores.") }
        return lang.pick("与专家组基本一致。", "In line with the panel.")
    }
}

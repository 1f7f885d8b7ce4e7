import Foundation

/// Agreement figures as Markdown, for the chair only (never part of the programme office's report).
public enum AgreementMarkdown {
    static func fixed(_ x: Double, _ places: Int) -> String {
        let scale = pow(10.0, Double(places))
        let v = (x * scale).rounded() / scale
        var text = String(format: "%.\(places)f", v)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return text
    }

    /// Renders the chair-only agreement figures.
    public static func render(_ report: PanelReport, lang: Lang) -> String {
        let a = report.agreement
        var o: [String] = []
        o.append("# " + lang.pick("专家评分一致性（仅供组长）", "Reviewer agreement (chair only)"))
        o.append("")
        o.append(lang.pick("本文件仅供组长校准评分尺度使用，不提交项目主管部门。", "For the chair's calibration only; not part of the report for the programme office."))
        o.append("")
        o.append("## " + lang.pick("评分信度：Krippendorff's α（区间尺度）", "Reliability: Krippendorff's alpha (interval metric)"))
        o.append("")
        o.append(lang.pick("采用 Krippendorff's α 而非 ICC(2,k)：回避和分组评审使各申报的专家不完全相同，α 可直接处理缺失评分。",
                           "Krippendorff's alpha is used rather than ICC(2,k): recusals and split panels leave applications with different reviewers, which alpha handles without imputation."))
        o.append("")
        for (label, result, ok) in [(lang.pick("总分（单位：申报）", "Totals (units: applications)"), a.totals, a.totalsReportable),
                                    (lang.pick("指标分值÷满分（单位：申报×指标）", "Indicator points ÷ cap (units: application × indicator)"), a.indicators, a.indicatorsReportable)] {
            if ok, let alpha = result.alpha {
                o.append("- \(label): α = \(fixed(alpha, 3)) (\(result.units) " + lang.pick("个单位", "units") + ", \(result.values) " + lang.pick("个评分", "ratings") + ") — " + KrippendorffAlpha.reading(alpha, lang))
            } else {
                o.append("- \(label): " + lang.pick("数据不足（至少需要 \(AgreementFigures.minimumUnits) 个有两名以上专家评分的单位，且评分不全相同）",
                                                    "not enough data (needs at least \(AgreementFigures.minimumUnits) units with two or more reviewers, and some variation)") +
                         " (\(result.units))")
            }
        }
        o.append("")
        o.append("## " + lang.pick("各专家相对专家组中位数的偏差", "Each reviewer's deviation from the panel median"))
        o.append("")
        o.append("| " + [lang.pick("专家", "Reviewer"), lang.pick("指标数", "Indicators"), lang.pick("平均偏差（满分%）", "Mean deviation (% of cap)"),
                         lang.pick("平均绝对偏差（满分%）", "Mean absolute deviation (% of cap)"), lang.pick("申报数", "Applications"),
                         lang.pick("总分平均偏差（分）", "Mean total deviation (points)"), lang.pick("建议", "Advice")].joined(separator: " | ") + " |")
        o.append("|---|---|---|---|---|---|---|")
        for d in a.deviations {
            o.append("| \(report.reviewerLabel(d.reviewer)) | \(d.indicators) | \(fixed(d.meanSigned * 100, 1)) | \(fixed(d.meanAbsolute * 100, 1)) | \(d.applications) | \(fixed(d.meanTotalDeviation, 2)) | \(d.advice(lang)) |")
        }
        o.append("")
        return o.joined(separator: "\n")
    }
}

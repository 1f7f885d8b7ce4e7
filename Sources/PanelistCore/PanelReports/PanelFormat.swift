import Foundation

/// Shared wording and number formatting of the panel renderers: every word in the output's
/// language, every rubric text from the rubric (option texts, part titles, variant labels),
/// every time local with its offset.
public struct PanelFormat: Sendable {
    /// The rubric that supplies titles.
    public let rubric: Rubric
    /// The language of the wording.
    public let lang: Lang
    /// The time zone times are shown in.
    public let zone: TimeZone
    let titles: [String: LocalizedText]

    /// Creates a formatter for a rubric, a language and a time zone.
    public init(rubric: Rubric, lang: Lang, zone: TimeZone = .current) {
        self.rubric = rubric
        self.lang = lang
        self.zone = zone
        var t: [String: LocalizedText] = [:]
        for node in rubric.allNodes { t[node.id] = node.title }
        for gate in rubric.gates { t[gate.id] = gate.title }
        titles = t
    }

    /// The title of a node or gate for a variant.
    public func title(_ id: String, variant: String? = nil) -> String { titles[id]?.text(lang, variant: variant) ?? id }

    /// A reviewer's points: exact, without trailing zeros.
    public func points(_ d: Decimal?) -> String { d.map(\.plain) ?? "—" }

    /// A panel figure with the rubric's decimal places, e.g. `7.50`.
    public func value(_ d: Decimal?) -> String { d.map { rubric.panel.rounding.format($0) } ?? "—" }

    /// A node's cap as shown on its own (not in a column): `10（默认）` when it is a Panelist default.
    public func cap(_ d: Decimal, node: String) -> String { DefaultMark.figure(d.plain, isDefault: rubric.capIsDefault(node), lang) }

    /// A time as people read it: local, with its offset.
    public func time(_ date: Date) -> String { LocalTime.format(date, in: zone, lang: lang) }

    /// `、` in Chinese, `, ` in English.
    public var comma: String { lang.pick("、", ", ") }

    /// Words in brackets: `（…）` in Chinese, ` (…)` in English.
    public func paren(_ s: String) -> String { lang.pick("（\(s)）", " (\(s))") }

    /// A variant's label, e.g. 标杆车间 (never its id).
    public func variantLabel(_ variant: String?) -> String? {
        variant.flatMap { rubric.variant($0)?.title.text(lang) }
    }

    /// `id 申报单位 — 项目名称` (and the variant's label) for headings and rows.
    public func applicationLine(_ a: ApplicationPanel) -> String {
        var out = a.id
        if let info = a.info {
            out += " " + info.line
        }
        return out
    }

    /// A merge rule's name.
    public func rule(_ r: MergeRule) -> String {
        switch r {
        case .mean: return lang.pick("算术平均", "mean")
        case .median: return lang.pick("中位数", "median")
        case .trimmedMean: return lang.pick("逐项去掉一个最高分和一个最低分后平均（不足5人时平均）", "per indicator, drop the highest and the lowest value, then the mean (the mean below five reviewers)")
        case .dropExtremeTotals:
            return lang.pick("去掉一个最高总分和一个最低总分：去掉总分最高和最低的两位专家后，其余专家逐项平均，指标分之和即总分（不足5人时全部平均；总分相同时去掉按姓名排在前的一位）",
                             "drop the highest and the lowest total: the reviewers with the highest and the lowest total are left out and the rest are averaged per indicator, so the indicators add up to the total (all are averaged below five reviewers; of tied totals, the first by name is dropped)")
        }
    }

    /// A short merge-rule tag for tables.
    public func ruleTag(_ ind: IndicatorPanel) -> String {
        switch ind.rule {
        case .mean: return lang.pick("平均", "mean")
        case .median: return lang.pick("中位数", "median")
        case .trimmedMean: return ind.trimmed ? lang.pick("去高低分", "trimmed") : lang.pick("平均", "mean")
        case .dropExtremeTotals: return ind.trimmed ? lang.pick("去高低总分", "high/low totals dropped") : lang.pick("平均", "mean")
        }
    }

    /// Who was dropped by 去掉一个最高总分和一个最低总分, e.g. `去掉最高总分：张华（92）；去掉最低总分：王芳（71）`.
    public func dropped(_ a: ApplicationPanel, _ report: PanelReport) -> String? {
        guard a.rule == .dropExtremeTotals else { return nil }
        guard !a.dropped.isEmpty else {
            return a.reviewers.isEmpty ? nil : lang.pick("评分专家不足5人，未去掉最高和最低总分，全部平均。", "Fewer than five reviewers: no totals dropped, all are averaged.")
        }
        return a.dropped.map { d in
            (d.end == .highest ? lang.pick("去掉最高总分：", "highest total dropped: ") : lang.pick("去掉最低总分：", "lowest total dropped: "))
                + report.reviewerLabel(d.reviewer) + paren(d.total.plain)
        }.joined(separator: lang.pick("；", "; "))
    }

    /// The panel rules in lines.
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

    /// Why an indicator is flagged, in words, e.g. `极差 10 超过 3（满分 10 的 30%）`.
    public func divergence(_ ind: IndicatorPanel, _ report: PanelReport? = nil) -> [String] {
        ind.divergence.map { d in
            switch d {
            case let .spread(spread, limit, fraction, cap):
                return lang.pick("极差 \(spread.plain) 超过 \(limit.plain)（满分 \(cap.plain) 的 \((fraction * 100).plain)%）",
                                 "spread \(spread.plain) above \(limit.plain) (\((fraction * 100).plain)% of the cap \(cap.plain))")
            case let .farFromMedian(reviewers, limit, fraction, median):
                let who = reviewers.map { id in report?.reviewerLabel(id) ?? ind.scores.first { $0.reviewer == id }?.name ?? id }.joined(separator: comma)
                return lang.pick("\(who) 偏离中位数 \(median.plain) 超过 \(limit.plain)（满分的 \((fraction * 100).plain)%）",
                                 "\(who) more than \(limit.plain) (\((fraction * 100).plain)% of the cap) from the median \(median.plain)")
            }
        }
    }

    /// The options a reviewer chose, by the rubric's own texts, e.g. `A 三级及以上`; a part's title leads when the indicator has several.
    public func choices(_ s: ReviewerScore, indicator: String, variant: String?) -> String {
        guard let node = rubric.node(indicator) else { return s.option }
        var out: [String] = []
        for part in node.parts {
            guard case .choice(let options) = part.rule, let chosen = s.choices[part.id] else { continue }
            let text = chosen == ScoringPart.noneAnswer ? lang.pick("以上均不符合", "none of these")
                : chosen + " " + (options.first { $0.id == chosen }?.text.text(lang, variant: variant) ?? "")
            out.append(partLead(part, node) + text)
        }
        return out.joined(separator: lang.pick("；", "; "))
    }

    /// The items a reviewer ticked, by the rubric's own texts.
    public func ticks(_ s: ReviewerScore, indicator: String, variant: String?) -> String {
        guard let node = rubric.node(indicator) else { return s.ticks }
        var out: [String] = []
        for part in node.parts {
            guard case .checklist(_, let items) = part.rule, let ticked = s.ticked[part.id] else { continue }
            let names = items.filter { ticked.contains($0.id) }.map { "\($0.id) \($0.text.text(lang, variant: variant))" }
            out.append(partLead(part, node) + (names.isEmpty ? lang.pick("均不具备", "none") : names.joined(separator: comma)))
        }
        return out.joined(separator: lang.pick("；", "; "))
    }

    func partLead(_ part: ScoringPart, _ node: RubricNode) -> String {
        guard node.parts.count > 1 else { return "" }
        let name = part.title?.text(lang) ?? lang.pick("部分 \(part.id)", "part \(part.id)")
        return name + lang.pick("：", ": ")
    }

    /// A mark's word: 已见 / 缺失 / 存疑, or 未标记.
    public func mark(_ m: EvidenceMark?) -> String { m.map { SheetVocabulary.markWord($0, lang) } ?? lang.pick("未标记", "not marked") }

    /// The text of an evidence item of a gate or indicator.
    public func evidenceTitle(_ target: String, _ item: String, variant: String?) -> String {
        let items = rubric.node(target)?.evidence ?? rubric.gates.first { $0.id == target }?.evidence ?? []
        return items.first { $0.id == item }?.text.text(lang, variant: variant) ?? item
    }

    /// `E1 营业执照复印件：存疑（复印件模糊）`.
    public func evidence(_ e: ReviewerEvidence, target: String, variant: String?) -> String {
        "\(e.item) \(evidenceTitle(target, e.item, variant: variant))" + lang.pick("：", ": ") + mark(e.mark) + (e.note.isEmpty ? "" : paren(e.note))
    }

    /// A note in words.
    public func note(_ n: PanelNote, _ report: PanelReport? = nil) -> String {
        switch n {
        case let .chairRefused(file):
            return lang.pick("组长日志 \(file) 被拒绝：其裁定不予采用", "chair journal \(file) refused: its resolutions are not used")
        case let .resolutionUnknownApplication(app, ind):
            return lang.pick("组长对 \(app) / \(ind) 的裁定：本批无此申报", "chair resolution for \(app) / \(ind): no such application in this batch")
        case let .resolutionUnknownIndicator(app, ind):
            return lang.pick("组长对 \(app) / \(ind) 的裁定：细则 \(rubric.id) 无此指标", "chair resolution for \(app) / \(ind): no such indicator in rubric \(rubric.id)")
        case let .resolutionNotApplicable(ind):
            return lang.pick("组长对 \(ind) 的裁定未采用：该指标不适用于本申报", "chair resolution for \(ind) ignored: the indicator does not apply to this applicant")
        case let .resolutionOutOfRange(ind, value, cap):
            return lang.pick("组长对 \(ind) 的裁定 \(value.plain) 未采用：超出 0–\(cap.plain)", "chair resolution for \(ind) ignored: \(value.plain) is outside 0–\(cap.plain)")
        case let .otherProfile(reviewer, variant, used):
            let who = report?.reviewerLabel(reviewer) ?? reviewer
            return lang.pick("\(who) 按另一申报类型（\(variantLabel(variant) ?? "—")）评分；满分按 \(variantLabel(used) ?? "—") 计",
                             "\(who) scored as another variant (\(variantLabel(variant) ?? "—")); caps follow \(variantLabel(used) ?? "—")")
        }
    }

    /// An intake entry's issues in one line, in the output's language.
    public func issues(_ e: IntakeEntry, _ report: PanelReport? = nil) -> String {
        e.issues.map { issue in
            let label = issue.kind.label(lang)
            guard lang == .zh else { return "\(label): \(issue.detail)" }
            let detail = zhDetail(issue, e, report)
            return detail.isEmpty ? label : label + "：" + detail
        }.joined(separator: lang.pick("；", "; "))
    }

    /// The Chinese detail of an issue (the verifier's own detail is English).
    func zhDetail(_ issue: IntakeIssue, _ e: IntakeEntry, _ report: PanelReport?) -> String {
        let line = issue.detail.hasPrefix("line ") ? issue.detail.dropFirst(5).prefix { $0.isNumber } : ""
        switch issue.kind {
        case .tampered, .torn: return line.isEmpty ? "" : "第 \(line) 行"
        case .unreadable: return line.isEmpty ? "不是 panelist 日志或没有日志头" : "第 \(line) 行"
        case .unsigned: return issue.detail.contains("reopened") ? "签署后又重新打开" : "从未签署"
        case .otherRubric:
            let parts = issue.detail.split(separator: "'")
            return parts.count >= 2 ? "按细则 \(parts[1]) 评分，而非 \(rubric.id)" : ""
        case .rubricVersion: return "记录的细则 sha256 为 \(e.rubricSHA256?.prefix(12) ?? "?")…，现用 \(report?.rubricSHA256.prefix(12) ?? "?")…"
        case .applicationHash: return "记录的申报材料 sha256 为 \(e.applicationSHA256?.prefix(12) ?? "?")…，与应有的不同"
        case .fork:
            let others = report?.intake.filter { $0.file != e.file && $0.applicationID == e.applicationID && $0.reviewer?.fingerprint == e.reviewer?.fingerprint }
                .map(\.file) ?? []
            return issue.detail.hasPrefix("picked") ? "按 --fork-pick 选定" : "与 \(others.joined(separator: "、")) 分叉；请用 --fork-pick 文件 选定一份"
        case .duplicate: return "与另一输入字节相同，只合并一次"
        case .chairJournal: return ""
        case .notInPanel: return report?.mismatches[e.file + "\u{0}" + e.contentSHA256]?.text(.zh) ?? ""
        case .invalidAction: return issue.detailZH ?? (line.isEmpty ? "" : "第 \(line) 行")
        case .unknownKey: return "密钥 \(e.reviewer?.fingerprint ?? "?") 不在已知密钥文件或专家组名单中；请把该专家 panelist config 打印的“指纹 姓名”一行写入 --known-keys 文件，或以 --allow-unknown-keys 准许"
        case .keyOfAnother: return "密钥 \(e.reviewer?.fingerprint ?? "?") 登记在他人名下"
        case .twoKeys: return "\(e.reviewer?.name ?? "?") 在本次合并中出现两把密钥，均不合并"
        case .rolledBack: return "组长日志记录的版本更新；这一份被截短或是旧副本"
        case .superseded: return "是另一份更完整日志的前缀，采用较长的一份"
        }
    }

    /// The lines every output begins with: what is missing or refused, the flags the report was issued under,
    /// or that every expected reviewer's journal is merged.
    public func status(_ report: PanelReport) -> [String] {
        let c = report.completeness
        var out: [String] = []
        func appName(_ id: String?) -> String {
            guard let id else { return "?" }
            guard let a = report.application(id) else { return id }
            return applicationLine(a)
        }
        if !c.problems.isEmpty {
            out.append(lang.pick("【报告不完整】以下 \(c.problems.count) 项缺失或被拒绝：", "INCOMPLETE REPORT: \(c.problems.count) item(s) missing or refused:"))
            for p in c.problems {
                switch p {
                case let .refused(file, reviewer, application, kinds):
                    let why = kinds.map { $0.label(lang) }.joined(separator: comma)
                    out.append(lang.pick("拒绝：\(file)（专家 \(reviewer ?? "?")，申报 \(appName(application))）——\(why)",
                                         "refused: \(file) (reviewer \(reviewer ?? "?"), application \(appName(application))): \(why)"))
                case let .missing(reviewer, application):
                    out.append(lang.pick("缺少：专家 \(reviewer) 对申报 \(appName(application)) 的评分日志", "missing: \(reviewer)'s journal for \(appName(application))"))
                case let .chairUnsigned(file):
                    out.append(lang.pick("组长日志 \(file) 未签署", "the chair journal \(file) is not signed off"))
                case let .chairRefused(file, kinds):
                    out.append(lang.pick("组长日志 \(file) 被拒绝——", "the chair journal \(file) was refused: ") + kinds.map { $0.label(lang) }.joined(separator: comma))
                case let .refusedReturn(file, reviewer, reason):
                    let who = reviewer.map { lang.pick("专家 \($0) 的", "\($0)'s ") } ?? ""
                    out.append(lang.pick("拒绝交回文件：\(file)（\(who)交回文件，其中的日志均未合并）——", "refused return file: \(file) (\(who)return; none of its journals merged): ")
                               + reason.text(lang))
                }
            }
            let unadmitted = c.unadmitted
            if unadmitted.isEmpty {
                out.append(lang.pick("组长以 \(c.flagsInForce.joined(separator: " ")) 明确准许按现状出具本报告。",
                                     "Issued as it is because the chair passed \(c.flagsInForce.joined(separator: " "))."))
            } else {
                let flags = Set(unadmitted.map(\.flag)).sorted().joined(separator: " ")
                out.append(lang.pick("合并以非零状态结束：请补齐后重新合并，或由组长决定以 \(flags) 按现状出具。",
                                     "merge exits non-zero: complete the inputs and merge again, or the chair may issue it as it is with \(flags)."))
            }
        } else {
            if !c.admittingFlags.isEmpty {
                out.append(lang.pick("组长以 \(c.admittingFlags.joined(separator: " ")) 准许合并了有问题的日志（见输入日志表）。",
                                     "The chair admitted journals with problems by \(c.admittingFlags.joined(separator: " ")) (see the input journals)."))
            }
            out.append(c.expectationsKnown
                       ? lang.pick("专家组名单中应到专家的日志均已合并，无拒绝。", "Every expected reviewer's journal is merged; nothing was refused.")
                       : lang.pick("未提供专家组名单（--panel），未核对应到专家；无拒绝。", "No panel file (--panel) was given, so expected reviewers were not checked; nothing was refused."))
        }
        return out
    }
}

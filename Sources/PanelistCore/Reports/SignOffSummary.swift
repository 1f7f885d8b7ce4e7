import Foundation

/// What a reviewer confirms before signing: totals per category and overall with their caps,
/// every gate with its verdict, what is still unscored, evidence still unmarked, and the outcome.
///
/// A pure function of the rubric, the applicant profile, the review state and the scored sheet.
/// `panelist signoff JOURNAL` prints it before asking; the screen's `:signoff` dialog shows it.
public struct SignOffSummary: Sendable, Equatable {
    /// One category (一级指标) or base/bonus line: points and full marks.
    public struct Category: Sendable, Equatable {
        /// The node id.
        public var id: String
        /// The node's title for the applicant's variant.
        public var title: LocalizedText
        /// Base, bonus or record-only.
        public var kind: RubricNode.Kind
        /// The reviewer's points (capped).
        public var points: Decimal
        /// The category's full marks for this applicant.
        public var cap: Decimal
        /// Whether the category applies to the applicant.
        public var applicable: Bool
    }

    /// One applicable gate and the reviewer's verdict.
    public struct GateLine: Sendable, Equatable {
        /// The gate id.
        public var id: String
        /// The gate's title (variant-resolved when rendered).
        public var title: LocalizedText
        /// The reviewer's verdict.
        public var verdict: GateVerdict
        /// The reviewer's reason; empty when none.
        public var reason: String
    }

    /// An applicable indicator not yet fully scored.
    public struct Open: Sendable, Equatable {
        /// The indicator id.
        public var id: String
        /// The indicator's title.
        public var title: LocalizedText
        /// Untouched or partial.
        public var progress: Progress
    }

    /// An evidence document of an applicable gate or indicator, with its mark if any.
    public struct Evidence: Sendable, Equatable {
        /// The gate or indicator id.
        public var target: String
        /// The evidence item id.
        public var item: String
        /// What the document is.
        public var text: LocalizedText
        /// The reviewer's mark; `nil` when unmarked.
        public var mark: EvidenceMark?
        /// The reviewer's note.
        public var note: String
    }

    /// The rubric's title (variant-resolved when rendered).
    public var rubricTitle: LocalizedText
    /// The variant's label (e.g. 标杆车间), if the rubric has variants.
    public var variantLabel: LocalizedText?
    /// The applicant's variant, used to resolve texts.
    public var variant: String?
    /// The application id.
    public var applicationID: String
    /// The applicant's name and application title, when the application was loaded.
    public var applicantLine: String?
    /// The reviewer's name.
    public var reviewer: String
    /// Categories in rubric order.
    public var categories: [Category]
    /// Base points, capped.
    public var base: Decimal
    /// The base cap, if the rubric sets one.
    public var baseCap: Decimal?
    /// Bonus points, capped.
    public var bonus: Decimal
    /// The bonus cap, if the rubric sets one.
    public var bonusCap: Decimal?
    /// base + bonus.
    public var total: Decimal
    /// The recognition threshold, if any.
    public var threshold: Decimal?
    /// Applicable gates in rubric order.
    public var gates: [GateLine]
    /// Applicable indicators not yet done, in rubric order.
    public var open: [Open]
    /// Evidence of applicable gates and indicators not yet marked, in rubric order.
    public var unmarked: [Evidence]
    /// Evidence marked 存疑 or 缺失, in rubric order (the chair will see these flagged).
    public var flagged: [Evidence]
    /// The sheet's outcome.
    public var outcome: Outcome
    /// The declared conflict of interest, if the reviewer recused.
    public var recusal: String?
    /// Whether the journal is already signed off.
    public var signedOff: Bool

    /// Builds the summary from the rubric, the profile, the replayed state and the scored sheet.
    public init(rubric: Rubric, profile: ApplicantProfile, state: ReviewState, sheet: ScoreSheet,
                applicationID: String, reviewer: String, application: Application? = nil) {
        let variant = profile.variant
        let scope = SheetScope(rubric: rubric, profile: profile)
        self.rubricTitle = rubric.title
        self.variant = variant
        self.variantLabel = variant.flatMap { rubric.variant($0)?.title }
        self.applicationID = applicationID
        if let application {
            self.applicantLine = ApplicationInfo(application).line
        } else {
            self.applicantLine = nil
        }
        self.reviewer = reviewer
        self.categories = rubric.categories.map { node in
            let score = sheet.nodes[node.id]
            return Category(id: node.id, title: node.title, kind: node.kind, points: score?.points ?? 0,
                            cap: score?.cap ?? node.cap.resolve(variant) ?? 0, applicable: score?.progress != .notApplicable && scope.admits(node.when))
        }
        self.base = sheet.base
        self.baseCap = rubric.totals.base?.resolve(variant)
        self.bonus = sheet.bonus
        self.bonusCap = rubric.totals.bonus?.resolve(variant)
        self.total = sheet.total
        self.threshold = sheet.threshold
        self.gates = scope.gates.map { gate in
            let result = sheet.gates.first { $0.id == gate.id }
            return GateLine(id: gate.id, title: gate.title, verdict: result?.verdict ?? .pending, reason: result?.reason ?? "")
        }
        self.open = sheet.openIndicators.compactMap { id in
            rubric.node(id).map { Open(id: id, title: $0.title, progress: sheet.nodes[id]?.progress ?? .untouched) }
        }
        var evidence: [Evidence] = []
        func collect(_ target: String, _ items: [EvidenceItem]) {
            for item in items {
                let entry = state.evidence[EvidenceKey(target: target, item: item.id)]
                evidence.append(Evidence(target: target, item: item.id, text: item.text, mark: entry?.mark, note: entry?.note ?? ""))
            }
        }
        for gate in scope.gates { collect(gate.id, gate.evidence) }
        for node in scope.indicators where sheet.nodes[node.id]?.progress != .notApplicable { collect(node.id, node.evidence) }
        self.unmarked = evidence.filter { $0.mark == nil }
        self.flagged = evidence.filter { $0.mark == .doubtful || $0.mark == .missing }
        self.outcome = sheet.outcome
        self.recusal = state.recusal
        self.signedOff = state.isSignedOff
    }

    /// Whether everything is scored, every gate decided and every document marked.
    public var isComplete: Bool {
        recusal != nil || (open.isEmpty && unmarked.isEmpty && !gates.contains { $0.verdict == .pending })
    }

    /// The summary as plain lines (no decorative characters outside ASCII), for a terminal or a dialog.
    public func lines(_ lang: Lang) -> [String] {
        var o: [String] = []
        let v = variant
        o.append(lang.pick("签署前核对：", "Before signing: ") + rubricTitle.text(lang, variant: v))
        var app = lang.pick("申报：", "Application: ") + applicationID
        if let applicantLine { app += " " + applicantLine }
        if let variantLabel { app += lang.pick("（\(variantLabel.text(lang))）", " (\(variantLabel.text(lang)))") }
        o.append(app)
        o.append(lang.pick("评审专家：", "Reviewer: ") + reviewer)
        if let recusal {
            o.append(lang.pick("已声明回避：", "Recused: ") + recusal)
            o.append(lang.pick("回避的评审无需评分；签署即确认回避。", "A recused review needs no scores; signing confirms the recusal."))
            return o
        }
        o.append("")
        o.append(lang.pick("分类得分", "Categories"))
        for c in categories {
            let score = c.applicable ? "\(c.points.plain) / \(c.cap.plain)" : lang.pick("不适用", "n/a")
            let kind = c.kind == .bonus ? lang.pick("（加分项）", " (bonus)") : c.kind == .record ? lang.pick("（仅记录）", " (recorded only)") : ""
            o.append("  \(c.id) \(c.title.text(lang, variant: v))\(kind)  \(score)")
        }
        var totals = lang.pick("基础分 ", "Base ") + base.plain + (baseCap.map { " / \($0.plain)" } ?? "")
        if let bonusCap { totals += lang.pick("；加分项 ", "; bonus ") + "\(bonus.plain) / \(bonusCap.plain)" }
        totals += lang.pick("；总分 ", "; total ") + total.plain
        if let threshold { totals += lang.pick("；认定线 ", "; threshold ") + threshold.plain }
        o.append(totals)
        if !gates.isEmpty {
            o.append("")
            o.append(lang.pick("基本要求", "Gates"))
            for g in gates {
                var line = "  \(g.id) \(g.title.text(lang, variant: v))  " + SheetVocabulary.verdictWord(g.verdict, lang)
                if !g.reason.isEmpty { line += lang.pick("（理由：\(g.reason)）", " (reason: \(g.reason))") }
                o.append(line)
            }
        }
        o.append("")
        o.append(lang.pick("结论：", "Outcome: ") + RationaleReport.outcome(outcome, lang))
        if open.isEmpty {
            o.append(lang.pick("未评指标：无", "Not yet scored: none"))
        } else {
            o.append(lang.pick("未评指标（\(open.count) 项）：", "Not yet scored (\(open.count)):"))
            for i in open {
                let state = i.progress == .partial ? lang.pick("部分已评", "partly scored") : lang.pick("未评", "not scored")
                o.append("  \(i.id) \(i.title.text(lang, variant: v))" + lang.pick("（\(state)）", " (\(state))"))
            }
        }
        let pending = gates.filter { $0.verdict == .pending }
        if !pending.isEmpty {
            o.append(lang.pick("待定的基本要求：", "Gates still pending: ") + pending.map(\.id).joined(separator: lang.pick("、", ", ")))
        }
        if unmarked.isEmpty {
            o.append(lang.pick("未标记佐证：无", "Evidence not marked: none"))
        } else {
            o.append(lang.pick("未标记佐证（\(unmarked.count) 份）：", "Evidence not marked (\(unmarked.count)):"))
            for e in unmarked { o.append("  \(e.target) \(e.item) \(e.text.text(lang, variant: v))") }
        }
        if !flagged.isEmpty {
            o.append(lang.pick("标为存疑或缺失的佐证（\(flagged.count) 份，组长将看到）：", "Evidence marked doubtful or missing (\(flagged.count); the chair will see these):"))
            for e in flagged {
                let mark = e.mark.map { SheetVocabulary.markWord($0, lang) } ?? ""
                o.append("  \(e.target) \(e.item) \(e.text.text(lang, variant: v))" + lang.pick("：", ": ") + mark
                         + (e.note.isEmpty ? "" : lang.pick("（\(e.note)）", " (\(e.note))")))
            }
        }
        return o
    }

    /// The summary as text, one line per entry, ending with a newline.
    public func text(_ lang: Lang) -> String { lines(lang).joined(separator: "\n") + "\n" }
}

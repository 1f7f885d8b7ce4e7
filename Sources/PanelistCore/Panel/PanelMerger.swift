import Foundation

/// Merges admitted reviewer journals into the panel's report: a pure function of its arguments.
///
/// Per indicator the panel value is computed exactly from the scoring reviewers' points by
/// the rule in force and rounded once; subtotals and totals are sums of the rounded values
/// (the chair's agreed value where one is recorded), capped at every level like a reviewer's
/// sheet. Recused reviewers are excluded from that application and listed.
public enum PanelMerger {
    /// Merges an intake's submissions under a rubric whose file hashes to `rubricSHA256`.
    public static func merge(_ rubric: Rubric, rubricSHA256: String, intake: IntakeReport) -> PanelReport {
        let leaves = rubric.indicators
        let rules = effectiveRules(rubric)
        var notes: [String] = []
        let chairState = intake.chair?.state
        if let chair = intake.chair, chair.state == nil {
            notes.append("chair journal \(chair.entry.file) refused: its resolutions are not shown")
        }
        var groups: [String: [PanelSubmission]] = [:]
        for s in intake.submissions { groups[s.header.application.id, default: []].append(s) }
        var applications: [ApplicationPanel] = []
        var names: [String: String] = [:]
        var reviewerTotals: [String: [(app: String, total: Decimal)]] = [:]
        for appID in groups.keys.sorted() {
            let subs = (groups[appID] ?? []).sorted { ($0.header.reviewer.id, $0.fingerprint) < ($1.header.reviewer.id, $1.fingerprint) }
            for s in subs { names[s.header.reviewer.id] = s.header.reviewer.name }
            let (app, totals) = mergeApplication(appID, subs, rubric: rubric, leaves: leaves, rules: rules, chair: chairState)
            applications.append(app)
            for (reviewer, total) in totals { reviewerTotals[reviewer, default: []].append((appID, total)) }
        }
        rank(&applications)
        if let chairState {
            let known = Set(applications.map(\.id))
            let indicatorIDs = Set(leaves.map(\.id))
            for key in chairState.resolutions.keys.sorted() {
                if !known.contains(key.application) {
                    notes.append("chair resolution for \(key.application) / \(key.indicator): no such application in this batch")
                } else if !indicatorIDs.contains(key.indicator) {
                    notes.append("chair resolution for \(key.application) / \(key.indicator): no such indicator in rubric \(rubric.id)")
                }
            }
        }
        let agreement = agreementFigures(applications, reviewerTotals: reviewerTotals)
        return PanelReport(rubricID: rubric.id, rubricTitle: rubric.title, rubricVersion: rubric.version, rubricSHA256: rubricSHA256,
                           rules: rubric.panel, intake: intake.entries, chair: intake.chair?.entry, applications: applications,
                           reviewerNames: names, notes: notes, agreement: agreement)
    }

    /// Indicator id → merge rule in force: its own `panel_rule`, else the nearest ancestor's, else the rubric's.
    static func effectiveRules(_ rubric: Rubric) -> [String: MergeRule] {
        var out: [String: MergeRule] = [:]
        func walk(_ node: RubricNode, inherited: MergeRule) {
            let rule = node.panelRule ?? inherited
            out[node.id] = rule
            node.children.forEach { walk($0, inherited: rule) }
        }
        rubric.categories.forEach { walk($0, inherited: rubric.panel.rule) }
        return out
    }

    static func mergeApplication(_ appID: String, _ subs: [PanelSubmission], rubric: Rubric, leaves: [RubricNode], rules: [String: MergeRule],
                                 chair: ChairState?) -> (ApplicationPanel, [(String, Decimal)]) {
        var notes: [String] = []
        let scoring = subs.filter { $0.state.recusal == nil }
        let recused = subs.compactMap { s in
            s.state.recusal.map { RecusedReviewer(id: s.header.reviewer.id, name: s.header.reviewer.name, fingerprint: s.fingerprint, reason: $0) }
        }
        let profile = (scoring.first ?? subs.first)?.header.profile ?? ApplicantProfile()
        for s in scoring where s.header.profile != profile {
            notes.append("reviewer \(s.header.reviewer.id) scored with another applicant profile (variant \(s.header.profile.variant ?? "—")); caps use \(profile.variant ?? "—")")
        }
        let variant = profile.variant ?? rubric.variants.first?.id
        let blank = ScoringEngine.score(rubric, profile: profile, inputs: ReviewerInputs())
        let notApplicable = Set(blank.nodes.values.filter { $0.progress == .notApplicable }.map(\.id))
        let sheets = scoring.map { ScoringEngine.score(rubric, profile: $0.header.profile, inputs: $0.state.inputs) }
        let reviewers = scoring.map {
            PanelReviewer(id: $0.header.reviewer.id, name: $0.header.reviewer.name, fingerprint: $0.fingerprint, file: $0.file, admitted: $0.admitted)
        }
        var indicators: [IndicatorPanel] = []
        var finals: [String: Decimal] = [:]
        var computed: [String: Decimal] = [:]
        for node in leaves {
            let cap = node.cap.resolve(variant) ?? 0
            let applicable = !notApplicable.contains(node.id)
            let rule = rules[node.id] ?? rubric.panel.rule
            var scores: [ReviewerScore] = []
            for (s, sheet) in zip(scoring, sheets) {
                let input = s.state.inputs.indicators[node.id] ?? IndicatorInput()
                let ticks = input.ticks.keys.sorted().map { part in "\(part): " + (input.ticks[part] ?? []).sorted().joined(separator: ", ") }
                let options = input.choices.keys.sorted().map { part in "\(part): \(input.choices[part] ?? "")" }
                scores.append(ReviewerScore(reviewer: s.header.reviewer.id, points: sheet.nodes[node.id]?.points ?? 0,
                                            ticks: ticks.joined(separator: "; "), option: options.joined(separator: "; "),
                                            comment: s.state.comments[node.id] ?? "", answered: sheet.nodes[node.id]?.progress == .done,
                                            figures: FigureOverride.of(node, state: s.state, stated: nil)))
            }
            var panel = IndicatorPanel(id: node.id, cap: cap, applicable: applicable, rule: rule, trimmed: false, scores: scores, min: nil, max: nil,
                                       spread: nil, median: nil, exact: nil, value: nil, divergent: false, divergenceReasons: [], resolution: nil)
            if applicable, !scores.isEmpty {
                let values = scores.map(\.points)
                let lo = values.min() ?? 0
                let hi = values.max() ?? 0
                let median = PanelStatistics.median(values)
                let (exact, trimmed) = PanelStatistics.value(values, rule: rule)
                panel.min = lo
                panel.max = hi
                panel.spread = hi - lo
                panel.median = median
                panel.exact = exact
                panel.trimmed = trimmed
                panel.value = exact.map(rubric.panel.rounding.apply)
                if values.count >= 2 {
                    let div = rubric.panel.divergence
                    if let f = div.spreadFraction, hi - lo > f * cap {
                        panel.divergenceReasons.append("spread \((hi - lo).plain) > \((f * cap).plain) (\((f * 100).plain)% of cap \(cap.plain))")
                    }
                    if let d = div.medianDistance, let median {
                        let far = scores.filter { abs($0.points - median) > d * cap }.map(\.reviewer)
                        if !far.isEmpty {
                            panel.divergenceReasons.append("\(far.joined(separator: ", ")) more than \((d * cap).plain) (\((d * 100).plain)% of cap) from the median \(median.plain)")
                        }
                    }
                    panel.divergent = !panel.divergenceReasons.isEmpty
                }
            }
            if let r = chair?.resolutions[ChairKey(application: appID, indicator: node.id)] {
                if !applicable {
                    notes.append("chair resolution for \(node.id) ignored: the indicator does not apply to this applicant")
                } else if r.value > cap || r.value < 0 {
                    notes.append("chair resolution for \(node.id) ignored: \(r.value.plain) is outside 0…\(cap.plain)")
                } else {
                    panel.resolution = r
                }
            }
            finals[node.id] = applicable ? panel.final : 0
            computed[node.id] = applicable ? (panel.value ?? 0) : 0
            indicators.append(panel)
        }
        let rolled = PanelTotals.roll(rubric, variant: variant, leaves: finals, notApplicable: notApplicable)
        let rolledComputed = PanelTotals.roll(rubric, variant: variant, leaves: computed, notApplicable: notApplicable)
        let subtotals = zip(rolled.nodes, rolledComputed.nodes).map {
            CategoryPanel(id: $0.0.id, kind: $0.0.kind, cap: $0.0.cap, points: $0.0.points, computed: $0.1.points)
        }
        var gates: [GatePanel] = []
        for (gate, result) in zip(rubric.gates, blank.gates) {
            let votes = zip(scoring, sheets).map { s, _ in
                let input = s.state.inputs.gates[gate.id]
                return GateVote(reviewer: s.header.reviewer.id, verdict: input?.verdict ?? .pending, reason: input?.reason ?? "")
            }
            gates.append(GatePanel(id: gate.id, applicable: result.applicable, votes: votes,
                                   verdict: result.applicable ? GatePanel.verdict(votes, rule: rubric.panel.gateRule) : .pass))
        }
        let threshold = rubric.totals.threshold?.resolve(variant)
        let outcome: PanelOutcome
        if scoring.isEmpty {
            outcome = .noReviewers
        } else if gates.contains(where: { $0.applicable && $0.verdict == .fail }) {
            outcome = .ineligible
        } else if gates.contains(where: { $0.applicable && $0.verdict == .pending }) {
            outcome = .pending
        } else if let threshold {
            outcome = rolled.total >= threshold ? .recognised : .belowThreshold
        } else {
            outcome = .scored
        }
        let opinions = scoring.compactMap { s in s.state.comments[""].map { ReviewerComment(reviewer: s.header.reviewer.id, text: $0) } }
        let app = ApplicationPanel(
            id: appID, applicationSHA256: subs.first?.header.application.sha256 ?? "", profile: profile, reviewers: reviewers, recused: recused,
            gates: gates, indicators: indicators, subtotals: subtotals, base: rolled.base, bonus: rolled.bonus, total: rolled.total,
            computedTotal: rolledComputed.total, threshold: threshold, outcome: outcome, rank: nil, opinions: opinions, notes: notes)
        return (app, zip(scoring, sheets).map { ($0.0.header.reviewer.id, $0.1.total) })
    }

    /// Competition ranking (1, 1, 3…) by total among applications that are neither ineligible nor unscored.
    static func rank(_ apps: inout [ApplicationPanel]) {
        let ranked = apps.indices.filter { apps[$0].outcome != .ineligible && apps[$0].outcome != .noReviewers }
            .sorted { apps[$0].total != apps[$1].total ? apps[$0].total > apps[$1].total : apps[$0].id < apps[$1].id }
        for (position, index) in ranked.enumerated() {
            if position > 0, apps[ranked[position - 1]].total == apps[index].total {
                apps[index].rank = apps[ranked[position - 1]].rank
            } else {
                apps[index].rank = position + 1
            }
        }
    }

    static func double(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }

    static func agreementFigures(_ apps: [ApplicationPanel], reviewerTotals: [String: [(app: String, total: Decimal)]]) -> AgreementFigures {
        var signed: [String: [Double]] = [:]
        var absolute: [String: [Double]] = [:]
        var indicatorUnits: [[Double]] = []
        for app in apps {
            for ind in app.indicators where ind.applicable && ind.scores.count >= 2 && ind.cap > 0 {
                guard let median = ind.median else { continue }
                let cap = double(ind.cap)
                indicatorUnits.append(ind.scores.map { double($0.points) / cap })
                for s in ind.scores {
                    let d = double(s.points - median) / cap
                    signed[s.reviewer, default: []].append(d)
                    absolute[s.reviewer, default: []].append(Swift.abs(d))
                }
            }
        }
        var totalUnits: [[Double]] = []
        var totalDev: [String: [Double]] = [:]
        var byApp: [String: [(String, Decimal)]] = [:]
        for (reviewer, list) in reviewerTotals { for (app, total) in list { byApp[app, default: []].append((reviewer, total)) } }
        for app in byApp.keys.sorted() {
            let list = (byApp[app] ?? []).sorted { $0.0 < $1.0 }
            guard list.count >= 2, let median = PanelStatistics.median(list.map(\.1)) else { continue }
            totalUnits.append(list.map { double($0.1) })
            for (reviewer, total) in list { totalDev[reviewer, default: []].append(double(total - median)) }
        }
        func mean(_ v: [Double]) -> Double { v.isEmpty ? 0 : v.reduce(0, +) / Double(v.count) }
        let reviewers = Set(signed.keys).union(totalDev.keys).sorted()
        let deviations = reviewers.map {
            ReviewerDeviation(reviewer: $0, indicators: signed[$0]?.count ?? 0, meanSigned: mean(signed[$0] ?? []),
                              meanAbsolute: mean(absolute[$0] ?? []), applications: totalDev[$0]?.count ?? 0, meanTotalDeviation: mean(totalDev[$0] ?? []))
        }
        return AgreementFigures(deviations: deviations, totals: KrippendorffAlpha.interval(totalUnits),
                                indicators: KrippendorffAlpha.interval(indicatorUnits))
    }
}

import Foundation

/// Merges admitted reviewer journals into the panel's report: a pure function of its arguments.
///
/// Per indicator the panel value is computed exactly from the scoring reviewers' points by
/// the rule in force and rounded once; subtotals and totals are sums of the rounded values
/// (the chair's agreed value where one is recorded), capped at every level like a reviewer's
/// sheet. Recused reviewers are excluded from that application and listed. Under
/// 去掉一个最高总分和一个最低总分 (`drop_extreme_totals`) the reviewers with the highest and the
/// lowest own total are left out of every indicator of that application.
public enum PanelMerger {
    /// Merges an intake's submissions under a rubric whose file hashes to `rubricSHA256`.
    public static func merge(_ rubric: Rubric, rubricSHA256: String, intake rawIntake: IntakeReport,
                             context: PanelMergeContext = PanelMergeContext()) -> PanelReport {
        let (intake, mismatches) = context.roster?.screen(rawIntake) ?? (rawIntake, [:])
        let leaves = rubric.indicators
        let rules = effectiveRules(rubric)
        var notes: [PanelNote] = []
        let chairState = intake.chair?.state
        if let chair = intake.chair, chair.state == nil {
            notes.append(.chairRefused(file: chair.entry.file))
        }
        var groups: [String: [PanelSubmission]] = [:]
        for s in intake.submissions { groups[s.header.application.id, default: []].append(s) }
        let names = labels(intake.submissions.map(\.header.reviewer))
        var appIDs = Set(groups.keys)
        if let roster = context.roster { appIDs.formUnion(roster.applicationIDs) }
        appIDs.formUnion(context.applications.keys)
        var applications: [ApplicationPanel] = []
        var reviewerTotals: [String: [(app: String, total: Decimal)]] = [:]
        // Applications are merged independently, on every core; the results are combined in id order.
        let sortedIDs = appIDs.sorted()
        let sorted = sortedIDs.map { id in
            (groups[id] ?? []).sorted { (names[$0.header.reviewer.id] ?? "", $0.fingerprint) < (names[$1.header.reviewer.id] ?? "", $1.fingerprint) }
        }
        let merged = UnsafeMutableBufferPointer<(ApplicationPanel, [(String, Decimal)])?>.allocate(capacity: sortedIDs.count)
        merged.initialize(repeating: nil)
        defer { merged.deinitialize(); merged.deallocate() }
        nonisolated(unsafe) let slots = merged
        DispatchQueue.concurrentPerform(iterations: sortedIDs.count) { i in
            slots[i] = mergeApplication(sortedIDs[i], sorted[i], rubric: rubric, leaves: leaves, rules: rules, chair: chairState, names: names,
                                        stated: context.applications[sortedIDs[i]]?.profile, figures: context.applications[sortedIDs[i]]?.figures)
        }
        for (i, appID) in sortedIDs.enumerated() {
            let subs = sorted[i]
            guard var (app, totals) = merged[i] else { continue }
            app.info = context.applications[appID]
            if let roster = context.roster {
                let present = Set(subs.map(\.header.reviewer.name))
                app.missing = roster.expected(for: appID).map(\.name).filter { !present.contains($0) }
                for (member, reason) in roster.conflicts(for: appID) where !app.recused.contains(where: { $0.name == member.name }) {
                    app.recused.append(RecusedReviewer(id: "", name: member.name, fingerprint: member.key ?? "", reason: reason, declaredInPanel: true))
                }
            }
            applications.append(app)
            for (reviewer, total) in totals { reviewerTotals[reviewer, default: []].append((appID, total)) }
        }
        rank(&applications)
        if let chairState {
            let known = Set(applications.map(\.id))
            let indicatorIDs = Set(leaves.map(\.id))
            for key in chairState.resolutions.keys.sorted() {
                if !known.contains(key.application) {
                    notes.append(.resolutionUnknownApplication(application: key.application, indicator: key.indicator))
                } else if !indicatorIDs.contains(key.indicator) {
                    notes.append(.resolutionUnknownIndicator(application: key.application, indicator: key.indicator))
                }
            }
        }
        let agreement = agreementFigures(applications, reviewerTotals: reviewerTotals)
        let variants = Set(applications.compactMap(\.profile.variant)).sorted()
        return PanelReport(rubricID: rubric.id, rubricTitle: rubric.title, rubricVersion: rubric.version, rubricSHA256: rubricSHA256,
                           rules: rubric.panel, intake: intake.entries, chair: intake.chair?.entry, applications: applications,
                           reviewerNames: names, notes: notes, agreement: agreement, variants: variants,
                           panelTitle: context.roster?.plan.title, mismatches: mismatches,
                           completeness: completeness(intake, applications: applications, context: context, names: names))
    }

    /// Display labels: the name; reviewers who share a name get their key's first four digits, e.g. `李明（3bbe）`.
    static func labels(_ reviewers: [JournalReviewer]) -> [String: String] {
        var byName: [String: Set<String>] = [:]
        for r in reviewers { byName[r.name, default: []].insert(r.id) }
        var out: [String: String] = [:]
        for r in reviewers {
            let name = r.name.isEmpty ? r.id : r.name
            out[r.id] = (byName[r.name]?.count ?? 0) > 1 ? "\(name)（\(r.fingerprint.prefix(4))）" : name
        }
        return out
    }

    /// What is missing or refused, and which flags admitted journals.
    static func completeness(_ intake: IntakeReport, applications: [ApplicationPanel], context: PanelMergeContext, names: [String: String]) -> PanelCompleteness {
        var problems: [CompletenessProblem] = []
        for r in context.refusedReturns {
            problems.append(.refusedReturn(file: r.file, reviewer: r.reviewer, reason: r.reason))
        }
        for e in intake.entries where e.decision == .refused {
            problems.append(.refused(file: e.file, reviewer: e.reviewer?.name, application: e.applicationID, kinds: e.issues.map(\.kind)))
        }
        for a in applications {
            for name in a.missing { problems.append(.missing(reviewer: name, application: a.id)) }
        }
        if let chair = intake.chair?.entry {
            let kinds = chair.issues.map(\.kind)
            if chair.decision == .refused {
                problems.append(kinds.allSatisfy { $0 == .unsigned } ? .chairUnsigned(file: chair.file) : .chairRefused(file: chair.file, kinds: kinds))
            } else if kinds.contains(.unsigned) {
                problems.append(.chairUnsigned(file: chair.file))
            }
        }
        var admitting: Set<String> = []
        for s in intake.submissions {
            for issue in s.admitted {
                switch issue.kind {
                case .unsigned: admitting.insert("--allow-unsigned")
                case .rubricVersion: admitting.insert("--allow-rubric-mismatch")
                case .fork: admitting.insert("--fork-pick")
                case .unknownKey: admitting.insert("--allow-unknown-keys")
                default: break
                }
            }
        }
        var flags = context.flags
        if intake.chair?.entry.decision == .includedByFlag { flags.insert("--allow-unsigned") }
        return PanelCompleteness(problems: problems, flags: flags, admittingFlags: admitting.sorted(), expectationsKnown: context.roster != nil)
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
                                 chair: ChairState?, names: [String: String], stated: ApplicantProfile? = nil,
                                 figures: [FigureKey: Decimal]? = nil) -> (ApplicationPanel, [(String, Decimal)]) {
        var notes: [PanelNote] = []
        let scoring = subs.filter { $0.state.recusal == nil }
        func label(_ s: PanelSubmission) -> String { names[s.header.reviewer.id] ?? s.header.reviewer.name }
        let recused = subs.compactMap { s in
            s.state.recusal.map { RecusedReviewer(id: s.header.reviewer.id, name: label(s), fingerprint: s.fingerprint, reason: $0) }
        }
        let profile = (scoring.first ?? subs.first)?.header.profile ?? stated ?? ApplicantProfile()
        for s in scoring where s.header.profile != profile {
            notes.append(.otherProfile(reviewer: s.header.reviewer.id, variant: s.header.profile.variant, used: profile.variant))
        }
        let variant = profile.variant ?? rubric.variants.first?.id
        let blank = ScoringEngine.score(rubric, profile: profile, inputs: ReviewerInputs())
        let notApplicable = Set(blank.nodes.values.filter { $0.progress == .notApplicable }.map(\.id))
        let sheets = scoring.map { ScoringEngine.score(rubric, profile: $0.header.profile, inputs: $0.state.inputs) }
        let reviewers = zip(scoring, sheets).map { s, sheet in
            PanelReviewer(id: s.header.reviewer.id, name: label(s), fingerprint: s.fingerprint, file: s.file, admitted: s.admitted,
                          signedOff: s.state.signOff?.time, total: sheet.total)
        }
        // 去掉一个最高总分和一个最低总分: with five or more scoring reviewers, the highest and the lowest own total
        // are left out (ties: the first by name, then key, of those tied).
        var dropped: [DroppedReviewer] = []
        if rubric.panel.rule == .dropExtremeTotals, reviewers.count >= MergeRule.trimMinimum {
            let order = reviewers.sorted { ($0.total, $0.name, $0.fingerprint) < ($1.total, $1.name, $1.fingerprint) }
            let top = order.filter { $0.total == order[order.count - 1].total }.min { ($0.name, $0.fingerprint) < ($1.name, $1.fingerprint) } ?? order[order.count - 1]
            dropped = [DroppedReviewer(reviewer: top.id, total: top.total, end: .highest),
                       DroppedReviewer(reviewer: order[0].id, total: order[0].total, end: .lowest)]
        }
        let droppedIDs = Set(dropped.map(\.reviewer))
        func evidence(_ s: PanelSubmission, _ target: String, _ items: [EvidenceItem]) -> [ReviewerEvidence] {
            items.map { item in
                let e = s.state.evidence[EvidenceKey(target: target, item: item.id)]
                return ReviewerEvidence(item: item.id, mark: e?.mark, note: e?.note ?? "")
            }
        }
        var indicators: [IndicatorPanel] = []
        var finals: [String: Decimal] = [:]
        var computed: [String: Decimal] = [:]
        for node in leaves {
            let cap = node.cap.resolve(variant) ?? 0
            let applicable = !notApplicable.contains(node.id)
            let rule = rules[node.id] ?? rubric.panel.rule
            let several = node.parts.count > 1
            var scores: [ReviewerScore] = []
            for (s, sheet) in zip(scoring, sheets) {
                let input = s.state.inputs.indicators[node.id] ?? IndicatorInput()
                let ticked = input.ticks.mapValues { $0.sorted() }
                let ticks = ticked.keys.sorted().map { part in (several ? "\(part): " : "") + (ticked[part] ?? []).joined(separator: ", ") }
                let options = input.choices.keys.sorted().map { part in (several ? "\(part): " : "") + (input.choices[part] ?? "") }
                scores.append(ReviewerScore(reviewer: s.header.reviewer.id, name: label(s), points: sheet.nodes[node.id]?.points ?? 0,
                                            ticks: ticks.joined(separator: "; "), option: options.joined(separator: "; "),
                                            choices: input.choices, ticked: ticked,
                                            comment: s.state.comments[node.id] ?? "", answered: sheet.nodes[node.id]?.progress == .done,
                                            evidence: evidence(s, node.id, node.evidence),
                                            dropped: rule == .dropExtremeTotals && droppedIDs.contains(s.header.reviewer.id),
                                            figures: FigureOverride.of(node, state: s.state, stated: figures)))
            }
            var panel = IndicatorPanel(id: node.id, cap: cap, applicable: applicable, rule: rule, trimmed: false, scores: scores, min: nil, max: nil,
                                       spread: nil, median: nil, exact: nil, value: nil, divergent: false, divergence: [], resolution: nil)
            if applicable, !scores.isEmpty {
                // Sorted once: the extremes, the median and the trimmed mean all read the same order.
                let values = scores.map(\.points).sorted()
                let lo = values.first ?? 0
                let hi = values.last ?? 0
                let median = PanelStatistics.median(sorted: values)
                let (exact, trimmed) = rule == .dropExtremeTotals
                    ? (PanelStatistics.mean(scores.filter { !$0.dropped }.map(\.points)), !droppedIDs.isEmpty)
                    : PanelStatistics.value(sorted: values, rule: rule)
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
                        panel.divergence.append(.spread(spread: hi - lo, limit: f * cap, fraction: f, cap: cap))
                    }
                    if let d = div.medianDistance, let median {
                        let far = scores.filter { abs($0.points - median) > d * cap }.map(\.reviewer)
                        if !far.isEmpty { panel.divergence.append(.farFromMedian(reviewers: far, limit: d * cap, fraction: d, median: median)) }
                    }
                    panel.divergent = !panel.divergence.isEmpty
                }
            }
            if let r = chair?.resolutions[ChairKey(application: appID, indicator: node.id)] {
                if !applicable {
                    notes.append(.resolutionNotApplicable(indicator: node.id))
                } else if r.value > cap || r.value < 0 {
                    notes.append(.resolutionOutOfRange(indicator: node.id, value: r.value, cap: cap))
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
            let votes = scoring.map { s in
                let input = s.state.inputs.gates[gate.id]
                return GateVote(reviewer: s.header.reviewer.id, name: label(s), verdict: input?.verdict ?? .pending, reason: input?.reason ?? "",
                                evidence: evidence(s, gate.id, gate.evidence))
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
            computedTotal: rolledComputed.total, threshold: threshold, outcome: outcome, rank: nil, opinions: opinions, notes: notes,
            rule: rubric.panel.rule, dropped: dropped)
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

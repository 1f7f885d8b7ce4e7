import Foundation

/// The panel report as JSON (schema: docs/REPORT-SCHEMA.md). Decimals are strings ("7.5")
/// so they stay exact; keys are sorted; nothing depends on the time of the merge.
public enum PanelJSON {
    /// The schema tag written at the top level.
    public static let schema = "panelist-panel-report/1"

    /// Renders the report for the programme office (no agreement figures).
    public static func render(_ report: PanelReport, rubric: Rubric) -> String {
        var out: [UInt8] = []
        write(report, rubric: rubric) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the same text as `render` (and as `value(report, rubric:).pretty`) in pieces, one
    /// application at a time: each application's tree is built, written, handed to `emit` and
    /// dropped, so a panel of hundreds of applications never holds the whole text or tree in memory.
    public static func write(_ report: PanelReport, rubric: Rubric, emit: ([UInt8]) throws -> Void) rethrows {
        guard case let .object(members) = value(report, rubric: rubric, applications: false) else { return }
        var out: [UInt8] = [UInt8(ascii: "{")]
        let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (i, key) in keys.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: "\n  ".utf8)
            JSONValue.writeString(key, into: &out)
            out.append(contentsOf: ": ".utf8)
            guard key == "applications", !report.applications.isEmpty else {
                members[key]?.writePretty(into: &out, indent: 1)
                continue
            }
            out.append(UInt8(ascii: "["))
            for (j, a) in report.applications.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: "\n    ".utf8)
                application(a, report: report, rubric: rubric).writePretty(into: &out, indent: 2)
                try emit(out)
                out.removeAll(keepingCapacity: true)
            }
            out.append(contentsOf: "\n  ]".utf8)
        }
        out.append(contentsOf: "\n}\n".utf8)
        try emit(out)
    }

    /// `_status` (sorted first, so a person opening the file reads it first): complete or not, what is missing, the flags in force.
    static func status(_ report: PanelReport, rubric: Rubric) -> JSONValue {
        let c = report.completeness
        let f = PanelFormat(rubric: rubric, lang: .zh)
        return .object([
            "complete": .bool(c.isComplete), "expected_reviewers_known": .bool(c.expectationsKnown),
            "flags": .array(c.flagsInForce.map { .string($0) }),
            "text": .array(f.status(report).map { .string($0) }),
            "problems": .array(c.problems.map { p in
                switch p {
                case let .refused(file, reviewer, application, kinds):
                    return .object(["kind": .string("refused"), "file": .string(file), "reviewer": str(reviewer), "application": str(application),
                                    "issues": .array(kinds.map { .string($0.rawValue) }), "admitted_by": c.flags.contains(p.flag) ? .string(p.flag) : .null])
                case let .missing(reviewer, application):
                    return .object(["kind": .string("missing"), "reviewer": .string(reviewer), "application": .string(application),
                                    "admitted_by": c.flags.contains(p.flag) ? .string(p.flag) : .null])
                case let .chairUnsigned(file):
                    return .object(["kind": .string("chair_unsigned"), "file": .string(file), "admitted_by": c.flags.contains(p.flag) ? .string(p.flag) : .null])
                case let .chairRefused(file, kinds):
                    return .object(["kind": .string("chair_refused"), "file": .string(file), "issues": .array(kinds.map { .string($0.rawValue) }),
                                    "admitted_by": c.flags.contains(p.flag) ? .string(p.flag) : .null])
                case let .refusedReturn(file, reviewer, reason):
                    return .object(["kind": .string("refused_return"), "file": .string(file), "reviewer": str(reviewer),
                                    "reason": .string(reason.text(.zh)), "reason_en": .string(reason.text(.en)),
                                    "admitted_by": c.flags.contains(p.flag) ? .string(p.flag) : .null])
                }
            }),
        ])
    }

    static func divergence(_ d: Divergence) -> JSONValue {
        switch d {
        case let .spread(spread, limit, fraction, cap):
            return .object(["kind": .string("spread"), "spread": dec(spread), "limit": dec(limit), "fraction": dec(fraction), "cap": dec(cap)])
        case let .farFromMedian(reviewers, limit, fraction, median):
            return .object(["kind": .string("far_from_median"), "reviewers": .array(reviewers.map { .string($0) }), "limit": dec(limit),
                            "fraction": dec(fraction), "median": dec(median)])
        }
    }

    static func evidence(_ list: [ReviewerEvidence]) -> JSONValue {
        .array(list.map { .object(["item": .string($0.item), "mark": str($0.mark?.rawValue), "note": .string($0.note), "flagged": .bool($0.isFlagged)]) })
    }

    /// A reviewer's verified figures that differ from the application's (or carry a reason): the figures and the line in Chinese.
    static func figures(_ list: [FigureOverride], variant: String?) -> JSONValue {
        .array(list.map { o in
            .object(["number": .string(o.key.number), "title": .string(o.title.text(.zh, variant: variant)), "unit": .string(o.unit),
                     "stated": dec(o.stated), "verified": dec(o.verified), "reason": str(o.reason), "text": .string(o.line(.zh, variant: variant))])
        })
    }

    static func dec(_ d: Decimal?) -> JSONValue { d.map { .string($0.plain) } ?? .null }
    static func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// The report as a JSON value.
    public static func value(_ report: PanelReport, rubric: Rubric) -> JSONValue { value(report, rubric: rubric, applications: true) }

    /// The report as a JSON value, its applications left out (an empty array) unless `applications`.
    static func value(_ report: PanelReport, rubric: Rubric, applications withApplications: Bool) -> JSONValue {
        let r = report.rules
        let rules: JSONValue = .object([
            "rule": .string(r.rule.rawValue), "rule_text": .string(PanelFormat(rubric: rubric, lang: .zh).rule(r.rule)), "declared": .bool(r.declared), "gate_rule": .string(r.gateRule.rawValue),
            "rounding": .object(["places": .int(r.rounding.places), "mode": .string(r.rounding.mode.rawValue)]),
            "divergence": .object(["spread_fraction": dec(r.divergence.spreadFraction), "median_distance": dec(r.divergence.medianDistance)]),
        ])
        let f = PanelFormat(rubric: rubric, lang: .zh)
        return .object([
            "_status": status(report, rubric: rubric),
            "schema": .string(schema),
            "programme": .string(report.programmeTitle(.zh)),
            "default_notice": str(rubric.defaultNotice(.zh)),
            "panel": str(report.panelTitle),
            "rubric": .object(["id": .string(report.rubricID), "version": .string(report.rubricVersion), "sha256": .string(report.rubricSHA256),
                               "title": .string(report.rubricTitle.text(.zh))]),
            "rules": rules,
            "inputs": .array(report.intake.map(entry)),
            "chair": report.chair.map(entry) ?? .null,
            "notes": .array(report.notes.map { .string(f.note($0, report)) }),
            "applications": .array(withApplications ? report.applications.map { application($0, report: report, rubric: rubric) } : []),
        ])
    }

    static func entry(_ e: IntakeEntry) -> JSONValue {
        .object([
            "file": .string(e.file), "content_sha256": .string(e.contentSHA256),
            "reviewer": e.reviewer.map { .object(["id": .string($0.id), "name": .string($0.name), "fingerprint": .string($0.fingerprint)]) } ?? .null,
            "application": str(e.applicationID), "application_sha256": str(e.applicationSHA256), "rubric_sha256": str(e.rubricSHA256),
            "decision": .string(e.decision.rawValue),
            "issues": .array(e.issues.map { .object(["kind": .string($0.kind.rawValue), "detail": .string($0.detail)]) }),
        ])
    }

    static func application(_ a: ApplicationPanel, report: PanelReport, rubric: Rubric) -> JSONValue {
        var attrs: [String: JSONValue] = [:]
        for (k, v) in a.profile.attributes { attrs[k] = .string(v) }
        let f = PanelFormat(rubric: rubric, lang: .zh)
        let v = a.profile.variant
        let reviewers: JSONValue = .array(a.reviewers.map { r in
            .object(["id": .string(r.id), "name": .string(report.reviewerLabel(r.id)), "fingerprint": .string(r.fingerprint), "file": .string(r.file),
                     "admitted": .array(r.admitted.map { .string($0.kind.rawValue) }), "total": dec(r.total),
                     "signed_off": r.signedOff.map { .string(JournalTime.format($0)) } ?? .null])
        })
        let gates: JSONValue = .array(a.gates.map { g in
            .object(["id": .string(g.id), "title": .string(f.title(g.id, variant: v)), "applicable": .bool(g.applicable), "verdict": .string(g.verdict.rawValue),
                     "votes": .array(g.votes.map { .object(["reviewer": .string($0.reviewer), "name": .string($0.name), "verdict": .string($0.verdict.rawValue),
                                                            "reason": .string($0.reason), "evidence": evidence($0.evidence)]) })])
        })
        return .object([
            "id": .string(a.id), "sha256": .string(a.applicationSHA256),
            "applicant": str(a.info?.applicant), "title": str(a.info?.title), "variant_label": str(f.variantLabel(v)),
            "rule": .string(a.rule.rawValue), "missing": .array(a.missing.map { .string($0) }),
            "dropped": .array(a.dropped.map { .object(["reviewer": .string($0.reviewer), "name": .string(report.reviewerLabel($0.reviewer)), "total": dec($0.total), "end": .string($0.end.rawValue)]) }),
            "profile": .object(["variant": str(a.profile.variant), "attributes": .object(attrs)]),
            "reviewers": reviewers,
            "recused": .array(a.recused.map { .object(["id": .string($0.id), "name": .string($0.name), "reason": .string($0.reason), "declared_in_panel": .bool($0.declaredInPanel)]) }),
            "gates": gates,
            "subtotals": .array(a.subtotals.map { .object(["id": .string($0.id), "kind": .string($0.kind.rawValue), "cap": dec($0.cap), "default": .bool(rubric.capIsDefault($0.id)),
                                                           "points": dec($0.points), "computed": dec($0.computed)]) }),
            "base": dec(a.base), "bonus": dec(a.bonus), "total": dec(a.total), "computed_total": dec(a.computedTotal), "threshold": dec(a.threshold),
            "outcome": .string(a.outcome.rawValue), "rank": a.rank.map { .int($0) } ?? .null,
            "opinions": .array(a.opinions.map { .object(["reviewer": .string($0.reviewer), "text": .string($0.text)]) }),
            "notes": .array(a.notes.map { .string(f.note($0, report)) }),
            "indicators": indicators(a, report: report, f: f),
        ])
    }

    static func indicators(_ a: ApplicationPanel, report: PanelReport, f: PanelFormat) -> JSONValue {
        let v = a.profile.variant
        return .array(a.indicators.map { i in .object([
                "id": .string(i.id), "title": .string(f.title(i.id, variant: v)), "cap": dec(i.cap), "default": .bool(f.rubric.capIsDefault(i.id)), "applicable": .bool(i.applicable), "rule": .string(i.rule.rawValue), "trimmed": .bool(i.trimmed),
                "min": dec(i.min), "max": dec(i.max), "spread": dec(i.spread), "median": dec(i.median), "exact": dec(i.exact), "value": dec(i.value),
                "final": dec(i.applicable ? i.final : 0), "divergent": .bool(i.divergent), "divergence": .array(i.divergence.map(divergence)),
                "divergence_text": .array(f.divergence(i, report).map { .string($0) }),
                "resolution": i.resolution.map { .object(["value": dec($0.value), "reason": .string($0.reason), "time": .string(JournalTime.format($0.time)), "seq": .int($0.seq)]) } ?? .null,
                "scores": .array(i.scores.map { s in .object(["reviewer": .string(s.reviewer), "name": .string(s.name), "points": dec(s.points), "answered": .bool(s.answered),
                                                           "ticks": .string(s.ticks), "option": .string(s.option), "comment": .string(s.comment),
                                                           "chosen": .string(f.choices(s, indicator: i.id, variant: v)), "ticked": .string(f.ticks(s, indicator: i.id, variant: v)),
                                                           "dropped": .bool(s.dropped), "evidence": evidence(s.evidence),
                                                           "figures": figures(s.figures, variant: v)]) }),
            ]) })
    }
}

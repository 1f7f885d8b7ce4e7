import Foundation

/// The panel report as JSON (schema: docs/REPORT-SCHEMA.md). Decimals are strings ("7.5")
/// so they stay exact; keys are sorted; nothing depends on the time of the merge.
public enum PanelJSON {
    /// The schema tag written at the top level.
    public static let schema = "panelist-panel-report/1"

    /// Renders the report for the programme office (no agreement figures).
    public static func render(_ report: PanelReport, rubric: Rubric) -> String { value(report, rubric: rubric).pretty }

    static func dec(_ d: Decimal?) -> JSONValue { d.map { .string($0.plain) } ?? .null }
    static func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// The report as a JSON value.
    public static func value(_ report: PanelReport, rubric: Rubric) -> JSONValue {
        let r = report.rules
        let rules: JSONValue = .object([
            "rule": .string(r.rule.rawValue), "declared": .bool(r.declared), "gate_rule": .string(r.gateRule.rawValue),
            "rounding": .object(["places": .int(r.rounding.places), "mode": .string(r.rounding.mode.rawValue)]),
            "divergence": .object(["spread_fraction": dec(r.divergence.spreadFraction), "median_distance": dec(r.divergence.medianDistance)]),
        ])
        return .object([
            "schema": .string(schema),
            "rubric": .object(["id": .string(report.rubricID), "version": .string(report.rubricVersion), "sha256": .string(report.rubricSHA256),
                               "title": .string(report.rubricTitle.text(.zh))]),
            "rules": rules,
            "inputs": .array(report.intake.map(entry)),
            "chair": report.chair.map(entry) ?? .null,
            "notes": .array(report.notes.map { .string($0) }),
            "applications": .array(report.applications.map { application($0, report: report, rubric: rubric) }),
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
        return .object([
            "id": .string(a.id), "sha256": .string(a.applicationSHA256),
            "profile": .object(["variant": str(a.profile.variant), "attributes": .object(attrs)]),
            "reviewers": .array(a.reviewers.map { r in .object(["id": .string(r.id), "name": .string(r.name), "fingerprint": .string(r.fingerprint), "file": .string(r.file),
                                                               "admitted": .array(r.admitted.map { .string($0.kind.rawValue) })]) }),
            "recused": .array(a.recused.map { .object(["id": .string($0.id), "name": .string($0.name), "reason": .string($0.reason)]) }),
            "gates": .array(a.gates.map { g in .object(["id": .string(g.id), "applicable": .bool(g.applicable), "verdict": .string(g.verdict.rawValue),
                                                        "votes": .array(g.votes.map { .object(["reviewer": .string($0.reviewer), "verdict": .string($0.verdict.rawValue), "reason": .string($0.reason)]) })]) }),
            "subtotals": .array(a.subtotals.map { .object(["id": .string($0.id), "kind": .string($0.kind.rawValue), "cap": dec($0.cap), "points": dec($0.points), "computed": dec($0.computed)]) }),
            "base": dec(a.base), "bonus": dec(a.bonus), "total": dec(a.total), "computed_total": dec(a.computedTotal), "threshold": dec(a.threshold),
            "outcome": .string(a.outcome.rawValue), "rank": a.rank.map { .int($0) } ?? .null,
            "opinions": .array(a.opinions.map { .object(["reviewer": .string($0.reviewer), "text": .string($0.text)]) }),
            "notes": .array(a.notes.map { .string($0) }),
            "indicators": .array(a.indicators.map { i in .object([
                "id": .string(i.id), "cap": dec(i.cap), "applicable": .bool(i.applicable), "rule": .string(i.rule.rawValue), "trimmed": .bool(i.trimmed),
                "min": dec(i.min), "max": dec(i.max), "spread": dec(i.spread), "median": dec(i.median), "exact": dec(i.exact), "value": dec(i.value),
                "final": dec(i.applicable ? i.final : 0), "divergent": .bool(i.divergent), "divergence": .array(i.divergenceReasons.map { .string($0) }),
                "resolution": i.resolution.map { .object(["value": dec($0.value), "reason": .string($0.reason), "time": .string(JournalTime.format($0.time)), "seq": .int($0.seq)]) } ?? .null,
                "scores": .array(i.scores.map { .object(["reviewer": .string($0.reviewer), "points": dec($0.points), "answered": .bool($0.answered),
                                                         "ticks": .string($0.ticks), "option": .string($0.option), "comment": .string($0.comment)]) }),
            ]) }),
        ])
    }
}

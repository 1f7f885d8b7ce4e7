import Foundation
@testable import PanelistCore

/// Builds filled journals for any rubric, for sheet and rationale tests.
enum SheetFixture {
    /// A header for a rubric and a profile.
    static func header(_ rubric: Rubric, profile: ApplicantProfile, application: String = "app-1") -> JournalHeader {
        JournalHeader(
            reviewer: JournalReviewer(name: "张工", id: "3f2a-91c0-7d4e-b812", publicKey: "AAAA", fingerprint: "3f2a-91c0-7d4e-b812"),
            rubric: JournalDocumentRef(id: rubric.id, sha256: String(repeating: "a", count: 64)),
            application: JournalDocumentRef(id: application, sha256: String(repeating: "b", count: 64)),
            profile: profile, tool: "panelist test", created: Date(timeIntervalSince1970: 1_740_000_000))
    }

    /// Every profile worth testing: each variant (or none), with each attribute at its first value.
    static func profiles(_ rubric: Rubric) -> [ApplicantProfile] {
        var attributes: [String: String] = [:]
        for attribute in rubric.attributes { attributes[attribute.id] = attribute.values.first?.id }
        if attributes["industry"] != nil, rubric.attribute("industry")?.values.contains(where: { $0.id == "equipment" }) == true {
            attributes["industry"] = "equipment"
        }
        if rubric.variants.isEmpty { return [ApplicantProfile(variant: nil, attributes: attributes)] }
        return rubric.variants.map { ApplicantProfile(variant: $0.id, attributes: attributes) }
    }

    static let longComment = "申报车间已建成齿轮箱箱体柔性加工线，现场核验MES、APS与设备联网情况，数据采集覆盖关键工序；但部分质量追溯记录为人工补录，建议完善。\n第二段：专家组一致认可其示范作用。"

    /// Actions filling every applicable entry of a rubric for a profile, each accepted by `ActionValidator`.
    static func fill(_ rubric: Rubric, profile: ApplicantProfile) -> [JournalAction] {
        let scope = SheetScope(rubric: rubric, profile: profile)
        let variant = profile.variant
        var actions: [JournalAction] = []
        for (index, gate) in scope.gates.enumerated() {
            actions.append(index == 1 ? .gate(gate: gate.id, verdict: .fail, reason: "投入证明不足，\n审计报告缺页") : .gate(gate: gate.id, verdict: .pass, reason: index == 0 ? "营业执照已核" : ""))
            if let first = gate.evidence.first { actions.append(.evidence(target: gate.id, item: first.id, mark: .seen, note: "原件已核")) }
        }
        for (n, node) in scope.indicators.enumerated() {
            let cap = node.cap.resolve(variant) ?? 0
            for field in node.numbers where !field.isDerived {
                let value = field.maximum.map { min($0, 3) } ?? Decimal(40 + n)
                actions.append(.number(indicator: node.id, number: field.id, value: value))
            }
            for part in scope.parts(of: node) {
                switch part.rule {
                case .choice(let options):
                    if part.allowsNone && n % 2 == 0 {
                        actions.append(.choose(indicator: node.id, part: part.id, option: ScoringPart.noneAnswer))
                    } else if let option = options.dropFirst(n % max(1, options.count)).first {
                        actions.append(.choose(indicator: node.id, part: part.id, option: option.id))
                    }
                case .checklist(_, let items):
                    if n % 3 == 2, let first = items.first {
                        actions.append(.tick(indicator: node.id, part: part.id, item: first.id, on: false))
                    } else {
                        for item in items.prefix(2) { actions.append(.tick(indicator: node.id, part: part.id, item: item.id, on: true)) }
                    }
                case .counts(let lines):
                    if let first = lines.first { actions.append(.count(indicator: node.id, part: part.id, line: first.id, count: min(first.maxCount ?? 2, 2))) }
                case .manual(let max, let step, _):
                    let limit = min(max?.resolve(variant) ?? cap, cap)
                    var points = limit
                    if let step, !points.isMultiple(of: step) { points = 0 }
                    actions.append(.points(indicator: node.id, part: part.id, points: n % 4 == 3 ? 0 : points))
                case .bands, .coverage:
                    break
                }
            }
            if let first = node.evidence.first {
                actions.append(.evidence(target: node.id, item: first.id, mark: n % 2 == 0 ? .seen : .doubtful, note: n % 2 == 0 ? "" : "日期不清\n需复核"))
            }
            if n % 2 == 0 { actions.append(.comment(target: node.id, text: longComment)) }
        }
        if let table = rubric.scenarioTable {
            actions.append(.scenarios(ids: table.allScenarios.prefix(4).map(\.scenario.id), other: 1))
        }
        actions.append(.comment(target: "", text: "总体意见：基础扎实，\n建议推荐。"))
        return actions
    }

    /// Chains actions after a header, keeping only those the validator accepts (and reporting the rest).
    static func journal(_ rubric: Rubric, profile: ApplicantProfile, actions: [JournalAction]) -> (records: [JournalRecord], refused: [String]) {
        let validator = ActionValidator(rubric: rubric, profile: profile)
        var state = ReviewState()
        var accepted: [JournalAction] = []
        var refused: [String] = []
        for action in actions {
            if let problem = validator.problem(with: action, state: state) { refused.append(problem); continue }
            state.apply(action, time: Date(), seq: 0)
            accepted.append(action)
        }
        return (JournalFixture.chain(accepted, header: header(rubric, profile: profile)), refused)
    }
}

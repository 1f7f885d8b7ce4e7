import Foundation

/// Checks an action against the rubric and the current state before it is appended.
///
/// Entries out of range are refused with a message saying what is allowed — never clamped.
public struct ActionValidator: Sendable {
    /// The rubric whose indicators, parts and limits entries are checked against.
    public let rubric: Rubric
    /// The applicant's variant and attributes, which decide what applies.
    public let profile: ApplicantProfile
    /// The language of refusal messages.
    public let lang: Lang

    /// Creates a validator for a rubric, an applicant and a message language.
    public init(rubric: Rubric, profile: ApplicantProfile, lang: Lang = .en) {
        self.rubric = rubric
        self.profile = profile
        self.lang = lang
    }

    /// The reason the action is refused, or `nil` when it may be appended.
    public func problem(with action: JournalAction, state: ReviewState) -> String? {
        if state.isSignedOff {
            if case .reopen(let reason) = action {
                return reason.trimmingCharacters(in: .whitespaces).isEmpty
                    ? lang.pick("重新打开已签署的评审须说明理由。", "Reopening a signed-off review needs a reason.") : nil
            }
            return lang.pick("评审已签署，不能修改；如需修改，请先重新打开（reopen）并说明理由。",
                             "The review is signed off and cannot change; reopen it first, with a reason.")
        }
        if let recusal = state.recusal {
            // A recused reviewer does not score; only the overall comment and sign-off remain.
            switch action {
            case .signoff, .reopen, .comment(target: "", text: _): break
            default:
                return lang.pick("已声明回避（\(recusal)），不能评分。", "You recused yourself (\(recusal)); you cannot score this application.")
            }
        }
        switch action {
        case let .tick(indicator, partID, item, _):
            let (part, err) = part(indicator, partID)
            guard let part else { return err }
            guard case .checklist(_, let items) = part.rule else { return notKind(indicator, partID, "checklist") }
            if !items.contains(where: { $0.id == item }) {
                return lang.pick("指标 \(indicator) 第 \(partID) 部分没有条目 \(item)；可选：\(items.map(\.id).joined(separator: ", "))",
                                 "Indicator \(indicator) part \(partID) has no item \(item); items: \(items.map(\.id).joined(separator: ", "))")
            }
        case let .choose(indicator, partID, option):
            let (part, err) = part(indicator, partID)
            guard let part else { return err }
            guard case .choice(let options) = part.rule else { return notKind(indicator, partID, "choice") }
            if let option, !options.contains(where: { $0.id == option }), !(part.allowsNone && option == ScoringPart.noneAnswer) {
                return lang.pick("指标 \(indicator) 第 \(partID) 部分没有选项 \(option)；可选：\(options.map(\.id).joined(separator: ", "))",
                                 "Indicator \(indicator) part \(partID) has no option \(option); options: \(options.map(\.id).joined(separator: ", "))")
            }
        case let .number(indicator, numberID, value, _):
            let (node, err) = indicatorNode(indicator)
            guard let node else { return err }
            guard let field = node.number(numberID) else {
                return lang.pick("指标 \(indicator) 没有数值 \(numberID)", "Indicator \(indicator) has no number \(numberID)")
            }
            if field.isDerived {
                return lang.pick("\(numberID) 由其他数值计算得出，不能直接输入", "\(numberID) is derived from other numbers and cannot be entered")
            }
            if let value {
                let minimum = field.minimum ?? 0
                if value < minimum {
                    return lang.pick("\(numberID) 不能小于 \(minimum.plain)（输入 \(value.plain)）", "\(numberID) cannot be below \(minimum.plain) (entered \(value.plain))")
                }
                if let maximum = field.maximum, value > maximum {
                    return lang.pick("\(numberID) 不能大于 \(maximum.plain)（输入 \(value.plain)）", "\(numberID) cannot be above \(maximum.plain) (entered \(value.plain))")
                }
            }
            // A ratio's parts must be possible (part ≤ whole, whole ≠ 0 unless the rubric allows it): rule in the model.
            if let problem = node.ratioProblem(setting: numberID, to: value, entered: state.inputs[indicator: indicator].numbers) {
                return problem.text(lang)
            }
        case let .count(indicator, partID, lineID, count):
            let (part, err) = part(indicator, partID)
            guard let part else { return err }
            guard case .counts(let lines) = part.rule else { return notKind(indicator, partID, "counts") }
            guard let line = lines.first(where: { $0.id == lineID }) else {
                return lang.pick("指标 \(indicator) 第 \(partID) 部分没有计数行 \(lineID)", "Indicator \(indicator) part \(partID) has no line \(lineID)")
            }
            if count < 0 { return lang.pick("数量不能为负数（输入 \(count)）", "A count cannot be negative (entered \(count))") }
            if let maxCount = line.maxCount, count > maxCount {
                return lang.pick("\(lineID) 最多计 \(maxCount) 个（输入 \(count)）", "\(lineID) counts at most \(maxCount) (entered \(count))")
            }
        case let .points(indicator, partID, points):
            return pointsProblem(indicator, partID, points)
        case let .scenarios(ids, other):
            if other < 0 { return lang.pick("其他场景数不能为负数", "The number of other scenarios cannot be negative") }
            if let table = rubric.scenarioTable {
                let known = Set(table.allScenarios.map(\.1.id))
                let unknown = ids.filter { !known.contains($0) }
                if !unknown.isEmpty {
                    return lang.pick("场景表中没有场景 \(unknown.joined(separator: ", "))", "No scenario \(unknown.joined(separator: ", ")) in the scenario table")
                }
            } else if !ids.isEmpty {
                return lang.pick("本细则没有场景表", "This rubric has no scenario table")
            }
        case let .gate(gate, verdict, reason):
            guard rubric.gates.contains(where: { $0.id == gate }) else {
                return lang.pick("没有基本要求 \(gate)；可选：\(rubric.gates.map(\.id).joined(separator: ", "))",
                                 "No gate \(gate); gates: \(rubric.gates.map(\.id).joined(separator: ", "))")
            }
            if verdict == .fail, reason.trimmingCharacters(in: .whitespaces).isEmpty {
                return lang.pick("判定不通过须说明理由", "A fail verdict needs a reason")
            }
        case let .evidence(target, item, _, _):
            let items: [EvidenceItem]
            if let gate = rubric.gates.first(where: { $0.id == target }) {
                items = gate.evidence
            } else if let node = rubric.node(target) {
                items = node.evidence
            } else {
                return lang.pick("没有指标或基本要求 \(target)", "No indicator or gate \(target)")
            }
            if !items.contains(where: { $0.id == item }) {
                return lang.pick("\(target) 没有佐证材料 \(item)", "\(target) has no evidence item \(item)")
            }
        case let .comment(target, _):
            if !target.isEmpty, rubric.node(target) == nil, !rubric.gates.contains(where: { $0.id == target }) {
                return lang.pick("没有指标 \(target)", "No indicator \(target)")
            }
        case let .recuse(reason):
            if reason.trimmingCharacters(in: .whitespaces).isEmpty {
                return lang.pick("回避须说明理由", "A recusal needs a reason")
            }
        case let .resolve(application, indicator, value, reason):
            if application.trimmingCharacters(in: .whitespaces).isEmpty {
                return lang.pick("裁定须指明申报编号", "A resolution needs an application id")
            }
            let (node, err) = indicatorNode(indicator)
            guard let node else { return err }
            let cap = node.cap.value(for: profile.variant) ?? node.cap.allValues.max() ?? 0
            if value < 0 || value > cap {
                return lang.pick("\(indicator) 的裁定值须在 0 至 \(cap.plain) 之间（输入 \(value.plain)）",
                                 "The agreed value of \(indicator) must be between 0 and \(cap.plain) (entered \(value.plain))")
            }
            if reason.trimmingCharacters(in: .whitespaces).isEmpty {
                return lang.pick("裁定须说明理由", "A resolution needs a reason")
            }
        case .signoff:
            return nil
        case .reopen:
            return lang.pick("评审尚未签署，无需重新打开", "The review is not signed off; there is nothing to reopen")
        }
        return nil
    }

    func pointsProblem(_ indicator: String, _ partID: String, _ points: Decimal?) -> String? {
        let (part, err) = part(indicator, partID)
        guard let part else { return err }
        guard case .manual(let max, let step, _) = part.rule else { return notKind(indicator, partID, "manual") }
        guard let points else { return nil }
        let cap = rubric.node(indicator)?.cap.resolve(profile.variant) ?? 0
        let limit = max?.resolve(profile.variant) ?? cap
        if points < 0 { return lang.pick("分值不能为负数（输入 \(points.plain)）", "Points cannot be negative (entered \(points.plain))") }
        if points > limit {
            return lang.pick("\(indicator) 第 \(partID) 部分最多 \(limit.plain) 分（输入 \(points.plain)），未记录",
                             "\(indicator) part \(partID) allows at most \(limit.plain) points (entered \(points.plain)); not recorded")
        }
        if points > cap {
            return lang.pick("\(indicator) 满分 \(cap.plain) 分（输入 \(points.plain)），未记录",
                             "\(indicator) is capped at \(cap.plain) points (entered \(points.plain)); not recorded")
        }
        if let step, !points.isMultiple(of: step) {
            return lang.pick("分值须为 \(step.plain) 的整数倍（输入 \(points.plain)）", "Points must be a multiple of \(step.plain) (entered \(points.plain))")
        }
        return nil
    }

    func indicatorNode(_ id: String) -> (RubricNode?, String?) {
        guard let node = rubric.node(id) else {
            return (nil, lang.pick("细则 \(rubric.id) 中没有指标 \(id)", "Rubric \(rubric.id) has no indicator \(id)"))
        }
        guard node.isIndicator else {
            return (nil, lang.pick("\(id) 有下级指标，不能直接评分", "\(id) has sub-indicators and is not scored directly"))
        }
        return (node, nil)
    }

    func part(_ indicator: String, _ partID: String) -> (ScoringPart?, String?) {
        let (node, err) = indicatorNode(indicator)
        guard let node else { return (nil, err) }
        guard let part = node.part(partID) else {
            return (nil, lang.pick("指标 \(indicator) 没有第 \(partID) 部分；可选：\(node.parts.map(\.id).joined(separator: ", "))",
                                   "Indicator \(indicator) has no part \(partID); parts: \(node.parts.map(\.id).joined(separator: ", "))"))
        }
        return (part, nil)
    }

    func notKind(_ indicator: String, _ partID: String, _ kind: String) -> String {
        lang.pick("指标 \(indicator) 第 \(partID) 部分不是 \(kind) 类型", "Indicator \(indicator) part \(partID) is not a \(kind) part")
    }
}

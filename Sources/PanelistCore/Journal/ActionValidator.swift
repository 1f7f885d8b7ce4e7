import Foundation

/// Checks an action against the rubric and the current state before it is appended, and again
/// on every record when a journal is merged.
///
/// Entries out of range are refused with a message saying what is allowed — never clamped.
/// Every integer and decimal that comes from outside (the screen, a sheet, a journal file) has
/// its limits checked here, once, so that scoring cannot overflow on a journal that passed:
/// counts and other scenarios are whole numbers from 0 to `countLimit`, figures lie within
/// ±`numberLimit`, and no value has more than `decimalPlacesLimit` digits after the point.
public struct ActionValidator: Sendable {
    /// The largest count of a counts line, and the largest number of other scenarios.
    public static let countLimit = 1_000_000
    /// The largest magnitude of an entered figure (numbers are in the rubric's units, e.g. 万元).
    public static let numberLimit = Decimal(sign: .plus, exponent: 15, significand: 1)
    /// The most digits after the decimal point of an entered value.
    public static let decimalPlacesLimit = 20

    /// The rubric whose indicators, parts and limits entries are checked against.
    public let rubric: Rubric
    /// The applicant's variant and attributes, which decide what applies.
    public let profile: ApplicantProfile
    /// The language of refusal messages.
    public let lang: Lang
    /// The rubric's nodes by id (built once; a merge checks every record of every journal).
    let nodes: [String: RubricNode]

    /// Creates a validator for a rubric, an applicant and a message language.
    public init(rubric: Rubric, profile: ApplicantProfile, lang: Lang = .en) {
        self.rubric = rubric
        self.profile = profile
        self.lang = lang
        var nodes: [String: RubricNode] = [:]
        for node in rubric.allNodes where nodes[node.id] == nil { nodes[node.id] = node }
        self.nodes = nodes
    }

    init(rubric: Rubric, profile: ApplicantProfile, lang: Lang, nodes: [String: RubricNode]) {
        self.rubric = rubric
        self.profile = profile
        self.lang = lang
        self.nodes = nodes
    }

    /// The same checks for another applicant (the rubric's index is shared).
    public func with(profile: ApplicantProfile) -> ActionValidator {
        ActionValidator(rubric: rubric, profile: profile, lang: lang, nodes: nodes)
    }

    /// The same checks with messages in another language.
    public func with(lang: Lang) -> ActionValidator {
        ActionValidator(rubric: rubric, profile: profile, lang: lang, nodes: nodes)
    }

    /// The node with an id.
    func node(_ id: String) -> RubricNode? { nodes[id] }

    /// Why a decimal from outside is refused whatever the rubric says: too large or too finely divided.
    func decimalProblem(_ name: String, _ value: Decimal) -> String? {
        if value.isNaN { return lang.pick("\(name) 不是数字", "\(name) is not a number") }
        if value.decimalPlaces > Self.decimalPlacesLimit {
            return lang.pick("\(name) 小数位过多（最多 \(Self.decimalPlacesLimit) 位）", "\(name) has too many decimal places (at most \(Self.decimalPlacesLimit))")
        }
        if value > Self.numberLimit || value < -Self.numberLimit {
            return lang.pick("\(name) 超出可录入的范围（绝对值不超过 10^15）", "\(name) is out of range (at most 10^15 in magnitude)")
        }
        return nil
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
                return lang.pick("指标 \(Excerpt.of(indicator)) 第 \(Excerpt.of(partID)) 部分没有条目 \(Excerpt.of(item))；可选：\(items.map(\.id).joined(separator: ", "))",
                                 "Indicator \(Excerpt.of(indicator)) part \(Excerpt.of(partID)) has no item \(Excerpt.of(item)); items: \(items.map(\.id).joined(separator: ", "))")
            }
        case let .choose(indicator, partID, option):
            let (part, err) = part(indicator, partID)
            guard let part else { return err }
            guard case .choice(let options) = part.rule else { return notKind(indicator, partID, "choice") }
            if let option, !options.contains(where: { $0.id == option }), !(part.allowsNone && option == ScoringPart.noneAnswer) {
                return lang.pick("指标 \(Excerpt.of(indicator)) 第 \(Excerpt.of(partID)) 部分没有选项 \(Excerpt.of(option))；可选：\(options.map(\.id).joined(separator: ", "))",
                                 "Indicator \(Excerpt.of(indicator)) part \(Excerpt.of(partID)) has no option \(Excerpt.of(option)); options: \(options.map(\.id).joined(separator: ", "))")
            }
        case let .number(indicator, numberID, value, _):
            let (node, err) = indicatorNode(indicator)
            guard let node else { return err }
            guard let field = node.number(numberID) else {
                return lang.pick("指标 \(Excerpt.of(indicator)) 没有数值 \(Excerpt.of(numberID))", "Indicator \(Excerpt.of(indicator)) has no number \(Excerpt.of(numberID))")
            }
            if field.isDerived {
                return lang.pick("\(Excerpt.of(numberID)) 由其他数值计算得出，不能直接输入", "\(Excerpt.of(numberID)) is derived from other numbers and cannot be entered")
            }
            if let value {
                if let problem = decimalProblem(numberID, value) { return problem }
                let minimum = field.minimum ?? 0
                if value < minimum {
                    return lang.pick("\(Excerpt.of(numberID)) 不能小于 \(minimum.plain)（输入 \(value.plain)）", "\(Excerpt.of(numberID)) cannot be below \(minimum.plain) (entered \(value.plain))")
                }
                if let maximum = field.maximum, value > maximum {
                    return lang.pick("\(Excerpt.of(numberID)) 不能大于 \(maximum.plain)（输入 \(value.plain)）", "\(Excerpt.of(numberID)) cannot be above \(maximum.plain) (entered \(value.plain))")
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
                return lang.pick("指标 \(Excerpt.of(indicator)) 第 \(Excerpt.of(partID)) 部分没有计数行 \(Excerpt.of(lineID))", "Indicator \(Excerpt.of(indicator)) part \(Excerpt.of(partID)) has no line \(Excerpt.of(lineID))")
            }
            if count < 0 { return lang.pick("数量不能为负数（输入 \(count)）", "A count cannot be negative (entered \(count))") }
            if count > Self.countLimit {
                return lang.pick("数量不能超过 \(Self.countLimit)（输入 \(count)）", "A count cannot exceed \(Self.countLimit) (entered \(count))")
            }
            if let maxCount = line.maxCount, count > maxCount {
                return lang.pick("\(Excerpt.of(lineID)) 最多计 \(maxCount) 个（输入 \(count)）", "\(Excerpt.of(lineID)) counts at most \(maxCount) (entered \(count))")
            }
        case let .points(indicator, partID, points):
            return pointsProblem(indicator, partID, points)
        case let .scenarios(ids, other):
            if other < 0 { return lang.pick("其他场景数不能为负数", "The number of other scenarios cannot be negative") }
            if other > Self.countLimit {
                return lang.pick("其他场景数不能超过 \(Self.countLimit)（输入 \(other)）", "The number of other scenarios cannot exceed \(Self.countLimit) (entered \(other))")
            }
            if Set(ids).count != ids.count { return lang.pick("场景重复列出", "A scenario is listed twice") }
            if let table = rubric.scenarioTable {
                let known = Set(table.allScenarios.map(\.1.id))
                let unknown = ids.filter { !known.contains($0) }
                if !unknown.isEmpty {
                    return lang.pick("场景表中没有场景 \(Excerpt.of(unknown.joined(separator: ", ")))", "No scenario \(Excerpt.of(unknown.joined(separator: ", "))) in the scenario table")
                }
            } else if !ids.isEmpty {
                return lang.pick("本细则没有场景表", "This rubric has no scenario table")
            }
        case let .gate(gate, verdict, reason):
            guard rubric.gates.contains(where: { $0.id == gate }) else {
                return lang.pick("没有基本要求 \(Excerpt.of(gate))；可选：\(rubric.gates.map(\.id).joined(separator: ", "))",
                                 "No gate \(Excerpt.of(gate)); gates: \(rubric.gates.map(\.id).joined(separator: ", "))")
            }
            if verdict == .fail, reason.trimmingCharacters(in: .whitespaces).isEmpty {
                return lang.pick("判定不通过须说明理由", "A fail verdict needs a reason")
            }
        case let .evidence(target, item, _, _):
            let items: [EvidenceItem]
            if let gate = rubric.gates.first(where: { $0.id == target }) {
                items = gate.evidence
            } else if let node = node(target) {
                items = node.evidence
            } else {
                return lang.pick("没有指标或基本要求 \(Excerpt.of(target))", "No indicator or gate \(Excerpt.of(target))")
            }
            if !items.contains(where: { $0.id == item }) {
                return lang.pick("\(Excerpt.of(target)) 没有佐证材料 \(Excerpt.of(item))", "\(Excerpt.of(target)) has no evidence item \(Excerpt.of(item))")
            }
        case let .comment(target, _):
            if !target.isEmpty, node(target) == nil, !rubric.gates.contains(where: { $0.id == target }) {
                return lang.pick("没有指标 \(Excerpt.of(target))", "No indicator \(Excerpt.of(target))")
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
            if let problem = decimalProblem(indicator, value) { return problem }
            if value < 0 || value > cap {
                return lang.pick("\(Excerpt.of(indicator)) 的裁定值须在 0 至 \(cap.plain) 之间（输入 \(value.plain)）",
                                 "The agreed value of \(Excerpt.of(indicator)) must be between 0 and \(cap.plain) (entered \(value.plain))")
            }
            if reason.trimmingCharacters(in: .whitespaces).isEmpty {
                return lang.pick("裁定须说明理由", "A resolution needs a reason")
            }
        case let .heads(journals):
            for mark in journals {
                let hex = mark.head.utf8.count == 64 && mark.head.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
                if mark.application.isEmpty || mark.fingerprint.isEmpty || mark.seq < 0 || !hex {
                    return lang.pick("合并记录的链头不完整（\(Excerpt.of(mark.application))）", "A merged journal's head is incomplete (\(Excerpt.of(mark.application)))")
                }
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
        if let problem = decimalProblem(indicator, points) { return problem }
        let cap = node(indicator)?.cap.resolve(profile.variant) ?? 0
        let limit = max?.resolve(profile.variant) ?? cap
        if points < 0 { return lang.pick("分值不能为负数（输入 \(points.plain)）", "Points cannot be negative (entered \(points.plain))") }
        if points > limit {
            return lang.pick("\(Excerpt.of(indicator)) 第 \(Excerpt.of(partID)) 部分最多 \(limit.plain) 分（输入 \(points.plain)），未记录",
                             "\(Excerpt.of(indicator)) part \(Excerpt.of(partID)) allows at most \(limit.plain) points (entered \(points.plain)); not recorded")
        }
        if points > cap {
            return lang.pick("\(Excerpt.of(indicator)) 满分 \(cap.plain) 分（输入 \(points.plain)），未记录",
                             "\(Excerpt.of(indicator)) is capped at \(cap.plain) points (entered \(points.plain)); not recorded")
        }
        if let step, !points.isMultiple(of: step) {
            return lang.pick("分值须为 \(step.plain) 的整数倍（输入 \(points.plain)）", "Points must be a multiple of \(step.plain) (entered \(points.plain))")
        }
        return nil
    }

    func indicatorNode(_ id: String) -> (RubricNode?, String?) {
        guard let node = node(id) else {
            return (nil, lang.pick("细则 \(rubric.id) 中没有指标 \(Excerpt.of(id))", "Rubric \(rubric.id) has no indicator \(Excerpt.of(id))"))
        }
        guard node.isIndicator else {
            return (nil, lang.pick("\(Excerpt.of(id)) 有下级指标，不能直接评分", "\(Excerpt.of(id)) has sub-indicators and is not scored directly"))
        }
        return (node, nil)
    }

    func part(_ indicator: String, _ partID: String) -> (ScoringPart?, String?) {
        let (node, err) = indicatorNode(indicator)
        guard let node else { return (nil, err) }
        guard let part = node.part(partID) else {
            return (nil, lang.pick("指标 \(Excerpt.of(indicator)) 没有第 \(Excerpt.of(partID)) 部分；可选：\(node.parts.map(\.id).joined(separator: ", "))",
                                   "Indicator \(Excerpt.of(indicator)) has no part \(Excerpt.of(partID)); parts: \(node.parts.map(\.id).joined(separator: ", "))"))
        }
        return (part, nil)
    }

    func notKind(_ indicator: String, _ partID: String, _ kind: String) -> String {
        lang.pick("指标 \(Excerpt.of(indicator)) 第 \(Excerpt.of(partID)) 部分不是 \(kind) 类型", "Indicator \(Excerpt.of(indicator)) part \(Excerpt.of(partID)) is not a \(kind) part")
    }
}

import Foundation
import PanelistCore

/// Interface words and formatting shared by the screens.
public enum UIText {
    /// The outcome in words.
    public static func outcome(_ outcome: Outcome, lang: Lang) -> String {
        switch outcome {
        case .recognised: return lang.pick("达到认定分数线", "Meets the threshold")
        case .belowThreshold: return lang.pick("未达认定分数线", "Below the threshold")
        case .ineligible: return lang.pick("门槛条件不通过：不具备资格", "A gate failed: ineligible")
        case .provisional: return lang.pick("暂达分数线（尚有待评项）", "At the threshold so far (items still open)")
        case .incomplete: return lang.pick("评审未完成", "Review incomplete")
        case .scored: return lang.pick("评审完成", "Review complete")
        }
    }

    /// A gate verdict in words: the same words in the tree, the panel and messages.
    public static func verdict(_ verdict: GateVerdict, lang: Lang) -> String {
        switch verdict {
        case .pass: return lang.pick("通过", "pass")
        case .fail: return lang.pick("不通过", "fail")
        case .pending: return lang.pick("待核", "open")
        }
    }

    /// An evidence mark in words (`nil`: not checked yet).
    public static func mark(_ mark: EvidenceMark?, lang: Lang) -> String {
        switch mark {
        case .seen?: return lang.pick("已见", "seen")
        case .missing?: return lang.pick("缺失", "missing")
        case .doubtful?: return lang.pick("存疑", "doubtful")
        case nil: return lang.pick("未核", "unchecked")
        }
    }

    /// Parses a number as typed, with the application loader's rules: thousands commas,
    /// the field's unit or none ("1,800", "1800万元", "85%"); approximate or malformed
    /// figures are refused with the reason, in the screen's language.
    public static func parseNumber(_ text: String, unit: String, lang: Lang) -> Result<Decimal, NumberProblem> {
        switch StatedNumber.parse(text) {
        case .failure(let problem):
            return .failure(NumberProblem(message: problem.message(lang)))
        case .success(let parsed):
            let same = parsed.unit.isEmpty || parsed.unit == unit || (unit == "%" && parsed.unit == "％")
            guard same else {
                return .failure(NumberProblem(message: lang.pick("单位应为「\(unit)」，而不是「\(parsed.unit)」", "the unit is \(unit), not \(parsed.unit)")))
            }
            return .success(parsed.value)
        }
    }

    /// Why a typed number was refused.
    public struct NumberProblem: Error, Sendable, Equatable {
        /// What was wrong with the number, in the UI's language.
        public var message: String
    }
}

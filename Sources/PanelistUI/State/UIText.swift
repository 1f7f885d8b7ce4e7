import Foundation
import PanelistCore

/// Interface strings and formatting shared by the screens.
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

    /// A date and time, `yyyy-MM-dd HH:mm:ss`, in the given time zone (the reviewer's by default).
    public static func time(_ date: Date, in zone: TimeZone = .current) -> String {
        LocalTime.date(date, in: zone) + " " + LocalTime.clock(date, in: zone)
    }

    /// A clock time `HH:mm:ss` in the given time zone (by integer arithmetic: cheap on every frame).
    public static func clock(_ date: Date, in zone: TimeZone = .current) -> String {
        LocalTime.clock(date, in: zone)
    }

    /// Parses a number as typed, with the application loader's rules: thousands commas,
    /// the field's unit or none ("1,800", "1800万元", "85%"); approximate or malformed
    /// figures are refused with the reason.
    public static func parseNumber(_ text: String, unit: String, lang: Lang) -> Result<Decimal, NumberProblem> {
        switch StatedNumber.parse(text) {
        case .failure(let problem):
            return .failure(NumberProblem(message: problem.message))
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

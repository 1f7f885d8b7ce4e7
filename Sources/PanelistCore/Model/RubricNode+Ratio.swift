import Foundation

/// The rules a ratio's parts must obey (004's a = local ÷ total × 100%): a share's part never
/// exceeds its whole, and a whole of 0 is refused unless the rubric lets it mean "no such
/// spending". The action validator asks `ratioProblem` before a number is recorded; the
/// engine asks `ratioValue` when it scores.
extension RubricNode {
    /// What a ratio's entered parts give: nothing yet, a value, "no such figure", or parts that cannot be.
    public enum RatioValue: Sendable, Equatable {
        /// A part is not entered yet.
        case missing
        /// numerator ÷ denominator × scale, exactly.
        case value(Decimal)
        /// Both parts are 0 and the rubric lets that record "not applicable" (its text says why).
        case zeroTotal(LocalizedText)
        /// The parts cannot be (part above the whole, whole 0); the message says why.
        case impossible(LocalizedText)
    }

    /// The value of a derived number from the entered numbers.
    public func ratioValue(_ field: NumberField, entered: [String: Decimal]) -> RatioValue {
        guard let ratio = field.ratio else { return .missing }
        guard let n = entered[ratio.numerator], let d = entered[ratio.denominator] else { return .missing }
        if let problem = pairProblem(field, ratio, numerator: n, denominator: d) { return .impossible(problem) }
        if d == 0, let text = ratio.zeroTotal { return .zeroTotal(text) }
        return .value(n * ratio.scale / d)
    }

    /// Why recording `value` for `numberID` would give one of this node's ratios parts that cannot
    /// be, or `nil` when it may be recorded. `entered` holds the numbers recorded so far.
    public func ratioProblem(setting numberID: String, to value: Decimal?, entered: [String: Decimal]) -> LocalizedText? {
        guard let value else { return nil }
        var values = entered
        values[numberID] = value
        for field in numbers(involving: numberID) {
            guard let ratio = field.ratio else { continue }
            if ratio.denominator == numberID, value == 0, ratio.zeroTotal == nil {
                return zeroProblem(field, ratio)
            }
            guard let n = values[ratio.numerator], let d = values[ratio.denominator] else { continue }
            if let problem = pairProblem(field, ratio, numerator: n, denominator: d) { return problem }
        }
        return nil
    }

    /// The node's ratios that read a number.
    func numbers(involving id: String) -> [NumberField] {
        self.numbers.filter { $0.ratio?.numerator == id || $0.ratio?.denominator == id }
    }

    func pairProblem(_ field: NumberField, _ ratio: NumberField.Ratio, numerator n: Decimal, denominator d: Decimal) -> LocalizedText? {
        let num = number(ratio.numerator), den = number(ratio.denominator)
        let nTitle = num?.title.text(.zh) ?? ratio.numerator, dTitle = den?.title.text(.zh) ?? ratio.denominator
        let nEn = num?.title.text(.en) ?? ratio.numerator, dEn = den?.title.text(.en) ?? ratio.denominator
        let nText = n.plain + (num?.unit ?? ""), dText = d.plain + (den?.unit ?? "")
        if ratio.isShare, n > d {
            return LocalizedText(
                "\(nTitle) \(nText) 大于\(dTitle) \(dText)：\(field.id) 是占比，前者是后者的一部分，不能超过后者（否则占比超过 100%）。请核对两项金额；若要改的是\(dTitle)，请先改它。",
                en: "\(nEn) \(nText) is more than \(dEn) \(dText): \(field.id) is a share and the first is part of the second, so it cannot exceed it (the share would be over 100%). Check both amounts; if \(dEn) is the one to correct, change it first.")
        }
        if d == 0 {
            if ratio.zeroTotal == nil { return zeroProblem(field, ratio) }
            if n != 0 {
                return LocalizedText(
                    "\(dTitle)为 0 时\(nTitle)也只能为 0（记为“\(ratio.zeroTotal?.text(.zh) ?? "")”）；现为 \(nText)。",
                    en: "With \(dEn) at 0, \(nEn) can only be 0 (recorded as \"\(ratio.zeroTotal?.text(.en) ?? "")\"); it is \(nText).")
            }
        }
        return nil
    }

    func zeroProblem(_ field: NumberField, _ ratio: NumberField.Ratio) -> LocalizedText {
        let den = number(ratio.denominator)
        let dTitle = den?.title.text(.zh) ?? ratio.denominator, dEn = den?.title.text(.en) ?? ratio.denominator
        return LocalizedText(
            "\(dTitle)不能为 0：\(field.id) = \(ratio.numerator) ÷ \(ratio.denominator) 无从计算。请填写实际金额。",
            en: "\(dEn) cannot be 0: \(field.id) = \(ratio.numerator) ÷ \(ratio.denominator) cannot be computed. Enter the actual amount.")
    }
}

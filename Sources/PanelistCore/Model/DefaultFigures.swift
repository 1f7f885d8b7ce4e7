/// Figures the rubric's author chose where the seed sets none (`defaults:` in a rubric file),
/// and who may change them.
///
/// 000, 001, 002 and 003 publish requirements without points; their rubric files give every
/// requirement a cap so that experts can score, and mark those caps `default: true`. Every
/// printout, sheet and screen marks such a figure and says, in one line, who decides it.
public struct DefaultFigures: Sendable, Equatable {
    /// Who decides the figures and may change them (组委会, 组织方 …).
    public var setBy: LocalizedText

    /// Creates the declaration.
    public init(setBy: LocalizedText) {
        self.setBy = setBy
    }
}

import Foundation
import PanelistCore

/// The screen's settings: language, drawing style, time zone, comment pause.
public struct UISettings: Sendable, Equatable {
    /// The language of the screens.
    public var lang: Lang
    /// The characters the screens draw with.
    public var glyphs: Glyphs
    /// The time zone times are shown in (the reviewer's).
    public var timeZone: TimeZone
    /// Seconds of no typing after which a comment being edited is saved.
    public var commentPause: TimeInterval

    /// Creates settings.
    public init(lang: Lang, ascii: Bool, timeZone: TimeZone = .current, commentPause: TimeInterval = 1.5) {
        self.lang = lang
        self.glyphs = ascii ? .ascii : .unicode
        self.timeZone = timeZone
        self.commentPause = commentPause
    }
}

import Foundation

/// The value of one sheet entry (see `SheetKey`).
public enum SheetValue: Sendable, Equatable {
    /// A chosen option id (`none` for "none of these").
    case option(String)
    /// Ticked checklist items; empty means answered with none.
    case items(Set<String>)
    /// An entered number or expert points.
    case decimal(Decimal)
    /// A line count.
    case count(Int)
    /// Confirmed scenario ids and scenarios outside the table.
    case scenarios(Set<String>, other: Int)
    /// A gate verdict with its reason.
    case gate(GateVerdict, reason: String)
    /// An evidence mark with its note.
    case evidence(EvidenceMark, note: String)
    /// A comment text.
    case text(String)
}

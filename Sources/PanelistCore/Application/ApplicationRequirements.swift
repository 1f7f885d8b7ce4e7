/// Which of the rubric's required figures and tables (`required:`) an application carries.
///
/// `app check` lists what is missing; the screen asks `missing(_:_:for:)` for the indicator shown.
public enum ApplicationRequirements {
    /// One required item and what the application has for it.
    public struct Status: Sendable, Equatable {
        /// The required figure or table.
        public var item: RequiredItem
        /// What meets it (the fact, form figure or table title), or `nil` when nothing does.
        public var foundAs: String?
        /// For a table found: required columns it lacks; for one without rows, every column.
        public var missingColumns: [String]
        /// The table was found but has no rows.
        public var emptyTable: Bool

        /// Creates a status.
        public init(item: RequiredItem, foundAs: String?, missingColumns: [String] = [], emptyTable: Bool = false) {
            self.item = item
            self.foundAs = foundAs
            self.missingColumns = missingColumns
            self.emptyTable = emptyTable
        }

        /// Whether the application meets the requirement.
        public var isMet: Bool { foundAs != nil && missingColumns.isEmpty && !emptyTable }

        /// One line for a reader: what is required, where the form asks for it, and what is missing.
        public func line(_ lang: Lang) -> String {
            var text = item.title.text(lang)
            if let source = item.source { text += lang.pick("（\(source.text(.zh))）", " (\(source.text(lang)))") }
            if !item.indicators.isEmpty {
                text += lang.pick("，用于 \(item.indicators.joined(separator: "、"))", ", used by \(item.indicators.joined(separator: ", "))")
            }
            if foundAs == nil {
                return text + lang.pick("：申报书未提供", ": not in the application")
            }
            if emptyTable { return text + lang.pick("：表“\(foundAs ?? "")”没有数据行", ": the table \"\(foundAs ?? "")\" has no rows") }
            if !missingColumns.isEmpty {
                return text + lang.pick("：表“\(foundAs ?? "")”缺少列 \(missingColumns.joined(separator: "、"))",
                                        ": the table \"\(foundAs ?? "")\" lacks the columns \(missingColumns.joined(separator: ", "))")
            }
            return text + lang.pick("：已提供（\(foundAs ?? "")）", ": given (\(foundAs ?? ""))")
        }
    }

    /// Every required item of the rubric with what the application has for it, in rubric order.
    public static func check(_ rubric: Rubric, _ app: Application) -> [Status] {
        rubric.required.map { status($0, app) }
    }

    /// The required items the application lacks.
    public static func missing(_ rubric: Rubric, _ app: Application) -> [Status] {
        check(rubric, app).filter { !$0.isMet }
    }

    /// The required items an indicator or gate needs that the application lacks.
    public static func missing(_ rubric: Rubric, _ app: Application, for target: String) -> [Status] {
        rubric.required.filter { $0.indicators.contains(target) }.map { status($0, app) }.filter { !$0.isMet }
    }

    static func status(_ item: RequiredItem, _ app: Application) -> Status {
        switch item.kind {
        case .figure:
            if let fact = item.fact, let stated = app.fact(fact) { return Status(item: item, foundAs: "\(fact): \(stated.number.text)") }
            if let figure = app.keyFigures.first(where: { matches($0.title, item.match) }) {
                return Status(item: item, foundAs: "\(figure.title): \(figure.number.text)")
            }
            return Status(item: item, foundAs: nil)
        case .table:
            guard let table = app.tables.first(where: { matches($0.title, item.match) }) else { return Status(item: item, foundAs: nil) }
            let lacking = item.columns.filter { column in !table.columns.contains { normalized($0).contains(normalized(column)) } }
            return Status(item: item, foundAs: table.title, missingColumns: lacking, emptyTable: table.rows.isEmpty)
        }
    }

    /// Whether a title contains one of the fragments, ignoring spaces, stars, brackets and `%`.
    public static func matches(_ title: String, _ fragments: [String]) -> Bool {
        let t = normalized(title)
        return fragments.contains { !normalized($0).isEmpty && t.contains(normalized($0)) }
    }

    static func normalized(_ text: String) -> String {
        let dropped: Set<Character> = [" ", "\u{3000}", "*", "＊", "(", ")", "（", "）", "%", "％"]
        return String(text.filter { !dropped.contains($0) }).lowercased()
    }
}

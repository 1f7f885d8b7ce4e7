/// A programme's application form (申报书样式) as data: where an importer finds each field,
/// tick, figure, section and table of an applicant's filled-in Word file.
///
/// Loaded from a companion file `Rubrics/forms/<rubric-id>.form.yaml` (format `panelist-form/1`,
/// documented in `docs/FORMS.md`), so that a new programme needs a file, not code.
public struct FormTemplate: Sendable, Equatable {
    /// The rubric the form belongs to.
    public var rubric: String
    /// The form's title, e.g. 附件2 株洲市智能制造标杆申报书.
    public var title: String
    /// Where the form comes from (seed file and lines).
    public var source: String
    /// Beginnings of the form's own instruction paragraphs (（要求：, 注：, 示例：): not the applicant's text.
    public var instructions: [String]
    /// Labelled fields of the form's tables and cover paragraphs.
    public var fields: [FormField]
    /// Tables of figures by year or column (主要经济指标): each row label × column heading is a KPI.
    public var matrices: [FormLabelRule]
    /// Blocks of label/value pairs under a row heading (智能制造实施效果): each pair is a KPI.
    public var blocks: [FormLabelRule]
    /// The numbered sections of the form, in order.
    public var sections: [FormSectionRule]
    /// The titled tables of the form (equipment, services, patents …).
    public var tables: [FormTableRule]
    /// Figures computed by adding a table column (e.g. 004's local equipment for 4.1).
    public var sums: [FormSumRule]
    /// The scenario list (环节 — 场景 — 有/无 or 实例), if the form has one.
    public var scenarios: FormScenarioRule?
    /// The file the template was read from, for messages.
    public var file: String

    /// Creates a template.
    public init(rubric: String, title: String, source: String = "", instructions: [String] = [], fields: [FormField] = [],
                matrices: [FormLabelRule] = [], blocks: [FormLabelRule] = [], sections: [FormSectionRule] = [],
                tables: [FormTableRule] = [], sums: [FormSumRule] = [], scenarios: FormScenarioRule? = nil, file: String = "") {
        self.rubric = rubric
        self.title = title
        self.source = source
        self.instructions = instructions
        self.fields = fields
        self.matrices = matrices
        self.blocks = blocks
        self.sections = sections
        self.tables = tables
        self.sums = sums
        self.scenarios = scenarios
        self.file = file
    }

    /// Every section and subsection, depth first.
    public var allSections: [FormSectionRule] {
        sections.flatMap { [$0] + $0.subsections }
    }
}

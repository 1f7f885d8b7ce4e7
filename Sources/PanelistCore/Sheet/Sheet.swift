/// Entry points for score sheets: export from a journal or blank, and import into a journal.
public enum Sheet {
    /// The sheet of a journal's current state, recording its head for conflict checks.
    public static func export(rubric: Rubric, header: JournalHeader, records: [JournalRecord], lang: Lang) -> String {
        let scope = SheetScope(rubric: rubric, profile: header.profile)
        let state = ReviewState.replay(records)
        let head = records.last.map { SheetHeader.Head(seq: $0.seq, sum: $0.sum) }
        let sheetHeader = SheetHeader(rubric: header.rubric, application: header.application, variant: header.profile.variant,
                                      reviewer: header.reviewer.name, fingerprint: header.reviewer.fingerprint, head: head)
        return SheetWriter(scope: scope, lang: lang).render(header: sheetHeader, entries: SheetEntries.from(state, scope: scope))
    }

    /// A blank sheet for an application (no journal yet).
    public static func blank(rubric: Rubric, rubricRef: JournalDocumentRef, application: JournalDocumentRef,
                             profile: ApplicantProfile, reviewer: String = "", fingerprint: String? = nil, lang: Lang) -> String {
        let scope = SheetScope(rubric: rubric, profile: profile)
        let header = SheetHeader(rubric: rubricRef, application: application, variant: profile.variant,
                                 reviewer: reviewer, fingerprint: fingerprint, head: nil)
        return SheetWriter(scope: scope, lang: lang).render(header: header, entries: SheetEntries())
    }

    /// Parses a sheet and plans the actions to append to a journal, or every problem.
    public static func plan(_ text: String, rubric: Rubric, records: [JournalRecord], lang: Lang, force: Bool = false) throws(SheetFailure) -> SheetImportPlan {
        try plan(bytes: Array(text.utf8), rubric: rubric, records: records, lang: lang, force: force)
    }

    /// Parses a sheet's bytes (LF or CRLF; UTF-8 checked) and plans the actions to append to a journal, or every problem.
    public static func plan(bytes: [UInt8], rubric: Rubric, records: [JournalRecord], lang: Lang, force: Bool = false) throws(SheetFailure) -> SheetImportPlan {
        guard let header = records.first?.header else {
            throw SheetFailure([SheetProblem(line: 0, message: lang.pick("日志没有头记录", "the journal has no header record"))])
        }
        let parsed = try SheetParser(scope: SheetScope(rubric: rubric, profile: header.profile), lang: lang).parse(bytes: bytes)
        return try SheetImport(rubric: rubric, lang: lang).plan(parsed, records: records, force: force)
    }
}

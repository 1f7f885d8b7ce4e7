extension PanelFormat {
    /// The terminal's lines about the input journals that have issues: one per file, except that the
    /// same words for more than three files (one reviewer's unknown key on 200 journals) are said
    /// once, with how many files and the first and last of them. In the order the files first appear.
    public func intakeLines(_ entries: [IntakeEntry], _ report: PanelReport? = nil) -> [String] {
        var said: [(text: String, files: [String])] = []
        var index: [String: Int] = [:]
        for e in entries where !e.issues.isEmpty {
            let text = "\(e.decision.label(lang)) — \(issues(e, report))"
            if let i = index[text] {
                said[i].files.append(e.file)
            } else {
                index[text] = said.count
                said.append((text, [e.file]))
            }
        }
        return said.flatMap { text, files -> [String] in
            guard files.count > 3, let first = files.first, let last = files.last else { return files.map { "\($0): \(text)" } }
            return [lang.pick("\(files.count) 份日志（\(first) … \(last)）：\(text)", "\(files.count) journals (\(first) … \(last)): \(text)")]
        }
    }
}

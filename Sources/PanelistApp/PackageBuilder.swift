import Foundation
import PanelistCore
import PanelistStore

/// `panelist package create`: one package per reviewer and one for the chair, made from a panel file.
public struct PackageBuilder {
    /// The rubrics in use.
    public var library: RubricLibrary
    /// The language of messages.
    public var lang: Lang

    /// Creates a builder.
    public init(library: RubricLibrary, lang: Lang) {
        self.library = library
        self.lang = lang
    }

    /// One package made: its manifest and the file written.
    public struct Made: Sendable {
        /// The manifest.
        public var manifest: PackageManifest
        /// The package file.
        public var file: String
        /// Its size in bytes.
        public var size: Int
    }

    /// What `create` made, and what it warns about (e.g. attachments named but not found).
    public struct Result: Sendable {
        /// The packages, reviewers first in the panel's order, then the chair.
        public var packages: [Made]
        /// Warnings (nothing was refused).
        public var warnings: [String]
    }

    /// Reads the panel, its rubric and applications, checks them, and writes every package into `outDirectory`.
    /// Nothing is written unless every package could be made.
    public func create(panelFile: String, applications extra: [String], rubric rubricOption: String?, knownKeys: KnownKeysFile?,
                       outDirectory: String, now: Date = Date()) throws -> Result {
        guard let data = FileManager.default.contents(atPath: panelFile) else {
            throw AppError(lang.pick("\(panelFile)：无法读取专家组文件", "\(panelFile): cannot read the panel file; check that it exists"))
        }
        let (loaded, diagnostics) = PanelPlanLoader.load(yaml: String(decoding: data, as: UTF8.self), file: panelFile)
        guard var plan = loaded else { throw AppError(diagnostics.map(\.description).joined(separator: "\n")) }
        var warnings = diagnostics.filter { $0.severity == .warning }.map(\.description)

        // The rubric: --rubric (must have the panel's id), else the panel's id from the library.
        let source = try library.source(rubricOption ?? plan.rubricID)
        let rubric = try source.rubric()
        guard rubric.id == plan.rubricID else {
            throw AppError(lang.pick("\(source.displayName) 的细则编号是 \(rubric.id)，而专家组文件 \(panelFile) 要求 \(plan.rubricID)",
                                     "\(source.displayName) is the rubric '\(rubric.id)', but \(panelFile) names '\(plan.rubricID)'"))
        }

        // Applications, each loaded against the rubric; ids unique.
        var apps: [PanelApplication] = []
        for file in try PanelApplication.resolve(plan.applications, panelFile: panelFile, extra: extra) {
            let app = try PanelApplication.load(file, rubric: rubric)
            if let other = apps.first(where: { $0.id == app.id }) {
                throw AppError(lang.pick("\(file) 与 \(other.path) 的申报编号都是 \(app.id)", "\(file) and \(other.path) both have the id '\(app.id)'"))
            }
            if !app.missingAttachments.isEmpty {
                let names = app.missingAttachments.joined(separator: lang.pick("、", ", "))
                warnings.append(lang.pick("\(file)：\(app.missingAttachments.count) 份佐证材料未找到（在申报书旁或 \(app.id)/ 文件夹中），未放入评审包：\(names)",
                                          "\(file): \(app.missingAttachments.count) attachment(s) named in the evidence list were not found (beside the file or in \(app.id)/) and are not packaged: \(names)"))
            }
            apps.append(app)
        }
        let ids = apps.map(\.id)

        // Members: assignments and conflicts name known applications; keys from the panel or the known-keys file.
        func check(_ m: PanelMember) throws -> PanelMember {
            var m = m
            for id in (m.applications ?? []) + m.conflicts.map(\.application) where !ids.contains(id) {
                throw AppError("\(m.location): " + lang.pick("\(m.name) 的分配或回避中有 \(id)，但专家组没有这个申报（有：\(ids.joined(separator: ", "))）",
                                                             "\(m.name) is assigned or conflicted with '\(id)', which is not an application of the panel (there are: \(ids.joined(separator: ", ")))"))
            }
            let known = knownKeys?.keys(of: m.name) ?? []
            if Set(known).count > 1 {
                throw AppError(lang.pick("已知密钥文件为 \(m.name) 列了多个密钥：\(known.joined(separator: ", "))", "the known-keys file lists several keys for \(m.name): \(known.joined(separator: ", "))"))
            }
            if let pinned = m.key, let k = known.first, k != pinned {
                throw AppError("\(m.location): " + lang.pick("\(m.name) 的密钥在专家组文件中是 \(pinned)，在已知密钥文件中是 \(k)",
                                                             "the panel pins \(pinned) for \(m.name), the known-keys file \(k)"))
            }
            m.key = m.key ?? known.first
            return m
        }
        plan.reviewers = try plan.reviewers.map(check)
        plan.chair = try check(plan.chair)

        let created = JournalTime.format(now)
        var made: [(PackageManifest, [UInt8])] = []
        for (index, reviewer) in plan.reviewers.enumerated() {
            let assignment = plan.assignment(of: reviewer, among: ids)
            if assignment.isEmpty {
                warnings.append(lang.pick("\(reviewer.name) 没有要评的申报（全部回避或未分配）", "\(reviewer.name) has nothing to score (every application conflicted or unassigned)"))
            }
            let given = apps.filter { assignment.contains($0.id) }
            made.append(try package(id: "\(plan.id)-r\(index + 1)", role: "reviewer", member: reviewer, plan: plan, source: source,
                                    applications: given, assignment: assignment, extra: [], created: created))
        }
        // The chair: every application, and the panel (keys pinned, applications beside it) for merge --panel.
        let panelYAML = PanelPlanWriter.yaml(plan, applications: apps.map { "applications/\($0.id).yaml" })
        made.append(try package(id: "\(plan.id)-chair", role: "chair", member: plan.chair, plan: plan, source: source, applications: apps,
                                assignment: [], extra: [("panel.yaml", Array(panelYAML.utf8))], created: created))

        // Every package is made in memory before any is written; each file is written atomically.
        do {
            try StatePaths.makeDirectory(outDirectory)
            var results: [Made] = []
            for (manifest, bytes) in made {
                let file = outDirectory + "/" + manifest.id + ".zip"
                try AtomicFile.write(file, bytes)
                results.append(Made(manifest: manifest, file: file, size: bytes.count))
            }
            return Result(packages: results, warnings: warnings)
        } catch {
            throw AppError(lang.pick(error.zh, error.en))
        }
    }

    /// One package's manifest and zip bytes.
    func package(id: String, role: String, member: PanelMember, plan: PanelPlan, source: RubricSource, applications: [PanelApplication],
                 assignment: [String], extra: [(String, [UInt8])], created: String) throws -> (PackageManifest, [UInt8]) {
        var files: [(path: String, bytes: [UInt8])] = []
        let rubricPath = "rubric/\(source.id).yaml"
        files.append((rubricPath, source.bytes))
        var refs: [PackageManifest.ApplicationRef] = []
        for app in applications {
            let path = "applications/\(app.id).yaml"
            files.append((path, app.bytes))
            var attachments: [String] = []
            for (name, file) in app.attachments {
                guard let data = FileManager.default.contents(atPath: file) else { throw AppError("\(file): cannot read the attachment") }
                guard Int64(data.count) <= PackageLimits.package.entryBytes else {
                    throw AppError(lang.pick("\(file)：附件过大（上限 \(PackageLimits.describe(PackageLimits.package.entryBytes))）",
                                             "\(file): the attachment is too large (the limit is \(PackageLimits.describe(PackageLimits.package.entryBytes)))"))
                }
                let inside = "applications/\(app.id)/\(name)"
                files.append((inside, Array(data)))
                attachments.append(inside)
            }
            refs.append(.init(id: app.id, applicant: app.application.applicant.name, file: path, sha256: JournalHash.sha256Hex(app.bytes), attachments: attachments))
        }
        files += extra.map { ($0.0, $0.1) }
        let manifest = PackageManifest(
            format: PackageManifest.formatTag, id: id, panel: .init(id: plan.id, title: plan.title), role: role,
            person: .init(name: member.name, key: member.key),
            rubric: .init(id: source.id, file: rubricPath, sha256: source.sha256),
            applications: refs, assignment: assignment,
            conflicts: member.conflicts.map { .init(application: $0.application, reason: $0.reason) },
            deadline: plan.deadline, note: plan.note, created: created, tool: "panelist \(PanelistVersion.current)",
            files: files.map { .init(path: $0.path, sha256: JournalHash.sha256Hex($0.bytes), size: Int64($0.bytes.count)) })
        let zip = try ZipFile.make([("manifest.json", try manifest.encoded())] + files)
        guard Int64(zip.count) <= PackageLimits.package.fileBytes else {
            throw AppError(lang.pick("\(member.name) 的评审包将超过 \(PackageLimits.describe(PackageLimits.package.fileBytes))",
                                     "the package for \(member.name) would exceed \(PackageLimits.describe(PackageLimits.package.fileBytes))"))
        }
        return (manifest, zip)
    }
}

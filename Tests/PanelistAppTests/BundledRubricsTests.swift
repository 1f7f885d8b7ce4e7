import Foundation
import PanelistApp
import PanelistCore
import Testing

/// The rubrics compiled into the program are the files of Rubrics/, byte for byte, so journals record the same hashes.
@Suite("Bundled files")
struct BundledRubricsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every regular file below a folder of the repository, relative to the repository.
    static func files(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var out: [String] = []
        for case let path as String in walker {
            var dir: ObjCBool = false
            if FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &dir), !dir.boolValue,
               !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                out.append(folder + "/" + path)
            }
        }
        return out.sorted()
    }

    @Test func everyFileOfRubricsAndTheDemoApplicationsIsEmbeddedExactly() throws {
        let expected = (Self.files(under: "Rubrics") + Self.files(under: "Fixtures/applications")).sorted()
        #expect(!expected.isEmpty)
        #expect(BundledFiles.all.keys.sorted() == expected)
        for path in expected {
            let disk = try Data(contentsOf: Self.root.appendingPathComponent(path))
            #expect(BundledFiles.all[path] == Array(disk), "\(path) differs from its embedded copy")
        }
    }

    @Test func bundledRubricsAreNamedByTheirIdAndLoad() throws {
        let library = RubricLibrary.bundled()
        #expect(library.ids.count == Self.files(under: "Rubrics").filter { $0.hasSuffix(".yaml") && $0.split(separator: "/").count == 2 }.count)
        for source in library.sources {
            let rubric = try source.rubric()
            #expect(rubric.id == source.id)
            #expect(source.displayName == "Rubrics/\(source.id).yaml")
        }
    }

    @Test func aFolderOverridesTheBundledRubricWithTheSameIdAndAddsOthers() throws {
        let dir = NSTemporaryDirectory() + "rubrics-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let original = try #require(BundledFiles.all["Rubrics/zhuzhou-benchmark.yaml"])
        // The same rubric with a comment added is another version of the same id; a copy under a new id is added.
        let changed = Array("# local copy\n".utf8) + original
        try Data(changed).write(to: URL(fileURLWithPath: dir + "/mine.yaml"))
        var text = String(decoding: original, as: UTF8.self)
        text = text.replacingOccurrences(of: "id: zhuzhou-benchmark", with: "id: zhuzhou-local")
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/local.yaml"))
        let library = try RubricLibrary.standard(explicit: dir, environment: [:])
        let overridden = try library.source("zhuzhou-benchmark")
        #expect(overridden.bytes == changed)
        #expect(overridden.origin == .folder(dir))
        #expect(library.ids.contains("zhuzhou-local"))
        #expect(library.ids.count == RubricLibrary.bundled().ids.count + 1)
        // The bundled version stays findable by its hash (journals made with it).
        var withAlternates = library
        withAlternates.alternates = RubricLibrary.bundled().sources
        #expect(try withAlternates.source("zhuzhou-benchmark", sha256: JournalHash.sha256Hex(original)).bytes == original)
    }

    @Test func aMissingFolderIsRefusedNamingIt() {
        #expect(throws: AppError.self) { try RubricLibrary.standard(explicit: "/nonexistent/rubrics", environment: [:]) }
        do {
            _ = try RubricLibrary.standard(explicit: nil, environment: ["PANELIST_RUBRICS": "/nonexistent/env-rubrics"])
            Issue.record("expected a refusal")
        } catch {
            #expect("\(error)".contains("/nonexistent/env-rubrics"))
            #expect("\(error)".contains("PANELIST_RUBRICS"))
        }
    }
}

import Foundation
import PanelistCore

/// The repository's bundled rubrics and fixture applications, loaded once.
public enum Bundled {
    /// The repository root (this file is Tests/Fuzz/Sources/FuzzSupport/Bundled.swift), or $PANELIST_ROOT.
    public static let root: URL = {
        if let env = ProcessInfo.processInfo.environment["PANELIST_ROOT"] { return URL(fileURLWithPath: env) }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url
    }()

    /// Every bundled rubric that loads, by file name order.
    public static let rubrics: [Rubric] = {
        let dir = root.appendingPathComponent("Rubrics")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        let loaded = files.compactMap { name -> Rubric? in
            guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) else { return nil }
            return RubricLoader.load(yaml: String(decoding: data, as: UTF8.self), file: name).rubric
        }
        if loaded.isEmpty { FileHandle.standardError.write(Data("no rubric loaded from \(dir.path); set PANELIST_ROOT\n".utf8)) }
        return loaded
    }()

    /// The rubric chosen by a byte.
    public static func rubric(_ byte: UInt8) -> Rubric? {
        rubrics.isEmpty ? nil : rubrics[Int(byte) % rubrics.count]
    }

    /// The profiles a rubric's applicants can have: each variant (or none), with every declared attribute at its first value.
    public static func profiles(_ rubric: Rubric) -> [ApplicantProfile] {
        let variants: [String?] = rubric.variants.isEmpty ? [nil] : rubric.variants.map(\.id)
        return variants.map { ApplicantProfile(variant: $0, attributes: [:]) }
    }
}

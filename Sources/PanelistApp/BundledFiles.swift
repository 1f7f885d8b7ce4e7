import Foundation

/// The files compiled into the program at build time: the `Rubrics/` tree (with `forms/`) and the demo applications.
public enum BundledFiles {
    /// Every bundled file by its path relative to the package root, e.g. `Rubrics/zhuzhou-benchmark.yaml`.
    public static let all: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [:]
        for (path, base64) in EmbeddedFiles.all {
            if let data = Data(base64Encoded: base64) { files[path] = Array(data) }
        }
        return files
    }()

    /// The bundled files under a folder (`Rubrics/`), keyed by the path below it, sorted by path.
    public static func files(under folder: String) -> [(path: String, bytes: [UInt8])] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return all.filter { $0.key.hasPrefix(prefix) }.map { (String($0.key.dropFirst(prefix.count)), $0.value) }.sorted { $0.path < $1.path }
    }

    /// The bundled demo applications (`Fixtures/applications/*.yaml`), by file name.
    public static var demoApplications: [(path: String, bytes: [UInt8])] {
        files(under: "Fixtures/applications").filter { !$0.path.contains("/") && $0.path.hasSuffix(".yaml") }
    }
}

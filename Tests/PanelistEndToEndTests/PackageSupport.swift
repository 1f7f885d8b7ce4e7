import Foundation
import ZIPFoundation

/// Helpers for the package tests: fill a score sheet, read what the program printed, craft hostile zips.
enum PackageSupport {
    /// A sheet filled as a reviewer would: every gate passed, and in each indicator the `choice`-th option (or the last) chosen.
    static func fill(_ sheet: String, choice: Int) -> String {
        var out: [String] = []
        var options: [Int] = []
        var block: [String] = []
        func flush() {
            if !options.isEmpty {
                let pick = options[min(choice, options.count - 1)]
                block[pick] = "(*)" + block[pick].dropFirst(3)
            }
            out += block
            block = []
            options = []
        }
        for line in sheet.components(separatedBy: "\n") {
            if line.hasPrefix("== ") { flush() }
            if line == "verdict: pending" { block.append("verdict: pass"); continue }
            if line.hasPrefix("( ) ") { options.append(block.count) }
            block.append(line)
        }
        flush()
        return out.joined(separator: "\n")
    }

    /// The `application:` / `journal:` pairs `panelist open --no-screen` prints.
    static func reviews(in output: String) -> [(application: String, journal: String)] {
        var pairs: [(String, String)] = []
        var application: String?
        for line in output.components(separatedBy: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("application: ") { application = String(t.dropFirst("application: ".count)) }
            if t.hasPrefix("journal: "), let a = application { pairs.append((a, String(t.dropFirst("journal: ".count)))); application = nil }
        }
        return pairs
    }

    /// The fingerprint `panelist config` prints.
    static func fingerprint(in output: String) -> String? {
        output.components(separatedBy: "\n").first { $0.hasPrefix("Reviewer key: ") }
            .map { String($0.dropFirst("Reviewer key: ".count).prefix(19)) }
    }

    /// Copies a zip, adding one raw entry (a path such as `../x`, or a symlink).
    static func adding(to file: String, out: String, path: String, type: Entry.EntryType, bytes: [UInt8]) throws {
        try FileManager.default.copyItem(atPath: file, toPath: out)
        let archive = try Archive(url: URL(fileURLWithPath: out), accessMode: .update)
        let data = Data(bytes)
        try archive.addEntry(with: path, type: type, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Copies a zip with one entry's bytes changed.
    static func altering(_ file: String, out: String, path: String, _ change: ([UInt8]) -> [UInt8]) throws {
        let source = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        let target = try Archive(url: URL(fileURLWithPath: out), accessMode: .create)
        for entry in source {
            var bytes: [UInt8] = []
            _ = try source.extract(entry) { bytes.append(contentsOf: $0) }
            let data = Data(entry.path == path ? change(bytes) : bytes)
            try target.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// The installed packages' folder of a private home (empty or absent when nothing was installed).
    static func installed(_ home: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home + "/data/panelist/packages")) ?? []).sorted()
    }
}

// Usage: panelist-embed OUTPUT.swift ROOT RELATIVE-PATH...
// Writes Swift source holding the exact bytes of each file (base64), for the EmbedBundledFiles build plugin.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: panelist-embed OUTPUT.swift ROOT RELATIVE-PATH...\n".utf8))
    exit(2)
}
let output = arguments[1]
let root = URL(fileURLWithPath: arguments[2])

/// A Swift string literal for a path (quotes and backslashes escaped).
func literal(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

var source = """
// Generated at build time by panelist-embed (Plugins/EmbedBundledFiles); do not edit.
// The bundled files, byte for byte, so the program needs no resource folder beside it.

/// The files compiled into the program: path relative to the package root, and base64 of the exact bytes.
enum EmbeddedFiles {
    static let all: [(path: String, base64: String)] = [

"""
for path in arguments.dropFirst(3).sorted() {
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
        FileHandle.standardError.write(Data("panelist-embed: cannot read \(path)\n".utf8))
        exit(1)
    }
    source += "        (\(literal(path)), \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
let bytes = Data(source.utf8)
if FileManager.default.contents(atPath: output) != bytes {
    do {
        try bytes.write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
        FileHandle.standardError.write(Data("panelist-embed: cannot write \(output): \(error)\n".utf8))
        exit(1)
    }
}

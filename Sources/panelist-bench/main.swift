import Foundation

// Benchmarks (not tests). `swift run -c release panelist-bench merge [--reviewers N] [--applications N] [--dir DIR]`
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "merge":
    do {
        try MergeBenchmark.run(arguments: arguments)
    } catch {
        FileHandle.standardError.write(Data("panelist-bench: \(error)\n".utf8))
        exit(1)
    }
default:
    print("usage: panelist-bench merge [--reviewers 30] [--applications 200] [--rubric FILE] [--dir DIR]")
}

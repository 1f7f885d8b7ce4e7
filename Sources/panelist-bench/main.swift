import Foundation
import PanelistCore
import PanelistStore

// Benchmarks (not tests):
//   swift run -c release panelist-bench journal [--records N] [--dir DIR]
//   swift run -c release panelist-bench ui [--width 200] [--height 60] [--keys 5000]
//   swift run -c release panelist-bench merge [--reviewers N] [--applications N] [--rubric FILE] [--dir DIR]
//   swift build -c release && .build/release/panelist-bench reading   (verify vs jq, merge vs cat, peak memory: ratios)
let arguments = Array(CommandLine.arguments.dropFirst())

func journalBenchmark(_ args: [String]) {
    var records = 100_000
    var dir = NSTemporaryDirectory() + "panelist-bench-" + UUID().uuidString
    var index = 0
    while index < args.count {
        switch args[index] {
        case "--records": records = Int(args[safe: index + 1] ?? "") ?? records; index += 2
        case "--dir": dir = args[safe: index + 1] ?? dir; index += 2
        default: print("unknown argument \(args[index])"); exit(2)
        }
    }
    do {
        try JournalBench(records: records, directory: dir).run()
    } catch {
        FileHandle.standardError.write(Data("panelist-bench: \(error)\n".utf8))
        exit(1)
    }
}

/// Runs a benchmark; an error is printed and the exit status is 1.
func attempt(_ body: () throws -> Void) {
    do {
        try body()
    } catch {
        FileHandle.standardError.write(Data("panelist-bench: \(error)\n".utf8))
        exit(1)
    }
}

switch arguments.first {
case "journal":
    journalBenchmark(Array(arguments.dropFirst()))
case "ui":
    attempt { try UIBenchmark.run(arguments: arguments) }
case "reading":
    attempt { try ReadingBenchmark.run(arguments: arguments) }
case "_intake":
    attempt { try ReadingBenchmark.intakeChild(arguments: arguments) }
case "merge":
    attempt { try MergeBenchmark.run(arguments: arguments) }
default:
    print("usage: panelist-bench journal [--records N] [--dir DIR]")
    print("       panelist-bench ui [--rubric FILE] [--application FILE] [--width 200] [--height 60] [--keys 5000]")
    print("       panelist-bench merge [--reviewers 30] [--applications 200] [--rubric FILE] [--dir DIR]")
    print("       panelist-bench reading [--records 20000] [--reviewers 30] [--applications 200] [--runs 5] [--cli-runs 1] [--rubric FILE] [--dir DIR] [--panelist PATH]")
    exit(2)
}

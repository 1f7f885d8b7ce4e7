import CFuzzDriver
import Foundation

/// Runs a fuzz target under libFuzzer's driver (`FuzzX CORPUS… -max_total_time=N`, the usual libFuzzer flags).
///
/// SwiftPM gives every executable its own `main`, so the targets call the driver rather than
/// relying on libFuzzer's `main`; the test is kept here for the C callback to reach.
public enum FuzzDriver {
    nonisolated(unsafe) static var test: (UnsafeRawBufferPointer) -> Void = { _ in }

    /// Hands every input to `test` until libFuzzer stops, then exits with its status.
    public static func run(_ test: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
        Self.test = test
        var arguments = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&arguments, &argv) { data, size in
            FuzzDriver.test(UnsafeRawBufferPointer(start: data, count: size))
            return 0
        })
    }
}

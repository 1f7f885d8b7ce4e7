/// Why a known-keys file was refused: every bad line.
public struct KnownKeysFailure: Error, Sendable, Equatable {
    /// Every bad line, in order.
    public var problems: [KnownKeys.Problem]
}

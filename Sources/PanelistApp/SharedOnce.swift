import Synchronization

/// A value several report files are rendered from (a reviewer's score form, for its HTML and its
/// text), made once by whichever file's render asks first and dropped after its last use.
public final class SharedOnce<Value: Sendable>: Sendable {
    private let state: Mutex<(value: Value?, uses: Int)>
    private let make: @Sendable () -> Value

    /// A value `make` makes, to be taken `uses` times.
    public init(uses: Int, _ make: @escaping @Sendable () -> Value) {
        state = Mutex((nil, uses))
        self.make = make
    }

    /// The value (made on the first call); the last of the `uses` calls lets it go.
    public func take() -> Value {
        state.withLock { s in
            let value = s.value ?? make()
            s.uses -= 1
            s.value = s.uses > 0 ? value : nil
            return value
        }
    }
}
